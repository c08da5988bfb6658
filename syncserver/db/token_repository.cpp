#include "db/token_repository.h"

#include <sodium.h>

#include "satchel/hash.h"
#include "satchel/ids.h"

namespace satchel::server {

std::string randomToken() {
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    char encoded[sodium_base64_ENCODED_LEN(sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
    sodium_bin2base64(encoded, sizeof encoded, bytes, sizeof bytes,
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return encoded;
}

namespace refresh_tokens {
namespace {

std::string insert(PgConnection& conn, const std::string& userId, const std::string& familyId,
                   std::chrono::seconds ttl) {
    const std::string token = randomToken();
    conn.exec(
        "INSERT INTO refresh_tokens (token_hash, family_id, user_id, expires_at) "
        "VALUES ($1, $2::uuid, $3::uuid, now() + make_interval(secs => $4))",
        {satchel::sha256Hex(token), familyId, userId, static_cast<long long>(ttl.count())});
    return token;
}

}  // namespace

std::string issue(PgConnection& conn, const std::string& userId, std::chrono::seconds ttl) {
    return insert(conn, userId, satchel::newUuidV7().toString(), ttl);
}

RefreshResult rotate(PgConnection& conn, const std::string& token, std::chrono::seconds ttl) {
    RefreshResult result;
    Transaction tx(conn);
    const auto row = conn.exec(
        "SELECT t.family_id::text, t.user_id::text, t.used_at IS NOT NULL, t.revoked_at IS NOT "
        "NULL, "
        "t.expires_at <= now(), u.disabled FROM refresh_tokens t JOIN users u ON u.id = t.user_id "
        "WHERE t.token_hash = $1 FOR UPDATE OF t",
        {satchel::sha256Hex(token)});
    if (row.empty())
        return result;  // Unknown; the transaction rolls back
    const std::string familyId = row.text(0, 0);
    result.userId = row.text(0, 1);
    if (row.boolean(0, 2)) {
        // Reuse: someone else holds the successor. End the whole family.
        conn.exec(
            "UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1::uuid AND "
            "revoked_at IS NULL",
            {familyId});
        tx.commit();
        result.outcome = RefreshOutcome::Reused;
        return result;
    }
    if (row.boolean(0, 3) || row.boolean(0, 5)) {
        result.outcome = RefreshOutcome::Revoked;
        return result;
    }
    if (row.boolean(0, 4)) {
        result.outcome = RefreshOutcome::Expired;
        return result;
    }
    conn.exec("UPDATE refresh_tokens SET used_at = now() WHERE token_hash = $1",
              {satchel::sha256Hex(token)});
    result.newToken = insert(conn, result.userId, familyId, ttl);
    tx.commit();
    result.outcome = RefreshOutcome::Rotated;
    return result;
}

bool revokeFamily(PgConnection& conn, const std::string& token) {
    return conn.exec(
                   "UPDATE refresh_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE "
                   "family_id = "
                   "(SELECT family_id FROM refresh_tokens WHERE token_hash = $1)",
                   {satchel::sha256Hex(token)})
               .affectedRows() > 0;
}

}  // namespace refresh_tokens
}  // namespace satchel::server
