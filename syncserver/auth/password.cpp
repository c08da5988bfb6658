#include "auth/password.h"

#include <sodium.h>

#include <algorithm>
#include <stdexcept>
#include <thread>

#include "http/types.h"

namespace satchel::server {
namespace {

struct SlotGuard {
    std::counting_semaphore<64>& s;
    explicit SlotGuard(std::counting_semaphore<64>& sem) : s(sem) { s.acquire(); }
    ~SlotGuard() { s.release(); }
};

std::ptrdiff_t slotCount() {
    return static_cast<std::ptrdiff_t>(std::clamp(std::thread::hardware_concurrency(), 1u, 64u));
}

}  // namespace

PasswordHasher::PasswordHasher(PasswordHashStrength strength) : slots_(slotCount()) {
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium failed to initialise");
    switch (strength) {
        case PasswordHashStrength::Interactive:
            opsLimit_ = crypto_pwhash_OPSLIMIT_INTERACTIVE;
            memLimit_ = crypto_pwhash_MEMLIMIT_INTERACTIVE;
            break;
        case PasswordHashStrength::Moderate:
            opsLimit_ = crypto_pwhash_OPSLIMIT_MODERATE;
            memLimit_ = crypto_pwhash_MEMLIMIT_MODERATE;
            break;
        case PasswordHashStrength::Sensitive:
            opsLimit_ = crypto_pwhash_OPSLIMIT_SENSITIVE;
            memLimit_ = crypto_pwhash_MEMLIMIT_SENSITIVE;
            break;
    }
}

std::string PasswordHasher::hash(std::string_view password) {
    char out[crypto_pwhash_STRBYTES];
    SlotGuard slot(slots_);
    if (crypto_pwhash_str(out, password.data(), password.size(), opsLimit_, memLimit_) != 0)
        throw std::runtime_error("password hashing ran out of memory");
    return out;
}

bool PasswordHasher::verify(const std::string& hash, std::string_view password) {
    SlotGuard slot(slots_);
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

bool PasswordHasher::needsRehash(const std::string& hash) const {
    return crypto_pwhash_str_needs_rehash(hash.c_str(), opsLimit_, memLimit_) != 0;
}

void checkPasswordPolicy(std::string_view password) {
    if (password.size() < 8)
        throw ApiError(400, "weak_password", "field 'password' must be at least 8 characters");
    if (password.size() > 1024)
        throw ApiError(400, "invalid_field", "field 'password' must be at most 1024 bytes");
}

}  // namespace satchel::server
