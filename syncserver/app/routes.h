#pragma once
// Every module's routes, registered in one place so that `serve` and the OpenAPI check see
// the same set.

#include "app/context.h"

namespace satchel::server {

void registerAllRoutes(ServerContext& ctx);

}  // namespace satchel::server
