#pragma once
// Between the server's HttpRequest/HttpResponse and the storage module's BlobHttpRequest /
// BlobHttpResponse. A response naming a file slice becomes a file-backed HttpResponse, which
// the listener streams with sendfile(2): blob bytes never pass through a std::string.

#include "http/types.h"
#include "satchel/storage/blob_http.h"

namespace satchel::server {

storage::BlobHttpRequest toBlobRequest(const HttpRequest& request);
HttpResponse fromBlobResponse(storage::BlobHttpResponse response);

}  // namespace satchel::server
