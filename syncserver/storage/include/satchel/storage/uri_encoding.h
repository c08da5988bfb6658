#pragma once
// Percent-encoding as AWS SigV4 defines it (RFC 3986 unreserved characters stay, every other
// byte becomes %XX with upper-case hex) and the matching decoder.

#include <optional>
#include <string>
#include <string_view>

namespace satchel::storage {

// Encodes every byte except A-Z a-z 0-9 - . _ ~ ; '/' stays as is when `keepSlash`.
std::string awsUriEncode(std::string_view in, bool keepSlash);

// Decodes %XX escapes ('+' stays '+'); nullopt when an escape is malformed.
std::optional<std::string> percentDecode(std::string_view in);

}  // namespace satchel::storage
