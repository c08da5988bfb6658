#include "db/user_repository.h"

#include <algorithm>
#include <cctype>

#include "satchel/ids.h"

namespace satchel::server {
namespace {

constexpr const char* kColumns =
    "id::text, username, email, display_name, password_hash, role, disabled, token_epoch, "
    "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

UserRecord fromRow(const PgResult& r, int row) {
    UserRecord u;
    u.id = r.text(row, 0);
    u.username = r.text(row, 1);
    u.email = r.text(row, 2);
    u.displayName = r.text(row, 3);
    u.passwordHash = r.text(row, 4);
    u.role = parseRole(r.text(row, 5)).value_or(Role::Student);
    u.disabled = r.boolean(row, 6);
    u.tokenEpoch = r.integer(row, 7);
    u.createdAt = r.text(row, 8);
    return u;
}

std::optional<UserRecord> one(const PgResult& r) {
    if (r.empty())
        return std::nullopt;
    return fromRow(r, 0);
}

}  // namespace

bool isUuid(const std::string& id) {
    return satchel::Uuid::parse(id).has_value();
}

namespace users {

UserRecord create(PgConnection& conn, const NewUser& user) {
    try {
        const auto r = conn.exec(
            std::string("INSERT INTO users (id, username, username_key, email, display_name, "
                        "password_hash, role) VALUES ($1::uuid, $2, lower($2), $3, $4, $5, $6) "
                        "RETURNING ") +
                kColumns,
            {satchel::newUuidV7().toString(), user.username, user.email, user.displayName,
             user.passwordHash, roleName(user.role)});
        return fromRow(r, 0);
    } catch (const DatabaseError& e) {
        if (e.isUniqueViolation())
            throw UsernameTaken("the name '" + user.username + "' is taken");
        throw;
    }
}

std::optional<UserRecord> findById(PgConnection& conn, const std::string& id) {
    if (!isUuid(id))
        return std::nullopt;
    return one(
        conn.exec(std::string("SELECT ") + kColumns + " FROM users WHERE id = $1::uuid", {id}));
}

std::optional<UserRecord> findByUsername(PgConnection& conn, const std::string& username) {
    return one(
        conn.exec(std::string("SELECT ") + kColumns + " FROM users WHERE username_key = lower($1)",
                  {username}));
}

std::vector<UserRecord> list(PgConnection& conn, int limit, int offset) {
    const auto r = conn.exec(
        std::string("SELECT ") + kColumns + " FROM users ORDER BY username_key LIMIT $1 OFFSET $2",
        {limit, offset});
    std::vector<UserRecord> out;
    for (int i = 0; i < r.rows(); ++i)
        out.push_back(fromRow(r, i));
    return out;
}

bool setRole(PgConnection& conn, const std::string& id, Role role) {
    if (!isUuid(id))
        return false;
    return conn.exec("UPDATE users SET role = $2, updated_at = now() WHERE id = $1::uuid",
                     {id, roleName(role)})
               .affectedRows() == 1;
}

bool setDisabled(PgConnection& conn, const std::string& id, bool disabled) {
    if (!isUuid(id))
        return false;
    Transaction tx(conn);
    const bool found =
        conn.exec(
                "UPDATE users SET disabled = $2, token_epoch = token_epoch + 1, updated_at = now() "
                "WHERE id = $1::uuid",
                {id, disabled})
            .affectedRows() == 1;
    if (found && disabled)
        conn.exec(
            "UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1::uuid AND revoked_at "
            "IS NULL",
            {id});
    tx.commit();
    return found;
}

bool setPassword(PgConnection& conn, const std::string& id, const std::string& passwordHash,
                 bool revokeSessions) {
    if (!isUuid(id))
        return false;
    Transaction tx(conn);
    const bool found =
        conn.exec(
                revokeSessions
                    ? "UPDATE users SET password_hash = $2, token_epoch = token_epoch + 1, "
                      "updated_at = now() WHERE id = $1::uuid"
                    : "UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1::uuid",
                {id, passwordHash})
            .affectedRows() == 1;
    if (found && revokeSessions)
        conn.exec(
            "UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1::uuid AND revoked_at "
            "IS NULL",
            {id});
    tx.commit();
    return found;
}

}  // namespace users

nlohmann::json userJson(const UserRecord& user) {
    return {{"id", user.id},
            {"username", user.username},
            {"email", user.email.empty() ? user.username : user.email},
            {"displayName", user.displayName.empty() ? user.username : user.displayName},
            {"roles", nlohmann::json::array({roleName(user.role)})},
            {"role", roleName(user.role)},
            {"disabled", user.disabled},
            {"createdAt", user.createdAt}};
}

}  // namespace satchel::server
