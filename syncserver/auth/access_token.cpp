#include "auth/access_token.h"

#include <jwt.h>

#include <cerrno>
#include <cstdlib>
#include <ctime>
#include <memory>

namespace satchel::server {
namespace {

struct JwtFree {
    void operator()(jwt_t* j) const { jwt_free(j); }
};
using JwtPtr = std::unique_ptr<jwt_t, JwtFree>;

// Clock skew tolerated between instances for nbf/exp.
constexpr long kLeewaySeconds = AccessTokenCodec::kLeewaySeconds;

}  // namespace

AccessTokenCodec::AccessTokenCodec(std::string secret, std::chrono::seconds ttl)
    : secret_(std::move(secret)), ttl_(ttl) {}

std::string AccessTokenCodec::issue(const AccessClaims& claims) const {
    jwt_t* raw = nullptr;
    if (jwt_new(&raw) != 0)
        throw std::runtime_error("jwt_new failed");
    JwtPtr jwt(raw);
    const long now = static_cast<long>(std::time(nullptr));
    int rc = jwt_add_grant(raw, "sub", claims.userId.c_str());
    rc |= jwt_add_grant(raw, "role", claims.role.c_str());
    rc |= jwt_add_grant(raw, "iss", kIssuer);
    rc |= jwt_add_grant(raw, "aud", kAudience);
    rc |= jwt_add_grant_int(raw, "iat", now);
    rc |= jwt_add_grant_int(raw, "nbf", now);
    rc |= jwt_add_grant_int(raw, "exp", now + static_cast<long>(ttl_.count()));
    rc |= jwt_add_grant_int(raw, "epoch", static_cast<long>(claims.epoch));
    rc |= jwt_set_alg(raw, JWT_ALG_HS256, reinterpret_cast<const unsigned char*>(secret_.data()),
                      static_cast<int>(secret_.size()));
    if (rc != 0)
        throw std::runtime_error("building the access token failed");
    char* encoded = jwt_encode_str(raw);
    if (!encoded)
        throw std::runtime_error("encoding the access token failed");
    std::string token(encoded);
    std::free(encoded);
    return token;
}

AccessClaims AccessTokenCodec::verify(const std::string& token) const {
    if (token.empty() || token.size() > 8192)
        throw TokenError("invalid_token", "malformed access token");
    jwt_t* raw = nullptr;
    // With a key, libjwt checks the signature for the algorithm the header names; the
    // allowlist below then refuses every algorithm but HS256, including "none".
    if (jwt_decode(&raw, token.c_str(), reinterpret_cast<const unsigned char*>(secret_.data()),
                   static_cast<int>(secret_.size())) != 0 ||
        !raw)
        throw TokenError("invalid_token", "access token signature or format is invalid");
    JwtPtr jwt(raw);
    if (jwt_get_alg(raw) != JWT_ALG_HS256)
        throw TokenError("invalid_token", "access token algorithm not allowed");
    const char* iss = jwt_get_grant(raw, "iss");
    const char* aud = jwt_get_grant(raw, "aud");
    const char* sub = jwt_get_grant(raw, "sub");
    if (!iss || std::string(iss) != kIssuer)
        throw TokenError("invalid_token", "access token issuer is wrong");
    if (!aud || std::string(aud) != kAudience)
        throw TokenError("invalid_token", "access token audience is wrong");
    if (!sub || !*sub)
        throw TokenError("invalid_token", "access token has no subject");
    errno = 0;
    const long exp = jwt_get_grant_int(raw, "exp");
    if (errno != 0)
        throw TokenError("invalid_token", "access token has no expiry");
    errno = 0;
    const long nbf = jwt_get_grant_int(raw, "nbf");
    if (errno != 0)
        throw TokenError("invalid_token", "access token has no not-before time");
    const long now = static_cast<long>(std::time(nullptr));
    if (now >= exp + kLeewaySeconds)
        throw TokenError("token_expired", "access token expired");
    if (now + kLeewaySeconds < nbf)
        throw TokenError("invalid_token", "access token not valid yet");
    AccessClaims claims;
    claims.userId = sub;
    const char* role = jwt_get_grant(raw, "role");
    claims.role = role ? role : "";
    errno = 0;
    claims.epoch = jwt_get_grant_int(raw, "epoch");
    if (errno != 0)
        throw TokenError("invalid_token", "access token has no epoch");
    claims.expiresAt = exp;
    claims.notBefore = nbf;
    return claims;
}

}  // namespace satchel::server
