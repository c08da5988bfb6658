#include "auth/accounts.h"

#include "db/invitation_repository.h"
#include "db/token_repository.h"

namespace satchel::server {
namespace {

bool hasControlCharacters(const std::string& text) {
    for (unsigned char c : text)
        if (c < 0x20 || c == 0x7f)
            return true;
    return false;
}

ApiError tooManyAttempts(int retryAfter) {
    ApiError e(429, "too_many_attempts",
               "too many login attempts; try again in " + std::to_string(retryAfter) + " seconds");
    e.headers.emplace_back("Retry-After", std::to_string(retryAfter));
    return e;
}

}  // namespace

void checkUsername(const std::string& username) {
    if (username.empty() || username.size() > 200)
        throw ApiError(400, "invalid_field", "field 'username' must be 1 to 200 bytes");
    if (hasControlCharacters(username))
        throw ApiError(400, "invalid_field",
                       "field 'username' must not contain control characters");
}

void checkDisplayName(const std::string& displayName) {
    if (displayName.size() > 200)
        throw ApiError(400, "invalid_field", "field 'displayName' must be at most 200 bytes");
    if (hasControlCharacters(displayName))
        throw ApiError(400, "invalid_field",
                       "field 'displayName' must not contain control characters");
}

nlohmann::json sessionJson(const IssuedSession& s) {
    return {{"protocol", 1},
            {"access_token", s.accessToken},
            {"refresh_token", s.refreshToken},
            {"token_type", "Bearer"},
            {"expires_in", s.expiresInSeconds},
            {"user", userJson(s.user)}};
}

AccountService::AccountService(PgPool& db, Authenticator& auth, const Settings& settings)
    : db_(db),
      auth_(auth),
      hasher_(settings.passwordHash),
      settings_(settings),
      perAccount_(settings.loginLimitPerAccount, settings.loginLimitWindow),
      perAddress_(settings.loginLimitPerAddress, settings.loginLimitWindow) {}

UserRecord AccountService::registerUser(const Registration& reg,
                                        const std::optional<CurrentUser>& caller) {
    checkUsername(reg.username);
    checkDisplayName(reg.displayName);
    checkPasswordPolicy(reg.password);
    const bool byAdmin = caller && caller->isAdmin();
    if (!byAdmin && settings_.registration == RegistrationPolicy::AdminOnly)
        throw ApiError(403, "registration_closed", "accounts are created by an administrator here");
    Role role = Role::Student;
    if (byAdmin) {
        role = reg.requestedRole.value_or(Role::Student);
    } else if (reg.requestedRole && *reg.requestedRole != Role::Student && !reg.inviteCode) {
        throw forbidden("only an administrator can choose the role of a new account");
    }
    NewUser user{reg.username, reg.email, reg.displayName, hasher_.hash(reg.password), role};
    auto conn = db_.acquire();
    Transaction tx(*conn);
    if (!byAdmin) {
        switch (settings_.registration) {
            case RegistrationPolicy::Open:
                break;
            case RegistrationPolicy::AdminOnly:
                throw ApiError(403, "registration_closed",
                               "accounts are created by an administrator here");
            case RegistrationPolicy::Invite: {
                if (!reg.inviteCode)
                    throw ApiError(403, "invitation_required",
                                   "field 'inviteCode' is required to register here");
                const auto granted = invitations::claim(*conn, *reg.inviteCode);
                if (!granted)
                    throw ApiError(403, "invalid_invitation",
                                   "the invitation code is unknown, used or expired");
                user.role = *granted;
                break;
            }
        }
    }
    UserRecord created;
    try {
        created = users::create(*conn, user);
    } catch (const UsernameTaken& e) {
        throw conflict(e.what(), "username_taken");
    }
    if (!byAdmin && settings_.registration == RegistrationPolicy::Invite && reg.inviteCode)
        invitations::markUsed(*conn, *reg.inviteCode, created.id);
    tx.commit();
    return created;
}

UserRecord AccountService::createUser(const std::string& username, const std::string& password,
                                      Role role, const std::string& displayName) {
    checkUsername(username);
    checkDisplayName(displayName);
    checkPasswordPolicy(password);
    auto conn = db_.acquire();
    try {
        return users::create(*conn,
                             NewUser{username, {}, displayName, hasher_.hash(password), role});
    } catch (const UsernameTaken& e) {
        throw conflict(e.what(), "username_taken");
    }
}

IssuedSession AccountService::issueSession(PgConnection& conn, const UserRecord& user) {
    IssuedSession s;
    const auto codec = auth_.tokens();
    s.accessToken = codec->issue(AccessClaims{user.id, roleName(user.role), user.tokenEpoch});
    s.refreshToken = refresh_tokens::issue(conn, user.id, settings_.refreshTokenTtl);
    s.expiresInSeconds = codec->ttl().count();
    s.user = user;
    return s;
}

IssuedSession AccountService::login(const std::string& username, const std::string& password,
                                    const std::string& address) {
    const std::string accountKey = "account:" + username;
    const std::string addressKey = "address:" + address;
    if (const int wait = perAddress_.retryAfter(addressKey))
        throw tooManyAttempts(wait);
    if (const int wait = perAccount_.retryAfter(accountKey))
        throw tooManyAttempts(wait);
    perAddress_.record(addressKey);

    std::optional<UserRecord> user;
    {
        auto conn = db_.acquire();
        user = users::findByUsername(*conn, username);
    }  // no connection is held during the deliberately slow hash
    if (!user)
        std::call_once(dummyOnce_, [&] { dummyHash_ = hasher_.hash("satchel-timing-equaliser"); });
    const bool matches = hasher_.verify(user ? user->passwordHash : dummyHash_, password) && user;
    if (!matches) {
        perAccount_.record(accountKey);
        throw unauthorized("wrong name or password", "invalid_credentials");
    }
    if (user->disabled)
        throw ApiError(403, "account_disabled", "this account is disabled");
    perAccount_.reset(accountKey);
    auto conn = db_.acquire();
    if (hasher_.needsRehash(user->passwordHash))
        users::setPassword(*conn, user->id, hasher_.hash(password), /*revokeSessions=*/false);
    return issueSession(*conn, *user);
}

IssuedSession AccountService::refresh(const std::string& refreshToken) {
    auto conn = db_.acquire();
    const auto result = refresh_tokens::rotate(*conn, refreshToken, settings_.refreshTokenTtl);
    switch (result.outcome) {
        case RefreshOutcome::Rotated:
            break;
        case RefreshOutcome::Unknown:
            throw unauthorized("unknown refresh token", "invalid_token");
        case RefreshOutcome::Expired:
            throw unauthorized("the refresh token expired; log in again", "token_expired");
        case RefreshOutcome::Revoked:
            throw unauthorized("the refresh token was revoked; log in again", "token_revoked");
        case RefreshOutcome::Reused:
            throw unauthorized(
                "the refresh token was already used; every session of this login is now ended",
                "token_reused");
    }
    const auto user = users::findById(*conn, result.userId);
    if (!user || user->disabled)
        throw unauthorized("the account is disabled", "account_disabled");
    IssuedSession s;
    const auto codec = auth_.tokens();
    s.accessToken = codec->issue(AccessClaims{user->id, roleName(user->role), user->tokenEpoch});
    s.refreshToken = result.newToken;
    s.expiresInSeconds = codec->ttl().count();
    s.user = *user;
    return s;
}

void AccountService::logout(const std::string& refreshToken) {
    auto conn = db_.acquire();
    if (!refresh_tokens::revokeFamily(*conn, refreshToken))
        throw unauthorized("unknown refresh token", "invalid_token");
}

void AccountService::changePassword(const CurrentUser& caller, const std::string& current,
                                    const std::string& next) {
    checkPasswordPolicy(next);
    std::optional<UserRecord> user;
    {
        auto conn = db_.acquire();
        user = users::findById(*conn, caller.id);
    }
    if (!user)
        throw unauthorized("the account no longer exists", "invalid_token");
    if (!hasher_.verify(user->passwordHash, current))
        throw ApiError(403, "wrong_password",
                       "field 'currentPassword' does not match the current password");
    const std::string hash = hasher_.hash(next);
    auto conn = db_.acquire();
    users::setPassword(*conn, user->id, hash, /*revokeSessions=*/true);
    auth_.forgetAccount(user->id);
}

}  // namespace satchel::server
