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

// What the pull route hands out: the feed seq and, beside it, the last push-event seq the
// client has received as a notification (notifications are push events, paged by their own
// sequence; db/migrations/0050). On the wire "c2." + the two seqs as above (11 digits each).
// A "c1." cursor (issued before notifications moved) decodes with noticeSeq 0, so the client
// gets every notification once more; they carry stable ids and are stored by id.
struct PullCursor {
    std::int64_t feedSeq = 0;
    std::int64_t noticeSeq = 0;
};
std::string encodePullCursor(const PullCursor& cursor);
std::optional<PullCursor> decodePullCursor(std::string_view text);

}  // namespace satchel::server::sync
