#include "jwt_forge.h"

#include <jwt.h>
#include <sodium.h>

#include <ctime>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace satchel::testing {
namespace {

std::string base64url(const std::string& bytes) {
    std::string out(
        sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                      bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(out.find('\0'));
    return out;
}

nlohmann::json payload(const ForgedClaims& c) {
    const long long now = std::time(nullptr);
    return {{"sub", c.sub},
            {"role", "admin"},
            {"iss", c.iss},
            {"aud", c.aud},
            {"iat", now},
            {"nbf", now + c.nbfOffset},
            {"exp", now + c.expOffset},
            {"epoch", c.epoch}};
}

}  // namespace

std::string signToken(const ForgedClaims& claims, const std::string& secret,
                      const std::string& alg) {
    jwt_t* jwt = nullptr;
    if (jwt_new(&jwt) != 0)
        throw std::runtime_error("jwt_new");
    jwt_add_grants_json(jwt, payload(claims).dump().c_str());
    jwt_set_alg(jwt, jwt_str_alg(alg.c_str()),
                reinterpret_cast<const unsigned char*>(secret.data()),
                static_cast<int>(secret.size()));
    char* encoded = jwt_encode_str(jwt);
    std::string token = encoded ? encoded : "";
    free(encoded);
    jwt_free(jwt);
    return token;
}

std::string unsignedToken(const ForgedClaims& claims) {
    return base64url(R"({"alg":"none","typ":"JWT"})") + "." + base64url(payload(claims).dump()) +
           ".";
}

std::string subjectOf(const std::string& token) {
    const auto first = token.find('.');
    const auto second = token.find('.', first + 1);
    const std::string part = token.substr(first + 1, second - first - 1);
    std::string decoded(part.size(), '\0');
    size_t length = 0;
    sodium_base642bin(reinterpret_cast<unsigned char*>(decoded.data()), decoded.size(),
                      part.c_str(), part.size(), nullptr, &length, nullptr,
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    decoded.resize(length);
    return nlohmann::json::parse(decoded).at("sub").get<std::string>();
}

}  // namespace satchel::testing
