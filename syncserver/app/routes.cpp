#include "app/routes.h"

#include "api/health_routes.h"

namespace satchel::server {

void registerAllRoutes(ServerContext& ctx) {
    registerHealthRoutes(ctx);
}

}  // namespace satchel::server
