#include "sync/pull_service.h"

#include <algorithm>
#include <cstdlib>

#include "satchel/protocol/codec.h"
#include "sync/cursor.h"

namespace satchel::server::sync {
namespace {

Uuid uuidAt(const PgResult& rows, int r, int c) {
    return *Uuid::parse(rows.text(r, c));
}

std::uint64_t unsignedAt(const PgResult& rows, int r, int c) {
    return rows.isNull(r, c) ? 0 : static_cast<std::uint64_t>(rows.integer(r, c));
}

double doubleAt(const PgResult& rows, int r, int c) {
    return std::strtod(rows.text(r, c).c_str(), nullptr);
}

void readEvents(PgConnection& conn, const std::vector<PgParam>& range, PullResponse& page) {
    const auto rows = conn.exec(
        "SELECT id, course_id, lesson_id, device_id, hlc, kind, start_ms, end_ms, duration_ms, "
        "position_ms,"
        " total_ms FROM progress_events WHERE user_id = $1::uuid AND seq > $2 AND seq <= $3 ORDER "
        "BY seq",
        range);
    page.events.reserve(static_cast<std::size_t>(rows.rows()));
    for (int r = 0; r < rows.rows(); ++r) {
        ProgressEvent e;
        e.id = uuidAt(rows, r, 0);
        e.courseId = uuidAt(rows, r, 1);
        e.lessonId = uuidAt(rows, r, 2);
        e.deviceId = uuidAt(rows, r, 3);
        e.hlc = Hlc::fromPacked(static_cast<std::uint64_t>(rows.integer(r, 4)));
        e.kind = static_cast<ProgressKind>(rows.integer(r, 5));
        e.startMs = unsignedAt(rows, r, 6);
        e.endMs = unsignedAt(rows, r, 7);
        e.durationMs = unsignedAt(rows, r, 8);
        e.positionMs = unsignedAt(rows, r, 9);
        e.totalMs = unsignedAt(rows, r, 10);
        page.events.push_back(e);
    }
}

void readAttempts(PgConnection& conn, const std::vector<PgParam>& range, PullResponse& page) {
    const auto rows = conn.exec(
        "SELECT body FROM quiz_attempts WHERE user_id = $1::uuid AND seq > $2 AND seq <= $3 ORDER "
        "BY seq",
        range);
    for (int r = 0; r < rows.rows(); ++r) {
        auto attempt = decode<QuizAttempt>(rows.text(r, 0));
        // Stored bodies were encoded by this code after decoding; failing here is corruption.
        if (!attempt)
            throw DatabaseError("XX000",
                                "stored quiz attempt unreadable: " + attempt.error().describe());
        page.attempts.push_back(std::move(*attempt));
    }
}

void readGrades(PgConnection& conn, const std::vector<PgParam>& range, PullResponse& page) {
    const auto rows = conn.exec(
        "SELECT attempt_id, course_id, lesson_id, points, max_points, passed, graded_at_ms FROM "
        "attempt_grades"
        " WHERE user_id = $1::uuid AND seq > $2 AND seq <= $3 ORDER BY seq",
        range);
    for (int r = 0; r < rows.rows(); ++r) {
        AttemptGrade g;
        g.attemptId = uuidAt(rows, r, 0);
        g.courseId = uuidAt(rows, r, 1);
        g.lessonId = uuidAt(rows, r, 2);
        g.score = Score{doubleAt(rows, r, 3), doubleAt(rows, r, 4), rows.boolean(r, 5)};
        g.gradedAtMs = rows.integer(r, 6);
        page.grades.push_back(g);
    }
}

// ---- notifications: the user's push events (push module, db/migrations/0050) ----
struct NoticePage {
    std::int64_t lastSeq = 0;  // the next cursor's noticeSeq
    bool more = false;
};

constexpr const char* kNoticeColumns =
    "id, user_id, kind, title, body, course_id, course_version, attempt_id, created_at_ms, "
    "read_at_ms";

// Rows of kNoticeColumns from pull_notifications, as shared's Notification records.
void appendNotifications(const PgResult& rows, PullResponse& page) {
    for (int r = 0; r < rows.rows(); ++r) {
        const auto kind = parseNotificationKind(rows.text(r, 2));
        if (!kind)
            continue;  // a kind this build's model lacks: the push channel still carries it
        Notification n;
        n.id = uuidAt(rows, r, 0);
        n.userId = uuidAt(rows, r, 1);
        n.kind = *kind;
        n.title = rows.text(r, 3);
        n.body = rows.text(r, 4);
        if (!rows.isNull(r, 5))
            n.courseId = uuidAt(rows, r, 5);
        if (!rows.isNull(r, 6))
            n.courseVersion = static_cast<std::uint32_t>(rows.integer(r, 6));
        if (!rows.isNull(r, 7))
            n.attemptId = uuidAt(rows, r, 7);
        n.createdAtMs = rows.integer(r, 8);
        if (!rows.isNull(r, 9))
            n.readAtMs = rows.integer(r, 9);
        page.notifications.push_back(std::move(n));
    }
}

// Push events with afterSeq < seq <= the user's newest (read first), at most `limit`, as
// notifications; events of kinds the shared model does not show are passed over.
//
// Read state reaches other devices here too: a 'notification.read' event in the range (made by
// POST /api/v1/notifications/read, push/notification_reads.h) re-delivers the notifications it
// names with their read time; the client keeps the first read time it learns. So that a page
// stays within `limit` items, the range ends before a read event that would overflow it (each
// seq counts one item, a read event one more per id it names; a first event naming more ids
// than `limit` is still sent whole, within the wire's 5,000).
NoticePage readNotifications(PgConnection& conn, const std::string& userId, std::int64_t afterSeq,
                             std::int64_t limit, PullResponse& page) {
    const auto head = conn.exec("SELECT push_latest_seq($1::uuid)", {userId});
    const std::int64_t headSeq = head.integer(0, 0);
    const std::int64_t from = std::min(afterSeq, headSeq);
    std::int64_t to = std::min(headSeq, from + limit);
    if (to <= from)
        return NoticePage{to, to < headSeq};
    const auto reads = conn.exec(
        "SELECT seq, CASE WHEN jsonb_typeof(data->'ids') = 'array'"
        "                 THEN jsonb_array_length(data->'ids') ELSE 0 END"
        " FROM push_events WHERE user_id = $1::uuid AND seq > $2 AND seq <= $3"
        " AND kind = 'notification.read' ORDER BY seq",
        {userId, static_cast<long long>(from), static_cast<long long>(to)});
    std::int64_t redelivered = 0;
    for (int r = 0; r < reads.rows(); ++r) {
        const std::int64_t seq = reads.integer(r, 0);
        const std::int64_t named = reads.integer(r, 1);
        if ((seq - from) + redelivered + named > limit && seq > from + 1) {
            to = seq - 1;
            break;
        }
        redelivered += named;
    }
    NoticePage result{to, to < headSeq};
    const std::vector<PgParam> range{userId, static_cast<long long>(from),
                                     static_cast<long long>(to)};
    appendNotifications(conn.exec("SELECT " + std::string(kNoticeColumns) +
                                      " FROM pull_notifications WHERE user_id = $1::uuid"
                                      " AND seq > $2 AND seq <= $3 AND kind IS NOT NULL"
                                      " ORDER BY seq",
                                  range),
                        page);
    if (redelivered > 0) {
        // Notifications before the range that a read event in it names (ids are checked
        // before the cast: events are written by several modules, and tests write free-form
        // ones).
        appendNotifications(
            conn.exec("SELECT " + std::string(kNoticeColumns) +
                          " FROM pull_notifications WHERE user_id = $1::uuid AND seq <= $2"
                          " AND kind IS NOT NULL AND id IN ("
                          "   SELECT ref::uuid FROM push_events p, jsonb_array_elements_text("
                          "     CASE WHEN jsonb_typeof(p.data->'ids') = 'array' THEN p.data->'ids'"
                          "          ELSE '[]'::jsonb END) AS ref"
                          "    WHERE p.user_id = $1::uuid AND p.seq > $2 AND p.seq <= $3"
                          "      AND p.kind = 'notification.read'"
                          "      AND ref ~ '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$')"
                          " ORDER BY seq",
                      range),
            page);
    }
    return result;
}

void readCourseVersions(PgConnection& conn, const std::vector<PgParam>& range,
                        const CurrentUser& user, LearnerManifestCache& learnerCopies,
                        PullResponse& page) {
    const auto rows = conn.exec(
        "SELECT f.course_id, f.version, (extract(epoch FROM v.published_at) * 1000)::bigint, "
        "v.manifest_sha256, c.owner_id::text"
        " FROM sync_course_versions f JOIN course_versions v ON v.course_id = f.course_id AND "
        "v.version = f.version JOIN courses c ON c.id = f.course_id"
        " WHERE f.user_id = $1::uuid AND f.seq > $2 AND f.seq <= $3 ORDER BY f.seq",
        range);
    for (int r = 0; r < rows.rows(); ++r) {
        CourseVersion v;
        v.courseId = uuidAt(rows, r, 0);
        v.number = static_cast<std::uint32_t>(rows.integer(r, 1));
        v.publishedAtMs = rows.integer(r, 2);
        // The same rule as the manifest route (api/course_access.cpp manages()).
        const bool manages =
            user.isAdmin() || (user.role == Role::Instructor && rows.text(r, 4) == user.id);
        if (manages) {
            v.manifestSha256 = rows.text(r, 3);
        } else {
            const auto copy = learnerCopies.find(conn, rows.text(r, 0), static_cast<int>(v.number));
            if (!copy)  // versions are never deleted; the join above found this one
                throw DatabaseError("XX000", "course version vanished during pull");
            v.manifestSha256 = copy->sha256;
        }
        page.courseVersions.push_back(std::move(v));
    }
}

}  // namespace

PullResponse PullService::page(const CurrentUser& user, const PullCursor& cursor,
                               std::int64_t limit) {
    const std::string& userId = user.id;
    auto conn = db_.acquire();
    const auto head = conn->exec("SELECT seq FROM sync_heads WHERE user_id = $1::uuid", {userId});
    const std::int64_t headSeq = head.empty() ? 0 : head.integer(0, 0);
    const std::int64_t from = std::min(cursor.feedSeq, headSeq);
    const std::int64_t to = std::min(headSeq, from + limit);

    PullResponse page;
    if (to > from) {
        const std::vector<PgParam> range{userId, static_cast<long long>(from),
                                         static_cast<long long>(to)};
        readEvents(*conn, range, page);
        readAttempts(*conn, range, page);
        readGrades(*conn, range, page);
        readCourseVersions(*conn, range, user, learnerCopies_, page);
    }
    const auto notices = readNotifications(*conn, userId, cursor.noticeSeq, limit, page);
    page.cursor = encodePullCursor({to, notices.lastSeq});
    page.hasMore = to < headSeq || notices.more;
    return page;
}

}  // namespace satchel::server::sync
