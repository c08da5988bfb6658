#pragma once
// Every module's routes, registered in one place so that `serve` and `satchel-syncd routes`
// (which the OpenAPI test reads) see the same set.

#include "app/context.h"

namespace satchel::server {

void registerAllRoutes(ServerContext& ctx);

}  // namespace satchel::server
