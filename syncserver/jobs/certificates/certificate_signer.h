#pragma once
// Ed25519 signatures over certificate data (libsodium). The key pair is generated once and
// kept in server_keys ("certificate_ed25519"), so every instance signs with the same key and
// anyone holding the public key (GET /api/v1/certificates/public-key) can check a certificate
// offline.

#include <string>

#include "db/connection.h"

namespace satchel::server::jobs {

class CertificateSigner {
public:
    // Loads the key pair, creating it on first use (safe when instances race).
    static CertificateSigner loadOrCreate(PgConnection& conn);

    std::string sign(const std::string& payload) const;  // base64url signature
    std::string publicKey() const;                       // base64url, 32 bytes

    // Whether `signature` (base64url) is `publicKey`'s signature of `payload`.
    static bool verify(const std::string& payload, const std::string& signature,
                       const std::string& publicKey);

private:
    std::string secretKey_;  // raw 64 bytes
    std::string publicKey_;  // raw 32 bytes
};

std::string base64url(const std::string& bytes);
std::string fromBase64url(const std::string& text);  // "" when malformed

}  // namespace satchel::server::jobs
