// Steps 3, 4, 5 and 7 of a push: the feed reservation, the event log (a COPY of new events), the
// materialised lesson states and the learner activity rollup (a read, then one statement that
// writes both). Fewer round trips matter: each one waits on a busy database.
#include <chrono>
#include <map>
#include <set>
#include <unordered_set>

#include "sync/event_copy.h"
#include "sync/lesson_state_codec.h"
#include "sync/pg_array.h"
#include "sync/push_steps.h"

namespace satchel::server::sync {

namespace {

// The usual batch holds only new events: COPY them (binary, event_copy.h) under a savepoint, in
// the round trip that sets it. One id already stored makes the COPY fail as a whole
// (unique_violation) with nothing written; the savepoint takes the failed statement back and
// the caller sorts the batch out with ON CONFLICT instead. Returns whether the COPY stored all.
bool copyNewEvents(PgConnection& conn, const std::string& userId, const Uuid& deviceId,
                   std::int64_t firstSeq, const std::vector<const ProgressEvent*>& events) {
    const auto user = Uuid::parse(userId);
    if (!user)
        throw DatabaseError("XX000", "push for a user id that is not a UUID: " + userId);
    static const std::string statement =
        std::string("SAVEPOINT push_events; COPY progress_events ") + kEventCopyColumns +
        " FROM STDIN (FORMAT binary)";
    try {
        conn.copyIn(statement, progressEventsCopy(*user, deviceId, firstSeq, events));
        return true;
    } catch (const DatabaseError& e) {
        if (!e.isUniqueViolation())
            throw;
    }
    conn.exec("ROLLBACK TO SAVEPOINT push_events");
    return false;
}

}  // namespace

AppendedEvents appendEvents(PgConnection& conn, const std::string& userId, const Uuid& deviceId,
                            std::int64_t reserve, std::vector<PushItem>& events) {
    AppendedEvents result;
    // Locks the user's feed first: every statement below sees the user's earlier pushes.
    result.firstSeq = reserveSeqs(conn, userId, reserve);
    std::vector<const ProgressEvent*> pending;
    for (const auto& item : events)
        if (item.pending())
            pending.push_back(&*item.event);
    if (pending.empty())
        return result;
    if (copyNewEvents(conn, userId, deviceId, result.firstSeq, pending)) {
        result.applied = std::move(pending);
        return result;
    }

    PgArray ids, courses, lessons, hlcs, kinds, starts, ends, durations, positions, totals;
    for (const ProgressEvent* event : pending) {
        const ProgressEvent& e = *event;
        ids.add(e.id);
        courses.add(e.courseId);
        lessons.add(e.lessonId);
        hlcs.add(e.hlc.packed());
        kinds.add(static_cast<int>(e.kind));
        const bool watched = e.kind == ProgressKind::Watched;
        const bool resume = e.kind == ProgressKind::Resume;
        if (watched) {
            starts.add(e.startMs);
            ends.add(e.endMs);
        } else {
            starts.addNull();
            ends.addNull();
        }
        if (watched || (resume && e.durationMs > 0))
            durations.add(e.durationMs);
        else
            durations.addNull();
        if (resume)
            positions.add(e.positionMs);
        else
            positions.addNull();
        if (e.kind == ProgressKind::TimeSpent)
            totals.add(e.totalMs);
        else
            totals.addNull();
    }
    // The i-th pending event gets seq firstSeq + i - 1, as in the COPY. Only the count of new
    // rows comes back; the ids are sorted out below.
    const auto inserted = conn.exec(
        "WITH ins AS (INSERT INTO progress_events (id, user_id, seq, course_id, lesson_id,"
        " device_id, hlc, kind, start_ms, end_ms, duration_ms, position_ms, total_ms)"
        " SELECT e.id, $1::uuid, $3::bigint + e.n - 1, e.course_id, e.lesson_id, $2::uuid,"
        " e.hlc, e.kind, e.start_ms, e.end_ms, e.duration_ms, e.position_ms, e.total_ms"
        " FROM unnest($4::uuid[], $5::uuid[], $6::uuid[], $7::bigint[], $8::smallint[],"
        "   $9::bigint[], $10::bigint[], $11::bigint[], $12::bigint[], $13::bigint[])"
        "   WITH ORDINALITY AS e(id, course_id, lesson_id, hlc, kind, start_ms, end_ms,"
        "   duration_ms, position_ms, total_ms, n)"
        " ON CONFLICT (id) DO NOTHING RETURNING 1)"
        " SELECT count(*) FROM ins",
        {userId, deviceId.toString(), static_cast<long long>(result.firstSeq), ids.literal(),
         courses.literal(), lessons.literal(), hlcs.literal(), kinds.literal(), starts.literal(),
         ends.literal(), durations.literal(), positions.literal(), totals.literal()});
    const auto insertedCount = static_cast<std::size_t>(inserted.integer(0, 0));
    if (insertedCount == pending.size()) {  // the conflicting rows were gone by now
        result.applied = std::move(pending);
        return result;
    }

    // Some ids were already stored. Rows of this push are the user's with a seq from firstSeq
    // on; the user's earlier pushes hold lower seqs (the feed lock orders them), so those ids
    // are replays; another account's id is refused. (An id found nowhere counts as a replay.)
    const auto found = conn.exec(
        "SELECT id, user_id = $2::uuid AND seq >= $3::bigint, user_id = $2::uuid"
        " FROM progress_events WHERE id = ANY($1::uuid[])",
        {ids.literal(), userId, static_cast<long long>(result.firstSeq)});
    std::unordered_set<Uuid> fresh, theirs;
    for (int r = 0; r < found.rows(); ++r) {
        const Uuid id = *Uuid::parse(found.text(r, 0));
        if (found.boolean(r, 1))
            fresh.insert(id);
        else if (!found.boolean(r, 2))
            theirs.insert(id);
    }
    for (auto& item : events) {
        if (!item.pending())
            continue;
        if (fresh.count(item.id))
            result.applied.push_back(&*item.event);
        else if (theirs.count(item.id))
            item.rejection =
                Rejection{RejectReason::Forbidden, "this id belongs to another account's event"};
        else
            item.duplicate = true;
    }
    return result;
}

namespace {

// learner_activity rows for the applied events, as the three arrays of the upsert statement.
struct ActivityRows {
    PgArray days, courses, lessons;
};

ActivityRows activityRows(const std::vector<const ProgressEvent*>& applied) {
    constexpr std::int64_t kDayMs = 24 * 60 * 60 * 1000;
    constexpr std::int64_t kWindowDays = 8;  // trending looks back 7 days; keep one more
    const std::int64_t nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch())
                                   .count();
    const std::int64_t today = nowMs / kDayMs;
    // A device clock in the future counts as today; activity older than the window is history
    // that trending never reads.
    std::set<std::tuple<std::int64_t, Uuid, Uuid>> rows;
    for (const auto* e : applied) {
        const auto wall = static_cast<std::int64_t>(e->hlc.wallMillis);
        const std::int64_t day = std::min(wall, nowMs) / kDayMs;
        if (day > today - kWindowDays)
            rows.emplace(day, e->courseId, e->lessonId);
    }
    ActivityRows out;
    for (const auto& [day, course, lesson] : rows) {
        out.days.add(day);
        out.courses.add(course);
        out.lessons.add(lesson);
    }
    return out;
}

}  // namespace

void updateLessonStatesAndActivity(PgConnection& conn, const std::string& userId,
                                   const std::vector<const ProgressEvent*>& applied,
                                   std::int64_t lastSeq) {
    using Key = std::pair<Uuid, Uuid>;  // course, lesson
    std::map<Key, LessonState> states;
    PgArray lessonIds;
    std::set<Uuid> seenLessons;
    for (const auto* e : applied)
        if (seenLessons.insert(e->lessonId).second)
            lessonIds.add(e->lessonId);

    // The user's feed is locked (appendEvents), so no other transaction changes these rows
    // between this read and the upsert below.
    const auto rows = conn.exec(
        "SELECT state::text FROM lesson_states WHERE user_id = $1::uuid AND lesson_id = "
        "ANY($2::uuid[])",
        {userId, lessonIds.literal()});
    for (int r = 0; r < rows.rows(); ++r) {
        auto state = decodeLessonState(rows.text(r, 0));
        if (!state)
            throw DatabaseError("XX000",
                                "lesson_states row for user " + userId + ": " + state.error());
        states[{state->courseId, state->lessonId}] = std::move(*state);
    }
    for (const auto* e : applied) {
        LessonState& state = states[{e->courseId, e->lessonId}];
        apply(state, *e);
    }

    PgArray courses, lessons, texts, covered, durations, spent, opened, completed;
    for (const auto& [key, state] : states) {
        courses.add(key.first);
        lessons.add(key.second);
        texts.addText(encodeLessonState(state));
        covered.add(state.watched.coveredMs());
        durations.add(state.mediaDurationMs);
        spent.add(state.totalTimeSpentMs());
        opened.add(state.isOpened());
        completed.add(state.isCompleted());
    }
    // States and activity in one statement (two independent inserts as CTEs): one round trip.
    const auto activity = activityRows(applied);
    conn.exec(
        "WITH states AS (INSERT INTO lesson_states AS s (user_id, course_id, lesson_id, state,"
        " covered_ms, media_duration_ms, time_spent_ms, opened, completed, last_seq, updated_at)"
        " SELECT $1::uuid, u.course_id, u.lesson_id, u.state::jsonb, u.covered, u.duration,"
        " u.spent, u.opened, u.completed, $2::bigint, now()"
        " FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::bigint[], $7::bigint[], $8::bigint[],"
        "   $9::boolean[], $10::boolean[]) AS u(course_id, lesson_id, state, covered, duration,"
        "   spent, opened, completed)"
        " ON CONFLICT (user_id, course_id, lesson_id) DO UPDATE SET state = EXCLUDED.state,"
        " covered_ms = EXCLUDED.covered_ms, media_duration_ms = EXCLUDED.media_duration_ms,"
        " time_spent_ms = EXCLUDED.time_spent_ms, opened = EXCLUDED.opened,"
        " completed = EXCLUDED.completed, last_seq = EXCLUDED.last_seq,"
        " updated_at = EXCLUDED.updated_at)"
        " INSERT INTO learner_activity (day, course_id, lesson_id, user_id)"
        " SELECT DATE '1970-01-01' + a.day::integer, a.course_id, a.lesson_id, $1::uuid"
        " FROM unnest($11::bigint[], $12::uuid[], $13::uuid[]) AS a(day, course_id, lesson_id)"
        " ON CONFLICT DO NOTHING",
        {userId, static_cast<long long>(lastSeq), courses.literal(), lessons.literal(),
         texts.literal(), covered.literal(), durations.literal(), spent.literal(), opened.literal(),
         completed.literal(), activity.days.literal(), activity.courses.literal(),
         activity.lessons.literal()});
}

}  // namespace satchel::server::sync
