#include "sync/trending.h"

namespace satchel::server::sync {

nlohmann::json trendingJson(PgConnection& conn, CourseContentCache& cache, int limit) {
    using nlohmann::json;
    static constexpr const char* kWindow =
        " FROM learner_activity a JOIN courses c ON c.id = a.course_id"
        " WHERE a.day > (now() AT TIME ZONE 'UTC')::date - 7 AND c.archived_at IS NULL";
    const auto courses = conn.exec(
        std::string("SELECT a.course_id, c.title, count(DISTINCT a.user_id) AS learners") +
            kWindow + " GROUP BY a.course_id, c.title ORDER BY learners DESC, a.course_id LIMIT $1",
        {limit});
    json courseList = json::array();
    for (int r = 0; r < courses.rows(); ++r)
        courseList.push_back({{"courseId", courses.text(r, 0)},
                              {"title", courses.text(r, 1)},
                              {"learners", courses.integer(r, 2)}});

    const auto lessons = conn.exec(
        std::string(
            "SELECT a.course_id, a.lesson_id, c.title, count(DISTINCT a.user_id) AS learners,"
            " (SELECT max(v.version) FROM course_versions v WHERE v.course_id = a.course_id)") +
            kWindow +
            " GROUP BY a.course_id, a.lesson_id, c.title ORDER BY learners DESC, a.course_id, "
            "a.lesson_id LIMIT $1",
        {limit});
    json lessonList = json::array();
    for (int r = 0; r < lessons.rows(); ++r) {
        const auto courseId = *Uuid::parse(lessons.text(r, 0));
        const auto lessonId = *Uuid::parse(lessons.text(r, 1));
        std::string title;
        if (!lessons.isNull(r, 4)) {
            const auto content =
                cache.get(conn, courseId, static_cast<std::uint32_t>(lessons.integer(r, 4)));
            if (const Lesson* lesson = content->lesson(lessonId))
                title = lesson->title;
        }
        lessonList.push_back({{"courseId", courseId.toString()},
                              {"courseTitle", lessons.text(r, 2)},
                              {"lessonId", lessonId.toString()},
                              {"title", title},
                              {"learners", lessons.integer(r, 3)}});
    }
    return json{
        {"windowDays", 7}, {"courses", std::move(courseList)}, {"lessons", std::move(lessonList)}};
}

}  // namespace satchel::server::sync
