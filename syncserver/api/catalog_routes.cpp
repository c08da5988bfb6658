// GET /api/v1/courses: the catalog, each entry marked with whether the caller is enrolled,
// with ETag / If-None-Match. The hottest route: when the caller's account and answer are
// cached (api/catalog_cache.h, auth/authenticator.h) it is answered on the I/O thread without
// touching the database; otherwise on a worker, filling the caches.
#include "api/course_routes.h"
#include "auth/authenticator.h"
#include "http/etag.h"

namespace satchel::server {
namespace {

HttpResponse catalogResponse(const HttpRequest& req, const CatalogView& view) {
    HttpResponse r;
    if (ifNoneMatchHits(req, view.etag)) {
        r.status = 304;
    } else {
        r.status = 200;
        r.body = view.body;
        r.headers.emplace_back("Content-Type", "application/json");
    }
    r.headers.emplace_back("ETag", view.etag);
    r.headers.emplace_back("Cache-Control", "private, no-cache");
    return r;
}

}  // namespace

void registerCatalogRoute(ServerContext& ctx, std::shared_ptr<CatalogCache> catalog) {
    ctx.router.addWithNonBlocking(
        "GET", "/api/v1/courses",
        [&ctx, catalog](HttpRequest& req) -> std::optional<HttpResponse> {
            const auto me = ctx.auth.requireUserIfCached(req);
            if (!me)
                return std::nullopt;
            const auto view = catalog->viewIfCached(me->id);
            if (!view)
                return std::nullopt;
            return catalogResponse(req, *view);
        },
        [&ctx, catalog](HttpRequest& req) {
            const auto me = ctx.auth.requireUser(req);
            return catalogResponse(req, *catalog->view(me.id));
        });
}

}  // namespace satchel::server
