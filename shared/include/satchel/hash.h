#pragma once
// SHA-256 as 64 lowercase hex characters: the content address of every asset.

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "satchel/result.h"

namespace satchel {

// Incremental SHA-256 (OpenSSL EVP underneath) for files too big to hold in memory.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256&&) noexcept;
    Sha256& operator=(Sha256&&) noexcept;
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(const void* data, std::size_t size);
    void update(std::string_view data) { update(data.data(), data.size()); }
    // Returns the digest as hex; the object is reset and may be reused.
    std::string finishHex();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

std::string sha256Hex(std::string_view data);

struct FileDigest {
    std::string sha256;  // hex
    std::uint64_t size = 0;
};

struct HashError {
    std::string path;
    std::string message;  // why the file could not be read
};

// Streams the file through SHA-256 in 64 KiB chunks.
Result<FileDigest, HashError> sha256File(const std::filesystem::path& path);

// True for exactly 64 lowercase hex characters.
bool isSha256Hex(std::string_view text);

}  // namespace satchel
