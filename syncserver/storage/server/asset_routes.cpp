#include "storage/server/asset_routes.h"

#include "auth/authenticator.h"
#include "db/course_repository.h"
#include "satchel/protocol/codec.h"

namespace satchel::server {
namespace {

template <class T>
T decodeBody(const HttpRequest& request) {
    auto decoded = decode<T>(request.body);
    if (!decoded) {
        ApiError error(400, "invalid_request", decoded.error().describe());
        error.field = decoded.error().field;
        throw error;
    }
    return std::move(decoded).value();
}

int versionNumber(const std::string& text) {
    try {
        std::size_t used = 0;
        const int n = std::stoi(text, &used);
        if (used == text.size() && n > 0)
            return n;
    } catch (const std::exception&) {
    }
    throw notFound("no such course version");
}

}  // namespace

void registerAssetRoutes(ServerContext& ctx, std::shared_ptr<AssetService> assets) {
    ctx.router.add("POST", "/api/v1/assets/uploads", [&ctx, assets](HttpRequest& request) {
        const auto me = ctx.auth.requireRole(request, {Role::Instructor, Role::Admin});
        const auto body = decodeBody<AssetUploadRequest>(request);
        auto conn = ctx.db.acquire();
        return HttpResponse::json(200, toJson(assets->prepareUpload(*conn, body, me.id)));
    });

    ctx.router.add("POST", "/api/v1/assets/uploads/complete", [&ctx, assets](HttpRequest& request) {
        ctx.auth.requireRole(request, {Role::Instructor, Role::Admin});
        const auto body = decodeBody<CompleteUploadRequest>(request);
        auto conn = ctx.db.acquire();
        assets->completeUpload(*conn, body);
        return HttpResponse::noContent();
    });

    // 404, never 403, for a course the caller may not see: its existence is not revealed.
    ctx.router.add("GET", "/api/v1/courses/{id}/versions/{n}/assets/{sha256}/url",
                   [&ctx, assets](HttpRequest& request) {
                       const auto me = ctx.auth.requireUser(request);
                       const std::string& courseId = request.param("id");
                       const int version = versionNumber(request.param("n"));
                       const std::string& sha256 = request.param("sha256");
                       auto conn = ctx.db.acquire();
                       const auto course = courses::find(*conn, courseId);
                       if (!course)
                           throw notFound("no such course");
                       if (!me.isAdmin() && course->ownerId != me.id &&
                           !courses::isEnrolled(*conn, courseId, me.id))
                           throw notFound("no such course");
                       const auto text = courses::manifest(*conn, courseId, version);
                       if (!text)
                           throw notFound("no such course version");
                       const auto manifest = decode<CourseManifest>(*text);
                       if (!manifest || !manifest->findAsset(sha256))
                           throw notFound("this version has no such asset");
                       return HttpResponse::json(200, toJson(assets->downloadUrl(sha256)));
                   });
}

}  // namespace satchel::server
