#pragma once
// The push module's one entry point, called from app/routes.cpp: registers the announcement
// routes and, when a listener is being served (ctx.listener), the WebSocket channel at
// /api/v1/push with its /metrics gauges. Throws std::invalid_argument for a bad SATCHEL_PUSH_*
// setting.

#include "app/context.h"

namespace satchel::server {

void registerPushModule(ServerContext& ctx);

}  // namespace satchel::server
