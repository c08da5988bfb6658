#pragma once
// Read state of a user's notifications, shared by all their devices (issue 8: "mark-read on
// one device reaches the others"). The store is push_events.read_at_ms (migration 0050);
// this repository marks rows read and announces what it marked as a 'notification.read' push
// event of the same user, in the same transaction, so the user's other devices learn it live
// (push channel), after a reconnect (resume from their last id) and by pull (the sync pull
// delivers the marked notifications again with their read time; sync/pull_service.cpp).
//
// Contract of markNotificationsRead():
// - Only `userId`'s own notifications are touched; ids of other users' events, of events that
//   are not notifications, and unknown ids are passed over (never an error: a device's queue
//   must not stick on a notification the server no longer has).
// - Idempotent: a notification already read keeps its first read time and is not reported
//   again; a call that marks nothing creates no event.
// - `upTo` (optional) marks every notification of the user up to and including that one in
//   the server's order (the order push and pull deliver them). An `upTo` the user does not
//   have throws ApiError 404 "notification_not_found" naming the field "up_to".
// - The event lists at most kMaxIdsPerReadEvent ids; more marked notifications make several
//   events (so a pull page that re-delivers them stays within its item limit).

#include <optional>
#include <string>
#include <vector>

#include "db/connection.h"

namespace satchel::server {

namespace push_kind {
inline constexpr std::string_view kNotificationRead = "notification.read";
}

inline constexpr std::size_t kMaxIdsPerReadEvent = 500;

struct MarkedRead {
    std::vector<std::string> ids;  // newly marked, in the server's order
    long long readAtMs = 0;        // the read time they were given (0 when none was marked)
};

MarkedRead markNotificationsRead(PgConnection& conn, const std::string& userId,
                                 const std::vector<std::string>& ids,
                                 const std::optional<std::string>& upTo);

}  // namespace satchel::server
