#include "jobs/certificates/course_completion.h"

#include <set>

#include "jobs/certificates/certificate_jobs.h"

namespace satchel::server::jobs {
namespace {

// The manifest's lesson ids as a PostgreSQL uuid[] literal ({a,b,c}); uuids need no quoting.
std::string lessonIdArray(const CourseManifest& manifest, std::size_t& count) {
    std::string literal = "{";
    count = 0;
    for (const auto& module : manifest.modules)
        for (const auto& lesson : module.lessons) {
            if (count++ > 0)
                literal += ',';
            literal += lesson.id.toString();
        }
    return literal + "}";
}

}  // namespace

void queueCertificatesOnCompletion(
    PgConnection& conn, const std::string& userId, const std::vector<const ProgressEvent*>& applied,
    const std::function<const CourseManifest*(const Uuid& courseId)>& latestManifest) {
    std::set<Uuid> courses;
    for (const auto* event : applied)
        if (event->kind == ProgressKind::Completed)
            courses.insert(event->courseId);
    for (const auto& courseId : courses) {
        const CourseManifest* manifest = latestManifest(courseId);
        if (manifest == nullptr)
            continue;
        std::size_t lessons = 0;
        const std::string ids = lessonIdArray(*manifest, lessons);
        if (lessons == 0)
            continue;  // nothing to complete: no certificate for an empty course
        const auto done = conn.exec(
            "SELECT count(*) FROM lesson_states WHERE user_id = $1::uuid AND course_id = $2::uuid"
            " AND completed AND lesson_id = ANY($3::uuid[])",
            {userId, courseId.toString(), ids});
        if (static_cast<std::size_t>(done.integer(0, 0)) == lessons)
            enqueueCertificate(conn, userId, courseId.toString());
    }
}

}  // namespace satchel::server::jobs
