#include "auth/authenticator.h"

namespace satchel::server {

const char* roleName(Role role) {
    switch (role) {
        case Role::Student:
            return "student";
        case Role::Instructor:
            return "instructor";
        case Role::Admin:
            return "admin";
    }
    return "student";
}

Authenticator::Authenticator(PgPool& db, std::chrono::seconds accessTokenTtl)
    : db_(db), ttl_(accessTokenTtl) {}

void Authenticator::setSigningSecret(const std::string& secret) {
    std::atomic_store(&codec_, std::shared_ptr<const AccessTokenCodec>(
                                   std::make_shared<AccessTokenCodec>(secret, ttl_)));
}

bool Authenticator::hasSigningSecret() const {
    return std::atomic_load(&codec_) != nullptr;
}

std::shared_ptr<const AccessTokenCodec> Authenticator::tokens() const {
    auto codec = std::atomic_load(&codec_);
    if (!codec)
        throw ApiError(503, "not_ready", "the server is still starting; retry shortly");
    return codec;
}

CurrentUser Authenticator::requireUser(const HttpRequest& request) const {
    const auto header = request.header("authorization");
    constexpr std::string_view kBearer = "Bearer ";
    if (header.size() <= kBearer.size() || header.substr(0, kBearer.size()) != kBearer)
        throw unauthorized("a bearer access token is required");
    AccessClaims claims;
    try {
        claims = tokens()->verify(std::string(header.substr(kBearer.size())));
    } catch (const TokenError& e) {
        throw unauthorized(e.what(), e.code());
    }
    auto conn = db_.acquire();
    const auto row =
        conn->exec("SELECT username, role, disabled, token_epoch FROM users WHERE id = $1::uuid",
                   {claims.userId});
    if (row.empty())
        throw unauthorized("the account no longer exists", "invalid_token");
    if (row.boolean(0, 2))
        throw unauthorized("the account is disabled", "account_disabled");
    if (row.integer(0, 3) != claims.epoch)
        throw unauthorized("the access token was revoked", "token_revoked");
    CurrentUser user;
    user.id = claims.userId;
    user.username = row.text(0, 0);
    user.role = parseRole(row.text(0, 1)).value_or(Role::Student);
    return user;
}

CurrentUser Authenticator::requireRole(const HttpRequest& request,
                                       std::initializer_list<Role> allowed) const {
    auto user = requireUser(request);
    for (const Role r : allowed)
        if (user.role == r)
            return user;
    throw forbidden("your role may not do this");
}

}  // namespace satchel::server
