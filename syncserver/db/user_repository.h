#pragma once
// SQL for accounts. Every function takes a connection (so callers choose the transaction) and
// uses bind parameters only.

#include <optional>
#include <string>
#include <vector>

#include "auth/authenticator.h"
#include "db/connection.h"

namespace satchel::server {

struct UserRecord {
    std::string id;
    std::string username;  // the login name; unique ignoring case
    std::string email;     // may be empty
    std::string displayName;
    std::string passwordHash;
    Role role = Role::Student;
    bool disabled = false;
    long long tokenEpoch = 0;
    std::string createdAt;  // ISO 8601
};

struct NewUser {
    std::string username;
    std::string email;
    std::string displayName;
    std::string passwordHash;
    Role role = Role::Student;
};

// Thrown by createUser when the name (ignoring case) is taken.
class UsernameTaken : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

namespace users {

UserRecord create(PgConnection& conn, const NewUser& user);  // throws UsernameTaken
std::optional<UserRecord> findById(PgConnection& conn, const std::string& id);
std::optional<UserRecord> findByUsername(PgConnection& conn, const std::string& username);
std::vector<UserRecord> list(PgConnection& conn, int limit, int offset);
// Each returns false when no such user exists.
bool setRole(PgConnection& conn, const std::string& id, Role role);
// Disabling also bumps the token epoch and revokes every refresh token, so the account's
// access ends with its next request.
bool setDisabled(PgConnection& conn, const std::string& id, bool disabled);
// Replaces the hash, bumps the token epoch and revokes every refresh token.
bool setPassword(PgConnection& conn, const std::string& id, const std::string& passwordHash,
                 bool revokeSessions);

}  // namespace users

// A user as the API shows it: shared's User fields (id, email, displayName, roles) plus
// username, role, disabled and createdAt.
nlohmann::json userJson(const UserRecord& user);

// Whether `id` is a canonical UUID (so it can be bound as ::uuid without a database error).
bool isUuid(const std::string& id);

}  // namespace satchel::server
