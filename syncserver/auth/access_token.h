#pragma once
// Short-lived access tokens: JWTs signed with HS256 through libjwt. Verification accepts HS256
// only (so "alg":"none" and RS/ES algorithm-confusion tokens fail), checks the signature, and
// requires exp, nbf, iss and aud to be present and valid.

#include <chrono>
#include <stdexcept>
#include <string>

namespace satchel::server {

struct AccessClaims {
    std::string userId;       // "sub"
    std::string role;         // "role", informative; the authenticator re-reads the account
    long long epoch = 0;      // "epoch": the account's token_epoch when issued
    long long expiresAt = 0;  // "exp" (set by verify)
    long long notBefore = 0;  // "nbf" (set by verify)
};

// Why a token was refused; `code` goes into the 401 body (invalid_token, token_expired).
class TokenError : public std::runtime_error {
public:
    TokenError(std::string code, const std::string& message)
        : std::runtime_error(message), code_(std::move(code)) {}
    const std::string& code() const { return code_; }

private:
    std::string code_;
};

class AccessTokenCodec {
public:
    static constexpr const char* kIssuer = "satchel-syncd";
    static constexpr const char* kAudience = "satchel";
    static constexpr long kLeewaySeconds = 30;  // clock skew allowed on exp and nbf

    AccessTokenCodec(std::string secret, std::chrono::seconds ttl);

    std::string issue(const AccessClaims& claims) const;
    AccessClaims verify(const std::string& token) const;  // throws TokenError
    std::chrono::seconds ttl() const { return ttl_; }

private:
    std::string secret_;
    std::chrono::seconds ttl_;
};

}  // namespace satchel::server
