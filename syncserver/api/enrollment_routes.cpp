#include "api/course_access.h"
#include "api/course_routes.h"
#include "api/learner_manifests.h"
#include "db/user_repository.h"
#include "http/etag.h"

namespace satchel::server {
namespace {

nlohmann::json enrolledCourses(PgConnection& conn, CatalogCache& catalog,
                               const std::string& userId) {
    const auto ids = courses::enrolledCourseIds(conn, userId);
    nlohmann::json list = nlohmann::json::array();
    // Held for the loop: the snapshot may have no other owner (an invalidation during its read
    // keeps it out of the cache), and a temporary in the range would die before the first entry.
    const auto entries = catalog.get();
    for (const auto& entry : *entries)
        if (ids.count(entry.courseId))
            list.push_back(catalogEntryJson(entry, true));
    return {{"protocol", 1}, {"courses", std::move(list)}};
}

}  // namespace

void registerEnrollmentRoutes(ServerContext& ctx, std::shared_ptr<CatalogCache> catalog) {
    // Self-enrollment with no body (or {"userId": me}); an instructor enrolls someone else
    // with {"userId": ...} or {"username": ...}.
    ctx.router.add("POST", "/api/v1/courses/{id}/enroll", [&ctx, catalog](HttpRequest& req) {
        const auto me = ctx.auth.requireUser(req);
        nlohmann::json body = nlohmann::json::object();
        if (!req.body.empty())
            body = req.jsonBody();
        const auto userId = optionalString(body, "userId");
        const auto username = optionalString(body, "username");
        auto conn = ctx.db.acquire();
        const auto course = requireVisibleCourse(*conn, me, req.param("id"));
        std::string target = me.id;
        if ((userId && *userId != me.id) || (username && *username != me.username)) {
            if (!manages(me, course))
                throw forbidden("only the course's instructor or an admin may enroll others");
            const auto user =
                userId ? users::findById(*conn, *userId) : users::findByUsername(*conn, *username);
            if (!user)
                throw notFound("no such user");
            target = user->id;
        } else if (!manages(me, course)) {
            if (course.archived)
                throw conflict("the course is archived", "course_archived");
            if (course.latestVersion == 0)
                throw notFound("no such course");
            if (!course.openEnrollment)
                throw ApiError(403, "enrollment_closed",
                               "this course takes enrollments from its instructor only");
        }
        const bool created = courses::enroll(*conn, course.id, target, me.id);
        catalog->forgetEnrollments(target);  // other instances: the enrollments trigger
        return HttpResponse::json(
            created ? 201 : 200, {{"courseId", course.id}, {"userId", target}, {"enrolled", true}});
    });

    // Students get the learner copy (graded quizzes' answer keys withheld); the course's
    // instructor and admins get the stored copy, keys included.
    auto learnerCopies = std::make_shared<LearnerManifestCache>();
    ctx.router.add("GET", "/api/v1/courses/{id}/versions/{n}/manifest", [&ctx, learnerCopies](
                                                                           HttpRequest& req) {
        const auto me = ctx.auth.requireUser(req);
        const auto& n = req.param("n");
        if (n.empty() || n.size() > 9 || n.find_first_not_of("0123456789") != std::string::npos)
            throw notFound("no such version");
        auto conn = ctx.db.acquire();
        const auto course = courses::find(*conn, req.param("id"));
        if (!course)
            throw notFound("no such course");
        if (!manages(me, *course) && !courses::isEnrolled(*conn, course->id, me.id))
            throw notFound("no such course");
        const int version = std::stoi(n);
        auto manifest = courses::manifest(*conn, course->id, version);
        if (!manifest)
            throw notFound("no such version");
        if (!manages(me, *course))
            manifest = learnerCopies->fromStored(course->id, version, *manifest)->json;
        // A version never changes: clients may keep it for good.
        return conditionalJson(req, std::move(*manifest), "private, max-age=31536000, immutable");
    });

    ctx.router.add("GET", "/api/v1/me/enrollments", [&ctx, catalog](HttpRequest& req) {
        const auto me = ctx.auth.requireUser(req);
        auto conn = ctx.db.acquire();
        return HttpResponse::json(200, enrolledCourses(*conn, *catalog, me.id));
    });

    ctx.router.add("GET", "/api/v1/users/{id}/enrollments", [&ctx, catalog](HttpRequest& req) {
        const auto me = ctx.auth.requireUser(req);
        const auto& id = req.param("id");
        // Someone else's data is not found, rather than forbidden, unless you are an admin.
        if (id != me.id && !me.isAdmin())
            throw notFound("no such user");
        auto conn = ctx.db.acquire();
        if (!users::findById(*conn, id))
            throw notFound("no such user");
        return HttpResponse::json(200, enrolledCourses(*conn, *catalog, id));
    });
}

}  // namespace satchel::server
