#include "db/invitation_repository.h"

#include "db/token_repository.h"
#include "satchel/hash.h"

namespace satchel::server::invitations {

std::string create(PgConnection& conn, Role role, const std::string& createdBy,
                   std::chrono::seconds ttl) {
    const std::string code = randomToken();
    conn.exec(
        "INSERT INTO invitations (code_hash, role, created_by, expires_at) "
        "VALUES ($1, $2, $3::uuid, now() + make_interval(secs => $4))",
        {satchel::sha256Hex(code), roleName(role), createdBy, static_cast<long long>(ttl.count())});
    return code;
}

std::optional<Role> claim(PgConnection& conn, const std::string& code) {
    const auto row = conn.exec(
        "SELECT role FROM invitations WHERE code_hash = $1 AND used_at IS NULL AND expires_at > "
        "now() "
        "FOR UPDATE",
        {satchel::sha256Hex(code)});
    if (row.empty())
        return std::nullopt;
    return parseRole(row.text(0, 0));
}

void markUsed(PgConnection& conn, const std::string& code, const std::string& userId) {
    conn.exec("UPDATE invitations SET used_at = now(), used_by = $2::uuid WHERE code_hash = $1",
              {satchel::sha256Hex(code), userId});
}

}  // namespace satchel::server::invitations
