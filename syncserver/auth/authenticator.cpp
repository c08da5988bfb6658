#include "auth/authenticator.h"

#include <ctime>

#include "db/change_listener.h"

namespace satchel::server {
namespace {

constexpr std::string_view kUserPrefix = "user:";

}  // namespace

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
    verifiedTokens_.invalidateAll();  // none verified with the old secret stays
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

void Authenticator::watchChanges(ChangeListener& listener) {
    accounts_ = std::make_unique<InvalidatedCache<AccountState>>(
        [&listener] { return listener.live(); }, 200000);
    auto* accounts = accounts_.get();
    listener.subscribe({[accounts](std::string_view payload) {
                            if (payload.substr(0, kUserPrefix.size()) == kUserPrefix)
                                accounts->invalidate(
                                    std::string(payload.substr(kUserPrefix.size())));
                        },
                        [accounts] { accounts->invalidateAll(); }});
}

void Authenticator::forgetAccount(const std::string& userId) {
    if (accounts_)
        accounts_->invalidate(userId);
}

AccessClaims Authenticator::verifiedClaims(const HttpRequest& request) const {
    const auto header = request.header("authorization");
    constexpr std::string_view kBearer = "Bearer ";
    if (header.size() <= kBearer.size() || header.substr(0, kBearer.size()) != kBearer)
        throw unauthorized("a bearer access token is required");
    const std::string token(header.substr(kBearer.size()));
    if (const auto known = verifiedTokens_.find(token)) {
        // Signature and claims were checked before; only time moves on.
        const long long now = static_cast<long long>(std::time(nullptr));
        if (now >= known->expiresAt + AccessTokenCodec::kLeewaySeconds)
            throw unauthorized("access token expired", "token_expired");
        if (now + AccessTokenCodec::kLeewaySeconds >= known->notBefore)
            return *known;
    }
    const auto ticket = verifiedTokens_.ticket();
    const auto codec = tokens();
    try {
        auto claims = codec->verify(token);
        verifiedTokens_.store(token, std::make_shared<const AccessClaims>(claims), ticket);
        return claims;
    } catch (const TokenError& e) {
        throw unauthorized(e.what(), e.code());
    }
}

CurrentUser Authenticator::checkAccount(const AccessClaims& claims,
                                        const AccountState& account) const {
    if (account.disabled)
        throw unauthorized("the account is disabled", "account_disabled");
    if (account.tokenEpoch != claims.epoch)
        throw unauthorized("the access token was revoked", "token_revoked");
    CurrentUser user;
    user.id = claims.userId;
    user.username = account.username;
    user.role = account.role;
    return user;
}

std::optional<CurrentUser> Authenticator::requireUserIfCached(const HttpRequest& request) const {
    const auto claims = verifiedClaims(request);
    if (!accounts_)
        return std::nullopt;
    const auto account = accounts_->find(claims.userId);
    if (!account)
        return std::nullopt;
    return checkAccount(claims, *account);
}

CurrentUser Authenticator::requireUser(const HttpRequest& request) const {
    const auto claims = verifiedClaims(request);
    if (accounts_)
        if (const auto account = accounts_->find(claims.userId))
            return checkAccount(claims, *account);
    const auto ticket = accounts_ ? accounts_->ticket() : 0;
    auto conn = db_.acquire();
    const auto row =
        conn->exec("SELECT username, role, disabled, token_epoch FROM users WHERE id = $1::uuid",
                   {claims.userId});
    if (row.empty())
        throw unauthorized("the account no longer exists", "invalid_token");
    auto account = std::make_shared<AccountState>();
    account->username = row.text(0, 0);
    account->role = parseRole(row.text(0, 1)).value_or(Role::Student);
    account->disabled = row.boolean(0, 2);
    account->tokenEpoch = row.integer(0, 3);
    if (accounts_)
        accounts_->store(claims.userId, account, ticket);
    return checkAccount(claims, *account);
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
