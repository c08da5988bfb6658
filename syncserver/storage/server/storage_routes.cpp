#include "storage/storage_routes.h"

#include <stdexcept>

#include "satchel/storage/storage_settings.h"
#include "storage/server/asset_routes.h"
#include "storage/server/blob_routes.h"

namespace satchel::server {

std::shared_ptr<AssetService> registerStorageRoutes(ServerContext& ctx) {
    auto configured =
        storage::configureBlobStore([&ctx](std::string_view name) -> std::optional<std::string> {
            // The server's settings reader (flags, then SATCHEL_* variables), with the values it
            // has already resolved (the public URL defaults to http://LISTEN).
            if (name == "SATCHEL_BLOB_DIR")
                return ctx.settings.blobDir;
            if (name == "SATCHEL_PUBLIC_URL")
                return ctx.settings.publicUrl;
            return ctx.settings.value(name);
        });
    if (!configured)
        throw std::runtime_error("blob store: " + configured.error().message);
    std::shared_ptr<storage::BlobStore> store = std::move(configured->store);
    ctx.blobStore = store;  // shared with the jobs module (certificates, media results)
    if (configured->local)
        registerLocalBlobRoutes(ctx.router,
                                std::shared_ptr<storage::LocalBlobStore>(store, configured->local));
    auto assets = std::make_shared<AssetService>(store);
    registerAssetRoutes(ctx, assets);
    // Publish (api/course_routes.cpp) refuses versions whose assets are missing or wrong.
    ctx.verifyAssets = [assets](PgConnection& conn, const CourseManifest& manifest) {
        assets->requirePublishable(conn, manifest);
    };
    return assets;
}

}  // namespace satchel::server
