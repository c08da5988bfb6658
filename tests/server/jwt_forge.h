#pragma once
// Tokens a client should never be able to use, built with libjwt or by hand: expired,
// signed with the wrong key, "alg":"none", an algorithm outside the allowlist, wrong audience.

#include <map>
#include <string>

namespace satchel::testing {

struct ForgedClaims {
    std::string sub;
    long long epoch = 0;
    long long expOffset = 600;  // seconds from now
    long long nbfOffset = 0;
    std::string iss = "satchel-syncd";
    std::string aud = "satchel";
};

// Signs with libjwt; `alg` is "HS256", "HS384" or "HS512".
std::string signToken(const ForgedClaims& claims, const std::string& secret,
                      const std::string& alg = "HS256");
// An unsigned token: header {"alg":"none"} and an empty signature.
std::string unsignedToken(const ForgedClaims& claims);
// The subject ("sub") of a token, read without checking anything.
std::string subjectOf(const std::string& token);

}  // namespace satchel::testing
