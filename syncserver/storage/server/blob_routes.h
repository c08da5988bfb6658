#pragma once
// The local folder store's signed-URL routes (satchel/storage/blob_http.h) on the server's
// router: GET/HEAD and PUT of /blobs/sha256/ab/cd/<hash>, PUT of /blob-uploads/<id>/<part>.

#include <memory>

#include "http/router.h"
#include "satchel/storage/local_blob_store.h"

namespace satchel::server {

void registerLocalBlobRoutes(Router& router, std::shared_ptr<storage::LocalBlobStore> store);

}  // namespace satchel::server
