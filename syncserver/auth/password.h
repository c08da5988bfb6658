#pragma once
// Password hashing with Argon2id (libsodium crypto_pwhash_str). The cost is a setting:
// "interactive" for tests and small machines, "moderate" (default) or "sensitive". Hashes
// record their own parameters, so changing the setting keeps old hashes valid and
// needsRehash() tells the login path to upgrade them.

#include <semaphore>
#include <string>
#include <string_view>

#include "app/settings.h"

namespace satchel::server {

class PasswordHasher {
public:
    explicit PasswordHasher(PasswordHashStrength strength);

    // Throws std::runtime_error when libsodium cannot allocate the memory the cost asks for.
    std::string hash(std::string_view password);
    bool verify(const std::string& hash, std::string_view password);
    bool needsRehash(const std::string& hash) const;

private:
    unsigned long long opsLimit_;
    std::size_t memLimit_;
    // Each hash takes memLimit_ bytes; at most this many run at once so a login burst cannot
    // exhaust memory.
    std::counting_semaphore<64> slots_;
};

// Rules a new password must meet; throws ApiError 400 (code weak_password) naming the rule.
void checkPasswordPolicy(std::string_view password);

}  // namespace satchel::server
