#include "satchel/storage/url_signer.h"

#include <openssl/rand.h>

#include <charconv>
#include <stdexcept>

#include "satchel/storage/crypto.h"

namespace satchel::storage {

UrlSigner::UrlSigner(std::string key) : key_(std::move(key)) {
    if (key_.size() < 32)
        throw std::invalid_argument("URL signing key needs at least 32 bytes");
}

UrlSigner UrlSigner::withRandomKey() {
    std::string key(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(key.data()), static_cast<int>(key.size())) != 1)
        throw std::runtime_error("no randomness for the URL signing key");
    return UrlSigner(std::move(key));
}

std::string UrlSigner::sign(std::string_view method, std::string_view path, std::int64_t expires,
                            std::string_view bound) const {
    std::string message;
    message.append(method).append("\n").append(path).append("\n");
    message.append(std::to_string(expires)).append("\n").append(bound);
    return toHex(hmacSha256(key_, message));
}

UrlCheck UrlSigner::check(std::string_view method, std::string_view path, std::string_view expires,
                          std::string_view signature, std::chrono::system_clock::time_point now,
                          std::string_view bound) const {
    std::int64_t when = 0;
    const auto [end, ec] = std::from_chars(expires.data(), expires.data() + expires.size(), when);
    if (ec != std::errc() || end != expires.data() + expires.size() || expires.empty())
        return UrlCheck::Forged;
    if (!constantTimeEquals(sign(method, path, when, bound), signature))
        return UrlCheck::Forged;
    const auto nowSeconds =
        std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
    return nowSeconds > when ? UrlCheck::Expired : UrlCheck::Valid;
}

}  // namespace satchel::storage
