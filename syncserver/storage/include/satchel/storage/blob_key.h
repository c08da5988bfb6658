#pragma once
// The content address of a blob: "blobs/sha256/ab/cd/<64 hex>", where ab and cd are the
// hash's first two byte pairs (so no folder or S3 prefix holds more than 1/65536 of them).
// A BlobKey can only be made from a valid lower-case SHA-256, so every key that reaches a
// store is safe to use as a path or an S3 key: no "..", no slashes of the caller's choosing.

#include <optional>
#include <string>
#include <string_view>

namespace satchel::storage {

class BlobKey {
public:
    // nullopt unless `sha256Hex` is exactly 64 lower-case hex characters.
    static std::optional<BlobKey> fromSha256(std::string_view sha256Hex);
    // nullopt unless `key` is exactly the canonical form above.
    static std::optional<BlobKey> parse(std::string_view key);

    const std::string& sha256() const { return sha256_; }
    std::string str() const;  // blobs/sha256/ab/cd/<hash>

    friend bool operator==(const BlobKey&, const BlobKey&) = default;

private:
    explicit BlobKey(std::string sha256) : sha256_(std::move(sha256)) {}
    std::string sha256_;
};

}  // namespace satchel::storage
