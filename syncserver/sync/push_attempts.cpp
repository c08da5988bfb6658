// Step 6 of a push: quiz attempts, stored immutable, then graded on the server with shared's
// grader and the answer keys of the course version the attempt was made against. Practice and
// graded quizzes are graded the same way; a graded quiz's result is also announced as a
// "quiz.graded" push event (the student could not score it offline: the keys of graded quizzes
// never leave the server). The push event is the notification: pull delivers it too (0050).
#include <chrono>
#include <unordered_map>
#include <unordered_set>

#include "satchel/grading.h"
#include "satchel/protocol/codec.h"
#include "sync/pg_array.h"
#include "sync/push_steps.h"

namespace satchel::server::sync {
namespace {

std::int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Sorts out the pending attempts the insert did not store: the same attempt again is a
// duplicate, other content under the same id a conflict, another account's id forbidden.
void classifyStored(PgConnection& conn, const std::string& userId,
                    std::vector<PushItem*>& notStored) {
    PgArray ids;
    for (const auto* item : notStored)
        ids.add(item->id);
    const auto rows = conn.exec(
        "SELECT id, user_id = $2::uuid, body FROM quiz_attempts WHERE id = ANY($1::uuid[])",
        {ids.literal(), userId});
    std::unordered_map<Uuid, std::pair<bool, std::string>> stored;
    for (int r = 0; r < rows.rows(); ++r)
        stored[*Uuid::parse(rows.text(r, 0))] = {rows.boolean(r, 1), rows.text(r, 2)};
    for (auto* item : notStored) {
        const auto it = stored.find(item->id);
        if (it == stored.end() || !it->second.first)
            item->rejection =
                Rejection{RejectReason::Forbidden, "this id belongs to another account's attempt"};
        else if (it->second.second != encode(*item->attempt))
            item->rejection = Rejection{RejectReason::Conflict,
                                        "an attempt with this id and other answers is stored"};
        else
            item->duplicate = true;
    }
}

}  // namespace

void appendAttempts(PgConnection& conn, const std::string& userId, const Uuid& deviceId,
                    std::int64_t firstSeq, std::vector<PushItem>& attempts,
                    const CourseAccessMap& courses) {
    PgArray ids, seqs, courseIds, lessons, versions, submitted, bodies;
    std::vector<PushItem*> pending;
    std::int64_t seq = firstSeq;
    for (auto& item : attempts) {
        if (!item.pending())
            continue;
        const QuizAttempt& a = *item.attempt;
        pending.push_back(&item);
        ids.add(a.id);
        seqs.add(seq);
        seq += 2;  // the attempt, its grade
        courseIds.add(a.courseId);
        lessons.add(a.lessonId);
        versions.add(static_cast<std::int64_t>(a.courseVersion));
        submitted.add(a.submittedAtMs);
        bodies.addText(encode(a));
    }
    if (pending.empty())
        return;
    const auto inserted = conn.exec(
        "INSERT INTO quiz_attempts (id, user_id, seq, course_id, lesson_id, course_version, "
        "device_id,"
        " submitted_at_ms, body)"
        " SELECT a.id, $1::uuid, a.seq, a.course_id, a.lesson_id, a.version, $2::uuid, "
        "a.submitted, a.body"
        " FROM unnest($3::uuid[], $4::bigint[], $5::uuid[], $6::uuid[], $7::integer[], "
        "$8::bigint[], $9::text[])"
        "   AS a(id, seq, course_id, lesson_id, version, submitted, body)"
        " ON CONFLICT (id) DO NOTHING RETURNING id",
        {userId, deviceId.toString(), ids.literal(), seqs.literal(), courseIds.literal(),
         lessons.literal(), versions.literal(), submitted.literal(), bodies.literal()});
    std::unordered_set<Uuid> fresh;
    for (int r = 0; r < inserted.rows(); ++r)
        fresh.insert(*Uuid::parse(inserted.text(r, 0)));

    PgArray gradeIds, gradeSeqs, gradeCourses, gradeLessons, points, maxPoints, passed;
    PgArray noteAttempts, noteCourses, noteLessons, noteVersions, noteTitles, notePoints,
        noteMaxPoints, notePassed;
    std::vector<PushItem*> notStored;
    const std::int64_t gradedAt = nowMs();
    seq = firstSeq;
    for (auto* item : pending) {
        const std::int64_t attemptSeq = seq;
        seq += 2;
        if (!fresh.count(item->id)) {
            notStored.push_back(item);
            continue;
        }
        const QuizAttempt& a = *item->attempt;
        // checkAccess() made sure the version has this lesson and that it is a quiz.
        const Lesson& lesson =
            *courses.at(a.courseId).content->lessonIn(a.courseVersion, a.lessonId);
        const Score score = gradeAttempt(*lesson.quiz, a.answers).score;
        gradeIds.add(a.id);
        gradeSeqs.add(attemptSeq + 1);
        gradeCourses.add(a.courseId);
        gradeLessons.add(a.lessonId);
        points.add(score.points);
        maxPoints.add(score.maxPoints);
        passed.add(score.passed);
        if (lesson.quiz->mode == QuizMode::Graded) {
            noteAttempts.add(a.id);
            noteCourses.add(a.courseId);
            noteLessons.add(a.lessonId);
            noteVersions.add(static_cast<std::int64_t>(a.courseVersion));
            noteTitles.addText(lesson.title);
            notePoints.add(score.points);
            noteMaxPoints.add(score.maxPoints);
            notePassed.add(score.passed);
        }
    }
    if (!notStored.empty())
        classifyStored(conn, userId, notStored);
    if (gradeIds.size() > 0)
        conn.exec(
            "INSERT INTO attempt_grades (attempt_id, user_id, seq, course_id, lesson_id, points, "
            "max_points,"
            " passed, graded_at_ms)"
            " SELECT g.id, $1::uuid, g.seq, g.course_id, g.lesson_id, g.points, g.max_points, "
            "g.passed, $2::bigint"
            " FROM unnest($3::uuid[], $4::bigint[], $5::uuid[], $6::uuid[], $7::float8[], "
            "$8::float8[], $9::boolean[])"
            "   AS g(id, seq, course_id, lesson_id, points, max_points, passed)",
            {userId, static_cast<long long>(gradedAt), gradeIds.literal(), gradeSeqs.literal(),
             gradeCourses.literal(), gradeLessons.literal(), points.literal(), maxPoints.literal(),
             passed.literal()});
    // The push event (push module, 0020/0050) is created after this user's feed seqs were
    // reserved: feed row first, push counter second, the lock order every writer keeps.
    if (noteAttempts.size() > 0)
        conn.exec(
            "SELECT push_create_event($1::uuid, 'quiz.graded', jsonb_build_object("
            "'attempt_id', n.attempt_id, 'course_id', n.course_id, 'lesson_id', n.lesson_id,"
            " 'course_version', n.version, 'quiz_title', n.title, 'points', n.points,"
            " 'max_points', n.max_points, 'passed', n.passed))"
            " FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::integer[], $6::text[],"
            " $7::float8[], $8::float8[], $9::boolean[])"
            "   AS n(attempt_id, course_id, lesson_id, version, title, points, max_points, passed)",
            {userId, noteAttempts.literal(), noteCourses.literal(), noteLessons.literal(),
             noteVersions.literal(), noteTitles.literal(), notePoints.literal(),
             noteMaxPoints.literal(), notePassed.literal()});
}

}  // namespace satchel::server::sync
