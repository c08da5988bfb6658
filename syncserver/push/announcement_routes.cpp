#include "push/announcement_routes.h"

#include "api/course_access.h"
#include "auth/authenticator.h"
#include "push/event_store.h"

namespace satchel::server {
namespace {

constexpr std::size_t kMaxTitleChars = 200;
constexpr std::size_t kMaxBodyChars = 8000;

// Length in code points, so the limits mean the same in every script.
std::size_t codePoints(const std::string& s) {
    std::size_t n = 0;
    for (const unsigned char c : s)
        n += (c & 0xC0) != 0x80;
    return n;
}

std::string requireText(const nlohmann::json& body, const std::string& field,
                        std::size_t maxChars) {
    std::string value = requireString(body, field);
    if (value.empty())
        throw badRequest("field '" + field + "' must not be empty", "invalid_field");
    if (codePoints(value) > maxChars)
        throw badRequest(
            "field '" + field + "' is longer than " + std::to_string(maxChars) + " characters",
            "invalid_field");
    return value;
}

}  // namespace

void registerAnnouncementRoutes(ServerContext& ctx) {
    ctx.router.add("POST", "/api/v1/courses/{id}/announcements", [&ctx](HttpRequest& req) {
        const auto me = ctx.auth.requireRole(req, {Role::Instructor, Role::Admin});
        const auto body = req.jsonBody();
        const auto title = requireText(body, "title", kMaxTitleChars);
        const auto text = requireText(body, "body", kMaxBodyChars);
        auto conn = ctx.db.acquire();
        Transaction tx(*conn);
        const auto course = requireManagedCourse(*conn, me, req.param("id"));
        if (course.archived)
            throw conflict("the course is archived", "course_archived");
        const auto row = conn->exec(
            "INSERT INTO course_announcements (course_id, author_id, title, body) VALUES "
            "($1::uuid, $2::uuid, $3, $4)"
            " RETURNING id, to_char(created_at AT TIME ZONE 'UTC', "
            "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')",
            {course.id, me.id, title, text});
        nlohmann::json announcement{{"id", row.text(0, 0)}, {"courseId", course.id},
                                    {"title", title},       {"body", text},
                                    {"authorId", me.id},    {"createdAt", row.text(0, 1)}};
        const nlohmann::json event{{"announcement_id", row.text(0, 0)},
                                   {"course_id", course.id},
                                   {"course_title", course.title},
                                   {"title", title},
                                   {"body", text}};
        announcement["recipients"] =
            createCourseEvent(*conn, course.id, push_kind::kCourseAnnouncement, event, me.id);
        tx.commit();
        return HttpResponse::json(201, announcement);
    });

    ctx.router.add("GET", "/api/v1/courses/{id}/announcements", [&ctx](HttpRequest& req) {
        const auto me = ctx.auth.requireUser(req);
        auto conn = ctx.db.acquire();
        const auto course = requireVisibleCourse(*conn, me, req.param("id"));
        const auto rows = conn->exec(
            "SELECT id, title, body, author_id,"
            "       to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
            " FROM course_announcements WHERE course_id = $1::uuid ORDER BY created_at DESC, id "
            "LIMIT 100",
            {course.id});
        auto list = nlohmann::json::array();
        for (int i = 0; i < rows.rows(); ++i)
            list.push_back({{"id", rows.text(i, 0)},
                            {"courseId", course.id},
                            {"title", rows.text(i, 1)},
                            {"body", rows.text(i, 2)},
                            {"authorId", rows.text(i, 3)},
                            {"createdAt", rows.text(i, 4)}});
        return HttpResponse::json(200, {{"announcements", list}});
    });
}

}  // namespace satchel::server
