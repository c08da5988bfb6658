#include "sync/push_service.h"

#include <unordered_map>

#include "http/types.h"
#include "satchel/protocol/codec.h"
#include "sync/pg_array.h"
#include "sync/push_steps.h"
#include "sync/quiz_completion.h"
#ifdef SATCHEL_SYNC_HAVE_JOBS
#include "jobs/certificates/course_completion.h"
#endif

namespace satchel::server::sync {
namespace {

// Repeated ids in one batch share the fate of their first occurrence: a repeat of a rejected
// item is rejected for the same reason rather than acknowledged as a harmless duplicate.
void settleRepeats(std::vector<PushItem>& items) {
    std::unordered_map<Uuid, const PushItem*> first;
    for (auto& item : items) {
        if (!item.repeatedInBatch) {
            if (!item.id.isNil())
                first.emplace(item.id, &item);
            continue;
        }
        const auto it = first.find(item.id);
        if (it != first.end() && it->second->rejection)
            item.rejection = it->second->rejection;
    }
}

std::int64_t countPending(const std::vector<PushItem>& items) {
    std::int64_t n = 0;
    for (const auto& item : items)
        n += item.pending() ? 1 : 0;
    return n;
}

void addAcks(PushResponse& response, const std::vector<PushItem>& items) {
    for (const auto& item : items) {
        EventAck ack;
        ack.id = item.id;
        ack.status = item.status();
        if (item.rejection) {
            ack.reason = item.rejection->reason;
            ack.message = item.rejection->message;
        }
        response.acks.push_back(std::move(ack));
    }
}

}  // namespace

PushResponse PushService::apply(const std::string& userId, PushBatch& batch) {
    auto conn = db_.acquire();
    Transaction tx(*conn);
    const auto courses = claimDeviceAndLoadAccess(*conn, userId, batch, courses_);
    checkAccess(batch, courses);
    settleRepeats(batch.events);
    settleRepeats(batch.attempts);

    const std::int64_t events = countPending(batch.events);
    const std::int64_t attempts = countPending(batch.attempts);
    if (events + attempts > 0) {
        // Reserving the seqs locks the user's feed; every later statement runs under it.
        const auto [first, applied] =
            appendEvents(*conn, userId, batch.deviceId, events + 2 * attempts, batch.events);
        if (!applied.empty())
            updateLessonStatesAndActivity(*conn, userId, applied, first + events - 1);
        std::vector<Uuid> passedQuizCourses;
        if (attempts > 0) {
            appendAttempts(*conn, userId, batch.deviceId, first + events, batch.attempts, courses);
            // A passing grade completes its quiz lesson (sync/quiz_completion.h).
            passedQuizCourses =
                completeQuizLessonsPassedByGrades(*conn, userId, first + events, courses);
        }
#ifdef SATCHEL_SYNC_HAVE_JOBS
        // Jobs module hook, after states and grades: queues the certificate of each course this
        // push completed, in this transaction (see jobs/certificates/course_completion.h).
        jobs::queueCertificatesOnCompletion(
            *conn, userId, coursesToCheckForCompletion(applied, passedQuizCourses),
            [&](const Uuid& course) {
                const auto it = courses.find(course);
                return it == courses.end() || !it->second.content ? nullptr
                                                                  : it->second.content->latest();
            });
#endif
    }
    storeRejections(*conn, userId, batch);
    tx.commit();

    PushResponse response;
    response.acks.reserve(batch.events.size() + batch.attempts.size());
    addAcks(response, batch.events);
    addAcks(response, batch.attempts);
    return response;
}

CourseAccessMap claimDeviceAndLoadAccess(PgConnection& conn, const std::string& userId,
                                         const PushBatch& batch, CourseContentCache& cache) {
    CourseAccessMap courses;
    PgArray ids;
    auto note = [&](const Uuid& id) {
        if (courses.emplace(id, CourseAccess{}).second)
            ids.add(id);
    };
    for (const auto& item : batch.events)
        if (item.event && !item.rejection)
            note(item.event->courseId);
    for (const auto& item : batch.attempts)
        if (item.attempt && !item.rejection)
            note(item.attempt->courseId);

    // One round trip for both: the claim's upsert only updates (and returns a row) for the
    // owner, and the LEFT JOIN from a one-row relation yields one row even when the batch
    // names no course (c.id NULL), so `owned` always comes back.
    const auto rows = conn.exec(
        "WITH claim AS ("
        " INSERT INTO sync_devices AS d (device_id, user_id) VALUES ($1::uuid, $2::uuid)"
        " ON CONFLICT (device_id) DO UPDATE SET last_push = now()"
        " WHERE d.user_id = EXCLUDED.user_id RETURNING user_id)"
        " SELECT EXISTS (SELECT 1 FROM claim), c.id,"
        " coalesce((SELECT max(v.version) FROM course_versions v WHERE v.course_id = c.id), 0),"
        " EXISTS (SELECT 1 FROM enrollments e WHERE e.course_id = c.id AND e.user_id = $2::uuid)"
        " FROM (VALUES (1)) AS one (x) LEFT JOIN courses c ON c.id = ANY($3::uuid[])",
        {batch.deviceId.toString(), userId, ids.literal()});
    if (rows.empty() || !rows.boolean(0, 0))
        throw forbidden("this device is registered to another account");
    for (int r = 0; r < rows.rows(); ++r) {
        if (rows.isNull(r, 1))
            continue;
        const Uuid courseId = *Uuid::parse(rows.text(r, 1));
        auto& access = courses[courseId];
        access.exists = true;
        access.enrolled = rows.boolean(r, 3);
        const auto latest = static_cast<std::uint32_t>(rows.integer(r, 2));
        if (latest > 0 && access.enrolled)
            access.content = cache.get(conn, courseId, latest);
    }
    return courses;
}

namespace {

std::optional<Rejection> courseProblem(const CourseAccess* access) {
    if (access == nullptr || !access->exists)
        return Rejection{RejectReason::UnknownCourse, "no such course"};
    if (!access->enrolled)
        return Rejection{RejectReason::NotEnrolled, "not enrolled in this course"};
    if (!access->content || access->content->latestVersion() == 0)
        return Rejection{RejectReason::UnknownCourse, "the course has no published version"};
    return std::nullopt;
}

const CourseAccess* find(const CourseAccessMap& courses, const Uuid& id) {
    const auto it = courses.find(id);
    return it == courses.end() ? nullptr : &it->second;
}

}  // namespace

void checkAccess(PushBatch& batch, const CourseAccessMap& courses) {
    for (auto& item : batch.events) {
        if (!item.event || item.rejection)
            continue;
        const auto* access = find(courses, item.event->courseId);
        if (auto problem = courseProblem(access))
            item.rejection = std::move(problem);
        else if (!access->content->lesson(item.event->lessonId))
            item.rejection =
                Rejection{RejectReason::UnknownLesson, "no such lesson in this course"};
    }
    for (auto& item : batch.attempts) {
        if (!item.attempt || item.rejection)
            continue;
        const auto& attempt = *item.attempt;
        const auto* access = find(courses, attempt.courseId);
        if (auto problem = courseProblem(access)) {
            item.rejection = std::move(problem);
            continue;
        }
        const Lesson* lesson = access->content->lessonIn(attempt.courseVersion, attempt.lessonId);
        if (attempt.courseVersion > access->content->latestVersion())
            item.rejection =
                Rejection{RejectReason::Invalid, "courseVersion: no such version of the course"};
        else if (!lesson)
            item.rejection =
                Rejection{RejectReason::UnknownLesson, "no such lesson in that course version"};
        else if (lesson->kind != LessonKind::Quiz || !lesson->quiz)
            item.rejection = Rejection{RejectReason::Invalid, "lessonId: the lesson is not a quiz"};
    }
}

std::int64_t reserveSeqs(PgConnection& conn, const std::string& userId, std::int64_t count) {
    const auto hi = conn.exec("SELECT sync_reserve_seq($1::uuid, $2::bigint)",
                              {userId, static_cast<long long>(count)});
    return hi.integer(0, 0) - count + 1;
}

void storeRejections(PgConnection& conn, const std::string& userId, const PushBatch& batch) {
    PgArray ids, kinds, reasons, messages, payloads;
    auto add = [&](const PushItem& item, const char* kind, const std::string& canonical) {
        if (!item.rejection)
            return;
        if (item.id.isNil())
            ids.addNull();
        else
            ids.add(item.id);
        kinds.addText(kind);
        reasons.addText(toString(item.rejection->reason));
        messages.addText(item.rejection->message);
        payloads.addText(item.raw.empty() ? canonical : item.raw);
    };
    for (const auto& item : batch.events)
        if (item.rejection)
            add(item, "event", item.event ? encode(*item.event) : std::string("{}"));
    for (const auto& item : batch.attempts)
        if (item.rejection)
            add(item, "attempt", item.attempt ? encode(*item.attempt) : std::string("{}"));
    if (ids.size() == 0)
        return;
    conn.exec(
        "INSERT INTO sync_rejections (user_id, device_id, item_id, item_kind, reason, message, "
        "payload)"
        " SELECT $1::uuid, $2::uuid, r.id, r.kind, r.reason, r.message, r.payload"
        " FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[])"
        "   AS r(id, kind, reason, message, payload)",
        {userId, batch.deviceId.toString(), ids.literal(), kinds.literal(), reasons.literal(),
         messages.literal(), payloads.literal()});
}

}  // namespace satchel::server::sync
