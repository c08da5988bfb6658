#pragma once
// Hashes and MACs the storage layer signs with (OpenSSL underneath). Pure functions: no I/O.

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace satchel::storage {

using Digest = std::array<std::uint8_t, 32>;

std::string toHex(const std::uint8_t* data, std::size_t size);
inline std::string toHex(const Digest& d) {
    return toHex(d.data(), d.size());
}

Digest sha256(std::string_view data);
std::string sha256Hex(std::string_view data);
Digest hmacSha256(std::string_view key, std::string_view data);
inline Digest hmacSha256(const Digest& key, std::string_view data) {
    return hmacSha256(std::string_view(reinterpret_cast<const char*>(key.data()), key.size()),
                      data);
}

// Compares two strings in time that depends only on their lengths (signature checks).
bool constantTimeEquals(std::string_view a, std::string_view b);

// Incremental SHA-256 for streams too large to hold in memory (uploaded blobs).
class Sha256Stream {
public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(const Sha256Stream&) = delete;
    Sha256Stream& operator=(const Sha256Stream&) = delete;
    void update(const void* data, std::size_t size);
    std::string finishHex();  // may be called once

private:
    struct State;
    std::unique_ptr<State> state_;
};

struct FileHash {
    std::string sha256;  // lower-case hex
    std::uint64_t size = 0;
};

// Streams the file through SHA-256; throws std::system_error when it cannot be read.
FileHash hashFile(const std::filesystem::path& path);

}  // namespace satchel::storage
