#include "auth/signing_key.h"

#include <sodium.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace satchel::server {

std::string randomSecret() {
    if (sodium_init() < 0)
        throw SigningKeyError("libsodium failed to initialise");
    unsigned char bytes[48];
    randombytes_buf(bytes, sizeof bytes);
    char encoded[sodium_base64_ENCODED_LEN(sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
    sodium_bin2base64(encoded, sizeof encoded, bytes, sizeof bytes,
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return encoded;
}

std::string signingSecretFromSettings(const Settings& settings) {
    if (!settings.jwtSecret.empty())
        return settings.jwtSecret;
    if (settings.jwtSecretFile.empty())
        return {};
    const std::filesystem::path path(settings.jwtSecretFile);
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        if (path.has_parent_path())
            std::filesystem::create_directories(path.parent_path(), ec);
        const std::string secret = randomSecret();
        const mode_t old = ::umask(077);
        std::ofstream out(path);
        out << secret << "\n";
        ::umask(old);
        if (!out)
            throw SigningKeyError("cannot write the JWT secret file " + path.string());
        return secret;
    }
    std::ifstream in(path);
    std::stringstream content;
    content << in.rdbuf();
    std::string secret = content.str();
    while (!secret.empty() &&
           (secret.back() == '\n' || secret.back() == '\r' || secret.back() == ' '))
        secret.pop_back();
    if (!in && !in.eof())
        throw SigningKeyError("cannot read the JWT secret file " + path.string());
    if (secret.size() < 32)
        throw SigningKeyError("the JWT secret in " + path.string() + " is shorter than 32 bytes");
    return secret;
}

std::string signingSecretFromDatabase(PgConnection& conn) {
    conn.exec(
        "INSERT INTO server_keys (name, value) VALUES ('jwt-hs256', $1) ON CONFLICT (name) DO "
        "NOTHING",
        {randomSecret()});
    const auto row = conn.exec("SELECT value FROM server_keys WHERE name = 'jwt-hs256'");
    return row.text(0, 0);
}

}  // namespace satchel::server
