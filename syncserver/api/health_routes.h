#pragma once
// GET /healthz (the process answers), GET /readyz (PostgreSQL answers and the schema is
// current) and GET /metrics (Prometheus text).

#include "app/context.h"

namespace satchel::server {

void registerHealthRoutes(ServerContext& ctx);

}  // namespace satchel::server
