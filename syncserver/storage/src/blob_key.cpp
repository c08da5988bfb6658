#include "satchel/storage/blob_key.h"

namespace satchel::storage {
namespace {

constexpr std::string_view kPrefix = "blobs/sha256/";

bool isLowerHex(std::string_view s) {
    for (const char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

}  // namespace

std::optional<BlobKey> BlobKey::fromSha256(std::string_view sha256Hex) {
    if (sha256Hex.size() != 64 || !isLowerHex(sha256Hex))
        return std::nullopt;
    return BlobKey(std::string(sha256Hex));
}

std::optional<BlobKey> BlobKey::parse(std::string_view key) {
    // blobs/sha256/ab/cd/<64>  =  13 + 3 + 3 + 64 characters
    if (key.size() != kPrefix.size() + 6 + 64 || key.substr(0, kPrefix.size()) != kPrefix)
        return std::nullopt;
    const std::string_view rest = key.substr(kPrefix.size());
    if (rest[2] != '/' || rest[5] != '/')
        return std::nullopt;
    auto parsed = fromSha256(rest.substr(6));
    if (!parsed || rest.substr(0, 2) != parsed->sha256_.substr(0, 2) ||
        rest.substr(3, 2) != parsed->sha256_.substr(2, 2))
        return std::nullopt;
    return parsed;
}

std::string BlobKey::str() const {
    return std::string(kPrefix) + sha256_.substr(0, 2) + "/" + sha256_.substr(2, 2) + "/" + sha256_;
}

}  // namespace satchel::storage
