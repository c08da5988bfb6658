#pragma once
// Invitation codes for SATCHEL_REGISTRATION=invite: single use, expiring, stored hashed.

#include <chrono>
#include <optional>
#include <string>

#include "auth/authenticator.h"
#include "db/connection.h"

namespace satchel::server::invitations {

// Returns the code to hand out (shown once; only its hash is stored).
std::string create(PgConnection& conn, Role role, const std::string& createdBy,
                   std::chrono::seconds ttl);
// Within the caller's transaction: locks and uses the code for `userId` if it is valid and
// unused, returning the role it grants; nullopt otherwise.
std::optional<Role> claim(PgConnection& conn, const std::string& code);
void markUsed(PgConnection& conn, const std::string& code, const std::string& userId);

}  // namespace satchel::server::invitations
