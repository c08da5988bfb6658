#include "sync/progress_report.h"

#include <cstdlib>
#include <map>

#include "satchel/merge.h"
#include "sync/lesson_state_codec.h"

namespace satchel::server::sync {
namespace {

struct StudentData {
    ProgressState state;
    std::map<Uuid, int> attemptsByLesson;
};

std::uint64_t mediaDuration(const CourseManifest& manifest, const Lesson& lesson,
                            const LessonState* state) {
    if (const Asset* asset = manifest.findAsset(lesson.assetSha256); asset && asset->durationMs)
        return *asset->durationMs;
    return state ? state->mediaDurationMs : 0;
}

LessonProgress progressOf(const CourseManifest& manifest, const Lesson& lesson,
                          const StudentData& data) {
    LessonProgress out;
    const LessonState* state = data.state.lesson(lesson.id);
    const std::uint64_t duration = mediaDuration(manifest, lesson, state);
    if (state) {
        out.percentWatched = percentWatched(state->watched, duration);
        out.opened = state->isOpened();
        out.timeSpentMs = state->totalTimeSpentMs();
    }
    out.completed = isLessonCompleted(data.state, lesson, duration);
    if (const auto it = data.attemptsByLesson.find(lesson.id); it != data.attemptsByLesson.end())
        out.attempts = it->second;
    for (const auto& [attemptId, grade] : data.state.grades) {
        if (grade.lessonId != lesson.id)
            continue;
        const auto ratio = [](const Score& s) {
            return s.maxPoints > 0 ? s.points / s.maxPoints : 0.0;
        };
        if (!out.bestScore || ratio(grade.score) > ratio(*out.bestScore))
            out.bestScore = grade.score;
    }
    return out;
}

}  // namespace

ProgressReport buildProgressReport(PgConnection& conn, CourseContentCache& cache,
                                   const std::string& courseId, const std::string& title,
                                   std::uint32_t latestVersion) {
    ProgressReport report;
    report.courseId = courseId;
    report.title = title;
    report.version = latestVersion;
    const auto course = *Uuid::parse(courseId);
    if (latestVersion > 0)
        report.content = cache.get(conn, course, latestVersion);
    const CourseManifest* manifest = report.content ? report.content->latest() : nullptr;
    if (manifest)
        for (const auto& module : manifest->modules)
            for (const auto& lesson : module.lessons)
                report.lessons.push_back({&module, &lesson});

    std::map<std::string, StudentData> data;
    const auto students = conn.exec(
        "SELECT u.id, u.username, u.display_name FROM enrollments e JOIN users u ON u.id = "
        "e.user_id"
        " WHERE e.course_id = $1::uuid ORDER BY u.username_key, u.id",
        {courseId});
    const auto states = conn.exec(
        "SELECT user_id, state::text FROM lesson_states WHERE course_id = $1::uuid", {courseId});
    for (int r = 0; r < states.rows(); ++r) {
        auto state = decodeLessonState(states.text(r, 1));
        if (!state)
            throw DatabaseError("XX000",
                                "lesson_states of course " + courseId + ": " + state.error());
        data[states.text(r, 0)].state.lessons[state->lessonId] = std::move(*state);
    }
    const auto attempts = conn.exec(
        "SELECT a.user_id, a.id, a.lesson_id, g.points, g.max_points, g.passed, g.graded_at_ms"
        " FROM quiz_attempts a LEFT JOIN attempt_grades g ON g.attempt_id = a.id WHERE a.course_id "
        "= $1::uuid",
        {courseId});
    for (int r = 0; r < attempts.rows(); ++r) {
        auto& student = data[attempts.text(r, 0)];
        QuizAttempt attempt;
        attempt.id = *Uuid::parse(attempts.text(r, 1));
        attempt.courseId = course;
        attempt.lessonId = *Uuid::parse(attempts.text(r, 2));
        ++student.attemptsByLesson[attempt.lessonId];
        if (!attempts.isNull(r, 3)) {
            AttemptGrade grade{
                attempt.id, course, attempt.lessonId,
                Score{std::strtod(attempts.text(r, 3).c_str(), nullptr),
                      std::strtod(attempts.text(r, 4).c_str(), nullptr), attempts.boolean(r, 5)},
                attempts.integer(r, 6)};
            student.state.grades[attempt.id] = grade;
        }
        student.state.attempts[attempt.id] = std::move(attempt);
    }

    for (int r = 0; r < students.rows(); ++r) {
        StudentProgress student{students.text(r, 0), students.text(r, 1), students.text(r, 2), {}};
        const StudentData& mine = data[student.userId];
        for (const auto& entry : report.lessons)
            student.lessons.push_back(progressOf(*manifest, *entry.lesson, mine));
        report.students.push_back(std::move(student));
    }
    return report;
}

}  // namespace satchel::server::sync
