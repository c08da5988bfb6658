#pragma once
// Where the access-token signing secret comes from, in order: SATCHEL_JWT_SECRET;
// SATCHEL_JWT_SECRET_FILE (created with a fresh random secret, mode 0600, if missing); else a
// random secret generated once and kept in the database table server_keys, so that every
// instance behind a load balancer shares it with no configuration.

#include <stdexcept>
#include <string>

#include "app/settings.h"
#include "db/connection.h"

namespace satchel::server {

class SigningKeyError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Reads the secret from the settings or the file; returns "" when it must come from the database.
std::string signingSecretFromSettings(const Settings& settings);
// Loads (creating on first use) the secret stored in the database.
std::string signingSecretFromDatabase(PgConnection& conn);
// A random secret: 48 bytes, base64url.
std::string randomSecret();

}  // namespace satchel::server
