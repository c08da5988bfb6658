#include "api/course_routes.h"

#include "api/course_access.h"
#include "api/publishing.h"
#include "auth/authenticator.h"
#include "satchel/package.h"
#include "satchel/protocol/codec.h"

namespace satchel::server {
namespace {

void checkTitle(const std::string& title) {
    if (title.empty() || title.size() > 200) {
        ApiError e(400, "invalid_field", "field 'title' must be 1 to 200 bytes");
        e.field = "title";
        throw e;
    }
}

void checkDescription(const std::optional<std::string>& description) {
    if (description && description->size() > 20000) {
        ApiError e(400, "invalid_field", "field 'description' must be at most 20000 bytes");
        e.field = "description";
        throw e;
    }
}

ApiError invalidManifest(const std::string& field, const std::string& message) {
    ApiError e(400, "invalid_manifest", message);
    e.field = field;
    return e;
}

// Decodes and validates the publish body with shared's codec and manifest rules. The course
// id comes from the path: a manifest may leave it out (or nil), but may not name another course.
satchel::CourseManifest decodeManifest(const HttpRequest& req, const std::string& courseId) {
    auto body = req.jsonBody();
    if (auto it = body.find("manifest"); it != body.end() && it->is_object()) {
        const auto given = it->find("courseId");
        if (given == it->end() || given->is_null() || *given == satchel::Uuid().toString())
            (*it)["courseId"] = courseId;
    }
    auto decoded = satchel::fromJson<satchel::PublishRequest>(body);
    if (!decoded) {
        const auto& error = decoded.error();
        const std::string field = error.field.empty() ? "manifest" : error.field;
        throw invalidManifest(field, error.describe());
    }
    auto manifest = std::move(decoded->manifest);
    const auto id = satchel::Uuid::parse(courseId);
    if (!manifest.courseId.isNil() && manifest.courseId != *id)
        throw invalidManifest("manifest.courseId", "manifest.courseId is not this course's id");
    manifest.courseId = *id;
    if (auto valid = satchel::validateManifest(manifest); !valid)
        throw invalidManifest("manifest." + valid.error().where, valid.error().describe());
    // The server grades graded quizzes, so it must hold their keys: a student's copy (keys
    // withheld) cannot be published.
    if (satchel::hasWithheldAnswerKeys(manifest))
        throw invalidManifest("manifest",
                              "a quiz's answer keys are withheld: publish the copy "
                              "with every answer key");
    return manifest;
}

// `reminderInactiveDays`: absent keeps the setting, null returns the course to the server's
// default, 0..365 sets it (0: no reminders for this course).
std::optional<std::optional<int>> optionalReminderDays(const nlohmann::json& body) {
    const auto it = body.find("reminderInactiveDays");
    if (it == body.end())
        return std::nullopt;
    if (it->is_null())
        return std::optional<std::optional<int>>(std::in_place, std::nullopt);
    const auto days = optionalInt(body, "reminderInactiveDays");
    if (*days < 0 || *days > 365) {
        ApiError e(400, "invalid_field",
                   "field 'reminderInactiveDays' must be 0 (no reminders) to 365, or null");
        e.field = "reminderInactiveDays";
        throw e;
    }
    return std::optional<std::optional<int>>(std::in_place, static_cast<int>(*days));
}

}  // namespace

void registerCourseRoutes(ServerContext& ctx, std::shared_ptr<CatalogCache> catalog) {
    ctx.router.add("POST", "/api/v1/courses", [&ctx, catalog](HttpRequest& req) {
        const auto me = ctx.auth.requireRole(req, {Role::Instructor, Role::Admin});
        const auto body = req.jsonBody();
        const auto title = requireString(body, "title");
        checkTitle(title);
        const auto description = optionalString(body, "description");
        checkDescription(description);
        const bool open = optionalBool(body, "openEnrollment").value_or(true);
        const auto reminderDays = optionalReminderDays(body);
        auto conn = ctx.db.acquire();
        auto course = courses::create(*conn, me.id, title, description.value_or(""), open);
        if (reminderDays)
            course = courses::update(*conn, course.id, std::nullopt, std::nullopt, std::nullopt,
                                     reminderDays);
        auto r = HttpResponse::json(201, courseJson(course));
        r.setHeader("Location", "/api/v1/courses/" + course.id);
        return r;
    });

    ctx.router.add("GET", "/api/v1/courses/{id}", [&ctx](HttpRequest& req) {
        const auto me = ctx.auth.requireUser(req);
        auto conn = ctx.db.acquire();
        return HttpResponse::json(200,
                                  courseJson(requireVisibleCourse(*conn, me, req.param("id"))));
    });

    ctx.router.add("PATCH", "/api/v1/courses/{id}", [&ctx, catalog](HttpRequest& req) {
        const auto me = ctx.auth.requireUser(req);
        const auto body = req.jsonBody();
        const auto title = optionalString(body, "title");
        if (title)
            checkTitle(*title);
        const auto description = optionalString(body, "description");
        checkDescription(description);
        const auto open = optionalBool(body, "openEnrollment");
        const auto reminderDays = optionalReminderDays(body);
        auto conn = ctx.db.acquire();
        const auto course = requireManagedCourse(*conn, me, req.param("id"));
        if (course.archived)
            throw conflict("the course is archived", "course_archived");
        const auto updated =
            courses::update(*conn, course.id, title, description, open, reminderDays);
        catalog->invalidate();
        return HttpResponse::json(200, courseJson(updated));
    });

    ctx.router.add("POST", "/api/v1/courses/{id}/archive", [&ctx, catalog](HttpRequest& req) {
        const auto me = ctx.auth.requireUser(req);
        auto conn = ctx.db.acquire();
        const auto course = requireManagedCourse(*conn, me, req.param("id"));
        const auto archived = courses::archive(*conn, course.id);
        catalog->invalidate();
        return HttpResponse::json(200, courseJson(archived));
    });

    RouteOptions manifestLimit;
    manifestLimit.maxBodyBytes = ctx.settings.maxManifestBytes;
    ctx.router.add(
        "POST", "/api/v1/courses/{id}/versions",
        [&ctx, catalog](HttpRequest& req) {
            const auto me = ctx.auth.requireUser(req);
            std::string courseId;
            {
                auto conn = ctx.db.acquire();
                const auto course = requireManagedCourse(*conn, me, req.param("id"));
                if (course.archived)
                    throw conflict("the course is archived", "course_archived");
                courseId = course.id;
            }
            auto manifest = decodeManifest(req, courseId);
            auto conn = ctx.db.acquire();
            // No version may reference bytes the store does not have, or has wrong (issue 6).
            if (ctx.verifyAssets)
                ctx.verifyAssets(*conn, manifest);
            const auto published = publishManifest(*conn, courseId, me.id, std::move(manifest));
            const int version = published.version;
            const std::string& sha = published.manifestSha256;
            catalog->invalidate();
            auto r = HttpResponse::json(201, {{"protocol", 1},
                                              {"courseId", courseId},
                                              {"version", version},
                                              {"manifestSha256", sha}});
            r.setHeader("Location", "/api/v1/courses/" + courseId + "/versions/" +
                                        std::to_string(version) + "/manifest");
            return r;
        },
        manifestLimit);
}

}  // namespace satchel::server
