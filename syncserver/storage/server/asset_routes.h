#pragma once
// The instructor's upload routes and the student's download-URL route (see storage_routes.h).

#include <memory>

#include "app/context.h"
#include "storage/server/asset_service.h"

namespace satchel::server {

void registerAssetRoutes(ServerContext& ctx, std::shared_ptr<AssetService> assets);

}  // namespace satchel::server
