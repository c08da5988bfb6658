#pragma once
// A user's notifications marked read, for all their devices:
//   POST /api/v1/notifications/read  {"ids":["<uuid>",...]} and/or {"up_to":"<uuid>"}
//        -> 200 {"marked":N,"ids":[...newly marked...],"readAtMs":T|null}
// Any signed-in user, for their own notifications only (push/notification_reads.h has the
// contract: idempotent, foreign and unknown ids passed over, one 'notification.read' push
// event per 500 marked). Refusals are 400 with the field at fault ("ids", "ids[3]", "up_to"),
// and 404 for an "up_to" the caller does not have.

#include "app/context.h"

namespace satchel::server {

inline constexpr std::size_t kMaxNotificationIdsPerRead = 500;

void registerNotificationReadRoutes(ServerContext& ctx);

}  // namespace satchel::server
