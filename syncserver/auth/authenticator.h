#pragma once
// Who is calling. Every protected handler starts with one of these:
//
//     const auto me = ctx.auth.requireUser(request);                       // any signed-in user
//     const auto me = ctx.auth.requireRole(request, {Role::Instructor, Role::Admin});  // else 403
//
// requireUser() verifies the bearer access token and then reads the account, so a disabled
// account, a changed role or a bumped token epoch (password change, disable) takes effect on
// the very next request. Failures throw ApiError 401; a missing role throws ApiError 403.

#include <atomic>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>

#include "auth/access_token.h"
#include "db/pool.h"
#include "http/types.h"
#include "satchel/model/user.h"

namespace satchel::server {

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

class Authenticator {
public:
    explicit Authenticator(PgPool& db, std::chrono::seconds accessTokenTtl);

    // Installs the HS256 secret (at start-up, once it is known; see signing_key.h).
    void setSigningSecret(const std::string& secret);
    bool hasSigningSecret() const;
    // Throws DatabaseUnavailable-like 503 (ApiError not_ready) until a secret is installed.
    std::shared_ptr<const AccessTokenCodec> tokens() const;

    CurrentUser requireUser(const HttpRequest& request) const;
    CurrentUser requireRole(const HttpRequest& request, std::initializer_list<Role> allowed) const;

private:
    PgPool& db_;
    std::chrono::seconds ttl_;
    std::shared_ptr<const AccessTokenCodec> codec_;  // read and written with std::atomic_load/store
};

}  // namespace satchel::server
