#pragma once
// The storage module's entry point in satchel-syncd (called from app/routes.cpp when the
// module is built, see syncserver/README.md).
//
// Builds the BlobStore from the SATCHEL_* settings (satchel/storage/storage_settings.h) and
// registers:
//   POST /api/v1/assets/uploads            AssetUploadRequest -> AssetUploadResponse (instructor)
//   POST /api/v1/assets/uploads/complete   CompleteUploadRequest -> 204 once verified (instructor)
//   GET  /api/v1/courses/{id}/versions/{n}/assets/{sha256}/url
//                                          AssetUrlResponse (enrolled student, owner, admin)
// and, for the local folder store, the signed-URL routes of satchel/storage/blob_http.h.
//
// The returned AssetService also serves publish: call requirePublishable(conn, manifest)
// before creating a version. Throws std::runtime_error naming the bad setting.

#include <memory>

#include "app/context.h"
#include "storage/server/asset_service.h"

namespace satchel::server {

std::shared_ptr<AssetService> registerStorageRoutes(ServerContext& ctx);

}  // namespace satchel::server
