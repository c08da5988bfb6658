#include "sync/sync_routes.h"

#include <memory>

#include "auth/authenticator.h"
#include "satchel/protocol/codec.h"
#include "sync/cursor.h"
#include "sync/progress_report.h"
#include "sync/pull_service.h"
#include "sync/push_service.h"
#include "sync/sync_settings.h"
#include "sync/trending.h"

namespace satchel::server {
namespace {

using namespace satchel::server::sync;

// Everything the handlers share; lives as long as the router's handlers (captured by value).
struct SyncModule {
    SyncSettings settings;
    CourseContentCache courses;
    PushService push;
    PullService pull;
    SyncModule(PgPool& db, SyncSettings s) : settings(s), push(db, courses), pull(db) {}
};

std::int64_t queryInteger(const HttpRequest& req, const std::string& name, std::int64_t fallback,
                          std::int64_t min, std::int64_t max) {
    const auto it = req.query.find(name);
    if (it == req.query.end() || it->second.empty())
        return fallback;
    const std::string& text = it->second;
    if (text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos ||
        std::stoll(text) < min || std::stoll(text) > max)
        throw badRequest(name + " must be a whole number from " + std::to_string(min) + " to " +
                             std::to_string(max),
                         "invalid_field");
    return std::stoll(text);
}

struct ReportableCourse {
    std::string title;
    std::uint32_t latestVersion = 0;
};

// The course, if the caller may see its report: its owner or an admin (others get 403;
// a course that does not exist, 404).
ReportableCourse reportableCourse(PgConnection& conn, const CurrentUser& me,
                                  const std::string& courseId) {
    if (!Uuid::parse(courseId))
        throw notFound("no such course");
    const auto row = conn.exec(
        "SELECT owner_id, title, coalesce((SELECT max(version) FROM course_versions v WHERE "
        "v.course_id = c.id), 0)"
        " FROM courses c WHERE id = $1::uuid",
        {courseId});
    if (row.empty())
        throw notFound("no such course");
    if (row.text(0, 0) != me.id && !me.isAdmin())
        throw forbidden("only the course's instructors see its progress");
    return {row.text(0, 1), static_cast<std::uint32_t>(row.integer(0, 2))};
}

}  // namespace

void registerSyncRoutes(ServerContext& ctx) {
    auto module = std::make_shared<SyncModule>(ctx.db, SyncSettings::from(ctx.settings));

    RouteOptions pushOptions;
    pushOptions.maxBodyBytes = module->settings.maxPushBytes;
    ctx.router.add(
        "POST", "/api/v1/sync/push",
        [&ctx, module](HttpRequest& req) {
            const auto me = ctx.auth.requireUser(req);
            auto batch = decodePushBatch(req.body, module->settings);
            if (!batch) {
                const auto& error = batch.error();
                switch (error.kind) {
                    case PushBatchError::Kind::UnsupportedVersion:
                        throw ApiError(400, "unsupportedVersion", error.message);
                    case PushBatchError::Kind::TooManyItems:
                        throw ApiError(413, "too_many_items", error.message);
                    case PushBatchError::Kind::Invalid:
                        break;
                }
                throw ApiError(400, "invalid", error.message);
            }
            const auto response = module->push.apply(me.id, *batch);
            return HttpResponse::text(200, encode(response), "application/json");
        },
        pushOptions);

    ctx.router.add("GET", "/api/v1/sync/pull", [&ctx, module](HttpRequest& req) {
        const auto me = ctx.auth.requireUser(req);
        PullCursor cursor;
        if (const auto it = req.query.find("cursor");
            it != req.query.end() && !it->second.empty()) {
            const auto decoded = decodePullCursor(it->second);
            if (!decoded)
                throw badRequest("cursor is not one this server issued", "invalid_cursor");
            cursor = *decoded;
        }
        const auto maxLimit = static_cast<std::int64_t>(module->settings.maxPullLimit);
        const auto limit =
            queryInteger(req, "limit", std::min<std::int64_t>(1000, maxLimit), 1, maxLimit);
        return HttpResponse::json(200, toJson(module->pull.page(me, cursor, limit)));
    });

    ctx.router.add("GET", "/api/v1/courses/{id}/progress", [&ctx, module](HttpRequest& req) {
        const auto me = ctx.auth.requireRole(req, {Role::Instructor, Role::Admin});
        auto conn = ctx.db.acquire();
        const auto course = reportableCourse(*conn, me, req.param("id"));
        const auto report = buildProgressReport(*conn, module->courses, req.param("id"),
                                                course.title, course.latestVersion);
        return HttpResponse::json(200, reportJson(report));
    });

    ctx.router.add("GET", "/api/v1/courses/{id}/progress.csv", [&ctx, module](HttpRequest& req) {
        const auto me = ctx.auth.requireRole(req, {Role::Instructor, Role::Admin});
        auto conn = ctx.db.acquire();
        const auto course = reportableCourse(*conn, me, req.param("id"));
        const auto report = buildProgressReport(*conn, module->courses, req.param("id"),
                                                course.title, course.latestVersion);
        auto response = HttpResponse::text(200, reportCsv(report), "text/csv; charset=utf-8");
        response.setHeader("Content-Disposition",
                           "attachment; filename=\"progress-" + req.param("id") + ".csv\"");
        return response;
    });

    ctx.router.add("GET", "/api/v1/courses/trending", [&ctx, module](HttpRequest& req) {
        ctx.auth.requireUser(req);
        const auto limit = queryInteger(req, "limit", 10, 1, 100);
        auto conn = ctx.db.acquire();
        return HttpResponse::json(200,
                                  trendingJson(*conn, module->courses, static_cast<int>(limit)));
    });
}

}  // namespace satchel::server
