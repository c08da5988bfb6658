#pragma once
// Account use cases: register (under the registration policy), login (rate-limited), refresh
// (rotating), logout, change password and admin account creation. Handlers in
// api/auth_routes.cpp parse and authorise; this class owns the rules. Failures throw ApiError.

#include <mutex>
#include <optional>
#include <string>

#include "app/settings.h"
#include "auth/authenticator.h"
#include "auth/password.h"
#include "auth/rate_limiter.h"
#include "db/pool.h"
#include "db/user_repository.h"

namespace satchel::server {

struct IssuedSession {
    std::string accessToken;
    std::string refreshToken;
    long long expiresInSeconds = 0;
    UserRecord user;
};

// {"protocol":1,"access_token","refresh_token","token_type":"Bearer","expires_in","user"}:
// shared's AuthResponse, whose token fields carry OAuth 2.0's names (issue 4).
nlohmann::json sessionJson(const IssuedSession& session);

struct Registration {
    std::string username;
    std::string password;
    std::string email;
    std::string displayName;
    std::optional<std::string> inviteCode;
    std::optional<Role> requestedRole;  // honoured for admins only
};

class AccountService {
public:
    AccountService(PgPool& db, Authenticator& auth, const Settings& settings);

    // `caller` is the signed-in user, if the request carried a valid token.
    UserRecord registerUser(const Registration& registration,
                            const std::optional<CurrentUser>& caller);
    // Creates an account with any role, bypassing the registration policy (admins, the CLI).
    UserRecord createUser(const std::string& username, const std::string& password, Role role,
                          const std::string& displayName = {});
    IssuedSession login(const std::string& username, const std::string& password,
                        const std::string& address);
    IssuedSession refresh(const std::string& refreshToken);
    void logout(const std::string& refreshToken);
    void changePassword(const CurrentUser& user, const std::string& current,
                        const std::string& next);
    IssuedSession issueSession(PgConnection& conn, const UserRecord& user);

private:
    PgPool& db_;
    Authenticator& auth_;
    PasswordHasher hasher_;
    const Settings& settings_;
    RateLimiter perAccount_;
    RateLimiter perAddress_;
    // Verified against for unknown names, so timing does not tell; made on first need, as it
    // costs a full hash.
    std::once_flag dummyOnce_;
    std::string dummyHash_;
};

// Validation of user-supplied account fields; throw ApiError 400 naming the field.
void checkUsername(const std::string& username);
void checkDisplayName(const std::string& displayName);

}  // namespace satchel::server
