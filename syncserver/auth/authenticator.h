#pragma once
// Who is calling. Every protected handler starts with one of these:
//
//     const auto me = ctx.auth.requireUser(request);                       // any signed-in user
//     const auto me = ctx.auth.requireRole(request, {Role::Instructor, Role::Admin});  // else 403
//
// requireUser() verifies the bearer access token and then checks the account, so a disabled
// account, a changed role or a bumped token epoch (password change, disable) takes effect on
// the very next request. Failures throw ApiError 401; a missing role throws ApiError 403.
//
// The account is read from PostgreSQL, or from a per-instance cache once watchChanges() has
// connected it to the ChangeListener: the users table's trigger (migration 0045) notifies
// every instance in the same transaction as the change, and the cache drops the account when
// the notification arrives (and everything whenever the listener reconnects). Verified tokens
// are remembered too (signature and claims only; expiry is re-checked on every use).

#include <atomic>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>

#include "auth/access_token.h"
#include "db/invalidated_cache.h"
#include "db/pool.h"
#include "http/types.h"
#include "satchel/model/user.h"

namespace satchel::server {

class ChangeListener;

// Roles are shared's (satchel/model/user.h); an account holds exactly one.
using satchel::parseRole;
using satchel::Role;
// "student", "instructor" or "admin", as stored in the users table.
const char* roleName(Role role);

struct CurrentUser {
    std::string id;
    std::string username;
    Role role = Role::Student;
    bool isAdmin() const { return role == Role::Admin; }
};

// What requireUser() needs of an account row.
struct AccountState {
    std::string username;
    Role role = Role::Student;
    bool disabled = false;
    long long tokenEpoch = 0;
};

class Authenticator {
public:
    explicit Authenticator(PgPool& db, std::chrono::seconds accessTokenTtl);

    // Installs the HS256 secret (at start-up, once it is known; see signing_key.h).
    void setSigningSecret(const std::string& secret);
    bool hasSigningSecret() const;
    // Throws DatabaseUnavailable-like 503 (ApiError not_ready) until a secret is installed.
    std::shared_ptr<const AccessTokenCodec> tokens() const;

    // Caches accounts, invalidated by `listener` ("user:<id>" notifications). Call once,
    // before the listener starts serving requests.
    void watchChanges(ChangeListener& listener);
    // Drops this instance's cached copy of an account at once (the writer's own instance need
    // not wait for its notification).
    void forgetAccount(const std::string& userId);

    CurrentUser requireUser(const HttpRequest& request) const;
    CurrentUser requireRole(const HttpRequest& request, std::initializer_list<Role> allowed) const;
    // requireUser() without blocking: throws the same errors for a bad token or account, and
    // returns nullopt when the account is not cached (the caller then uses requireUser() on a
    // worker thread). Safe on I/O threads.
    std::optional<CurrentUser> requireUserIfCached(const HttpRequest& request) const;

private:
    AccessClaims verifiedClaims(const HttpRequest& request) const;
    CurrentUser checkAccount(const AccessClaims& claims, const AccountState& account) const;

    PgPool& db_;
    std::chrono::seconds ttl_;
    std::shared_ptr<const AccessTokenCodec> codec_;  // read and written with std::atomic_load/store
    std::unique_ptr<InvalidatedCache<AccountState>> accounts_;
    // Tokens whose signature and claims were verified with the current secret.
    mutable InvalidatedCache<AccessClaims> verifiedTokens_{[] { return true; }, 50000};
};

}  // namespace satchel::server
