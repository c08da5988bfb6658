#include "storage/server/blob_routes.h"

#include "storage/server/http_adapter.h"

namespace satchel::server {

void registerLocalBlobRoutes(Router& router, std::shared_ptr<storage::LocalBlobStore> store) {
    // Blob bytes come from the folder, never from PostgreSQL: these routes work while the
    // database is down, and HEAD is served by the GET route.
    RouteOptions get;
    get.needsDatabase = false;
    get.maxBodyBytes = 0;
    RouteOptions put;
    put.needsDatabase = false;
    put.maxBodyBytes = storage::LocalBlobStore::kPartLimit;

    router.add(
        "GET", "/blobs/sha256/{a}/{b}/{hash}",
        [store](HttpRequest& request) {
            return fromBlobResponse(storage::serveBlob(*store, toBlobRequest(request)));
        },
        get);
    router.add(
        "PUT", "/blobs/sha256/{a}/{b}/{hash}",
        [store](HttpRequest& request) {
            return fromBlobResponse(storage::acceptBlobPut(*store, toBlobRequest(request)));
        },
        put);
    router.add(
        "PUT", "/blob-uploads/{uploadId}/{part}",
        [store](HttpRequest& request) {
            return fromBlobResponse(storage::acceptPartPut(*store, toBlobRequest(request)));
        },
        put);
}

}  // namespace satchel::server
