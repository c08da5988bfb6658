#pragma once
// Refresh tokens: opaque random values, stored only as their SHA-256. Each login starts a
// family; refresh marks the presented token used and issues the next one in the same family.
// A token presented a second time means it was copied: the whole family is revoked, so both
// the thief and the victim must log in again.

#include <chrono>
#include <optional>
#include <string>

#include "db/connection.h"

namespace satchel::server {

enum class RefreshOutcome { Rotated, Unknown, Expired, Revoked, Reused };

struct RefreshResult {
    RefreshOutcome outcome = RefreshOutcome::Unknown;
    std::string userId;    // set unless Unknown
    std::string newToken;  // set when Rotated
};

namespace refresh_tokens {

// Starts a new family for `userId` and returns its first token.
std::string issue(PgConnection& conn, const std::string& userId, std::chrono::seconds ttl);
// Rotates `token` in one transaction (the row is locked, so two concurrent uses of one token
// cannot both succeed).
RefreshResult rotate(PgConnection& conn, const std::string& token, std::chrono::seconds ttl);
// Revokes the family `token` belongs to; returns false for an unknown token.
bool revokeFamily(PgConnection& conn, const std::string& token);

}  // namespace refresh_tokens

// 32 random bytes, base64url without padding.
std::string randomToken();

}  // namespace satchel::server
