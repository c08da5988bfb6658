// GET /api/v1/courses: the catalog, each entry marked with whether the caller is enrolled,
// with ETag / If-None-Match. The hottest route: when the caller's account and answer are
// cached (api/catalog_cache.h, auth/authenticator.h) it is answered on the I/O thread without
// touching the database; otherwise on a worker, filling the caches.
#include "api/course_routes.h"
#include "auth/authenticator.h"
#include "http/etag.h"

namespace satchel::server {
namespace {

// The body is sent straight from the cached view (no copy): `view` stays alive as long as the
// answer does.
HttpResponse catalogResponse(const HttpRequest& req, std::shared_ptr<const CatalogView> view) {
    HttpResponse r;
    r.headers.reserve(3);
    if (ifNoneMatchHits(req, view->etag)) {
        r.status = 304;
    } else {
        r.status = 200;
        r.headers.emplace_back("Content-Type", "application/json");
    }
    r.headers.emplace_back("ETag", view->etag);
    r.headers.emplace_back("Cache-Control", "private, no-cache");
    if (r.status == 200)
        r.sharedBody = std::shared_ptr<const std::string>(view, &view->body);
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
            auto view = catalog->viewIfCached(me->id);
            if (!view)
                return std::nullopt;
            return catalogResponse(req, std::move(view));
        },
        [&ctx, catalog](HttpRequest& req) {
            const auto me = ctx.auth.requireUser(req);
            return catalogResponse(req, catalog->view(me.id));
        });
}

}  // namespace satchel::server
