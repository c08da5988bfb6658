#pragma once
// Pull cursors. A cursor names a position in one user's feed: the highest feed seq the client
// has received (see docs/sync.md for why a seq is enough). On the wire it is opaque:
// "c1." + base64url (no padding) of the seq as 8 big-endian bytes; "" means the beginning.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace satchel::server::sync {

std::string encodeCursor(std::int64_t seq);
// nullopt for anything that is not a cursor this server made (or a negative seq).
std::optional<std::int64_t> decodeCursor(std::string_view text);

}  // namespace satchel::server::sync
