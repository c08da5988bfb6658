#include "storage/server/http_adapter.h"

namespace satchel::server {

storage::BlobHttpRequest toBlobRequest(const HttpRequest& request) {
    storage::BlobHttpRequest out;
    out.method = request.method;
    out.path = request.path;
    out.query = request.query;
    out.headers = request.headers;
    out.body = request.body;
    return out;
}

HttpResponse fromBlobResponse(storage::BlobHttpResponse response) {
    HttpResponse out;
    out.status = response.status;
    for (auto& [name, value] : response.headers)
        out.setHeader(name, value);
    out.body = std::move(response.body);
    if (response.file)
        out.file = HttpResponse::FileBody{response.file->path.string(), response.file->offset,
                                          response.file->length};
    return out;
}

}  // namespace satchel::server
