#include "sync/quiz_completion.h"

#include <algorithm>
#include <chrono>
#include <set>

namespace satchel::server::sync {
namespace {

std::uint64_t nowMs() {
    return static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                          std::chrono::system_clock::now().time_since_epoch())
                                          .count());
}

// A lesson passed by one of this push's grades.
struct PassedLesson {
    Uuid courseId;
    Uuid lessonId;
    bool alreadyCompleted = false;
};

// Whether the version the attempt was made against says passing completes the lesson.
bool passingCompletes(const CourseAccessMap& courses, const Uuid& courseId, std::uint32_t version,
                      const Uuid& lessonId) {
    const auto it = courses.find(courseId);
    if (it == courses.end() || !it->second.content)
        return false;
    const Lesson* lesson = it->second.content->lessonIn(version, lessonId);
    return lesson != nullptr && lesson->completion.kind == CompletionKind::QuizPassed;
}

}  // namespace

const Uuid& serverDeviceId() {
    static const Uuid id = *Uuid::parse("00000000-0000-7000-8000-000000000001");
    return id;
}

std::vector<Uuid> completeQuizLessonsPassedByGrades(PgConnection& conn, const std::string& userId,
                                                    std::int64_t firstGradeSeq,
                                                    const CourseAccessMap& courses) {
    // The user's feed is locked: lesson_states cannot change under this read.
    const auto rows = conn.exec(
        "SELECT DISTINCT g.course_id, g.lesson_id, a.course_version, coalesce(s.completed, false)"
        " FROM attempt_grades g JOIN quiz_attempts a ON a.id = g.attempt_id"
        " LEFT JOIN lesson_states s ON s.user_id = g.user_id AND s.course_id = g.course_id"
        "   AND s.lesson_id = g.lesson_id"
        " WHERE g.user_id = $1::uuid AND g.seq >= $2::bigint AND g.passed",
        {userId, static_cast<long long>(firstGradeSeq)});
    std::vector<PassedLesson> passed;
    std::set<std::pair<Uuid, Uuid>> seen;  // two passing versions of one lesson: one completion
    for (int r = 0; r < rows.rows(); ++r) {
        PassedLesson p{*Uuid::parse(rows.text(r, 0)), *Uuid::parse(rows.text(r, 1)),
                       rows.boolean(r, 3)};
        const auto version = static_cast<std::uint32_t>(rows.integer(r, 2));
        if (passingCompletes(courses, p.courseId, version, p.lessonId) &&
            seen.emplace(p.courseId, p.lessonId).second)
            passed.push_back(p);
    }

    std::vector<PushItem> completions;
    const Hlc hlc{std::min(nowMs(), Hlc::kMaxWallMillis), 0};
    for (const auto& p : passed) {
        if (p.alreadyCompleted)
            continue;
        ProgressEvent e;
        e.id = newUuidV7();
        e.courseId = p.courseId;
        e.lessonId = p.lessonId;
        e.deviceId = serverDeviceId();
        e.hlc = hlc;
        e.kind = ProgressKind::Completed;
        PushItem item;
        item.id = e.id;
        item.event = e;
        completions.push_back(std::move(item));
    }
    if (!completions.empty()) {
        // The same steps as a device's Completed events: new feed seqs (the lock is already
        // ours), the event log, then the materialised states.
        const auto count = static_cast<std::int64_t>(completions.size());
        const auto appended = appendEvents(conn, userId, serverDeviceId(), count, completions);
        if (!appended.applied.empty())
            updateLessonStatesAndActivity(conn, userId, appended.applied,
                                          appended.firstSeq + count - 1);
    }

    std::vector<Uuid> out;
    for (const auto& p : passed)
        if (std::find(out.begin(), out.end(), p.courseId) == out.end())
            out.push_back(p.courseId);
    return out;
}

std::vector<Uuid> coursesToCheckForCompletion(const std::vector<const ProgressEvent*>& applied,
                                              const std::vector<Uuid>& passed) {
    std::set<Uuid> courses(passed.begin(), passed.end());
    for (const auto* event : applied)
        if (event->kind == ProgressKind::Completed)
            courses.insert(event->courseId);
    return {courses.begin(), courses.end()};
}

}  // namespace satchel::server::sync
