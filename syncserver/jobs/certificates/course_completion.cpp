#include "jobs/certificates/course_completion.h"

#include "jobs/certificates/certificate_jobs.h"

namespace satchel::server::jobs {
namespace {

// The manifest's lesson ids as PostgreSQL uuid[] literals ({a,b,c}; uuids need no quoting):
// all of them, and those only a passing grade completes.
struct LessonIds {
    std::string all = "{";
    std::string needPass = "{";
    std::size_t count = 0;
};

LessonIds lessonIds(const CourseManifest& manifest) {
    LessonIds ids;
    bool firstNeedPass = true;
    for (const auto& module : manifest.modules)
        for (const auto& lesson : module.lessons) {
            if (ids.count++ > 0)
                ids.all += ',';
            ids.all += lesson.id.toString();
            if (lesson.completion.kind == CompletionKind::QuizPassed) {
                if (!firstNeedPass)
                    ids.needPass += ',';
                firstNeedPass = false;
                ids.needPass += lesson.id.toString();
            }
        }
    ids.all += '}';
    ids.needPass += '}';
    return ids;
}

}  // namespace

void queueCertificatesOnCompletion(
    PgConnection& conn, const std::string& userId, const std::vector<Uuid>& courses,
    const std::function<const CourseManifest*(const Uuid& courseId)>& latestManifest) {
    for (const auto& courseId : courses) {
        const CourseManifest* manifest = latestManifest(courseId);
        if (manifest == nullptr)
            continue;
        const LessonIds ids = lessonIds(*manifest);
        if (ids.count == 0)
            continue;  // nothing to complete: no certificate for an empty course
        // attempt_grades_passed (0060) answers the EXISTS with an index probe.
        const auto done = conn.exec(
            "SELECT count(*) FROM lesson_states s WHERE s.user_id = $1::uuid"
            " AND s.course_id = $2::uuid AND s.completed AND s.lesson_id = ANY($3::uuid[])"
            " AND (s.lesson_id <> ALL($4::uuid[]) OR EXISTS (SELECT 1 FROM attempt_grades g"
            "   WHERE g.user_id = s.user_id AND g.lesson_id = s.lesson_id AND g.passed))",
            {userId, courseId.toString(), ids.all, ids.needPass});
        if (static_cast<std::size_t>(done.integer(0, 0)) == ids.count)
            enqueueCertificate(conn, userId, courseId.toString());
    }
}

}  // namespace satchel::server::jobs
