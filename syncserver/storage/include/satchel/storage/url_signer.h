#pragma once
// HMAC-SHA256 signatures for the local store's expiring URLs. A URL carries `expires` (Unix
// seconds) and `sig`; the signature covers the method, the path, the expiry and any extra
// bound value (an upload's declared size), so none of them can be changed without the key.
// Several satchel-syncd instances serving one folder must share the key.

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace satchel::storage {

enum class UrlCheck { Valid, Expired, Forged };

class UrlSigner {
public:
    // `key` is secret bytes, at least 32 of them (std::invalid_argument otherwise).
    explicit UrlSigner(std::string key);
    // A fresh random key, for a single instance with nothing configured.
    static UrlSigner withRandomKey();

    // Lower-case hex HMAC over method, path, expiry and `bound`.
    std::string sign(std::string_view method, std::string_view path, std::int64_t expires,
                     std::string_view bound = {}) const;
    // Forged beats Expired: a bad signature never reveals whether the URL would have expired.
    UrlCheck check(std::string_view method, std::string_view path, std::string_view expires,
                   std::string_view signature, std::chrono::system_clock::time_point now,
                   std::string_view bound = {}) const;

private:
    std::string key_;
};

}  // namespace satchel::storage
