#include "jobs/certificates/certificate_signer.h"

#include <sodium.h>

#include <stdexcept>

namespace satchel::server::jobs {

std::string base64url(const std::string& bytes) {
    std::string out(
        sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                      bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(out.find('\0'));
    return out;
}

std::string fromBase64url(const std::string& text) {
    std::string out(text.size(), '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                          text.size(), nullptr, &length, nullptr,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0)
        return {};
    out.resize(length);
    return out;
}

CertificateSigner CertificateSigner::loadOrCreate(PgConnection& conn) {
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(pk, sk);
    const std::string fresh = base64url(std::string(reinterpret_cast<char*>(sk), sizeof sk));
    sodium_memzero(sk, sizeof sk);
    conn.exec(
        "INSERT INTO server_keys (name, value) VALUES ('certificate_ed25519', $1) ON CONFLICT DO "
        "NOTHING",
        {fresh});
    const auto row = conn.exec("SELECT value FROM server_keys WHERE name = 'certificate_ed25519'");
    CertificateSigner signer;
    signer.secretKey_ = fromBase64url(row.text(0, 0));
    if (signer.secretKey_.size() != crypto_sign_SECRETKEYBYTES)
        throw std::runtime_error("server_keys.certificate_ed25519 is not an Ed25519 secret key");
    // libsodium's secret key is seed || public key.
    signer.publicKey_ =
        signer.secretKey_.substr(crypto_sign_SECRETKEYBYTES - crypto_sign_PUBLICKEYBYTES);
    return signer;
}

std::string CertificateSigner::sign(const std::string& payload) const {
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(payload.data()),
                         payload.size(), reinterpret_cast<const unsigned char*>(secretKey_.data()));
    return base64url(std::string(reinterpret_cast<char*>(sig), sizeof sig));
}

std::string CertificateSigner::publicKey() const {
    return base64url(publicKey_);
}

bool CertificateSigner::verify(const std::string& payload, const std::string& signature,
                               const std::string& publicKey) {
    const std::string sig = fromBase64url(signature);
    const std::string pk = fromBase64url(publicKey);
    if (sig.size() != crypto_sign_BYTES || pk.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(sig.data()),
                                       reinterpret_cast<const unsigned char*>(payload.data()),
                                       payload.size(),
                                       reinterpret_cast<const unsigned char*>(pk.data())) == 0;
}

}  // namespace satchel::server::jobs
