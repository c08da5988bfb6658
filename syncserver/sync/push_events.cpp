// Steps 4, 5 and 7 of a push: the event log, the materialised lesson states and the learner
// activity rollup. Each is one bulk statement (two for the states: read, then upsert).
#include <chrono>
#include <map>
#include <set>
#include <unordered_set>

#include "sync/lesson_state_codec.h"
#include "sync/pg_array.h"
#include "sync/push_steps.h"

namespace satchel::server::sync {

std::vector<const ProgressEvent*> appendEvents(PgConnection& conn, const std::string& userId,
                                               const Uuid& deviceId, std::int64_t firstSeq,
                                               std::vector<PushItem>& events) {
    PgArray ids, seqs, courses, lessons, hlcs, kinds, starts, ends, durations, positions, totals;
    std::int64_t seq = firstSeq;
    for (const auto& item : events) {
        if (!item.pending())
            continue;
        const ProgressEvent& e = *item.event;
        ids.add(e.id);
        seqs.add(seq++);
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
    std::vector<const ProgressEvent*> applied;
    if (ids.size() == 0)
        return applied;

    const auto inserted = conn.exec(
        "INSERT INTO progress_events (id, user_id, seq, course_id, lesson_id, device_id, hlc, kind,"
        " start_ms, end_ms, duration_ms, position_ms, total_ms)"
        " SELECT e.id, $1::uuid, e.seq, e.course_id, e.lesson_id, $2::uuid, e.hlc, e.kind,"
        " e.start_ms, e.end_ms, e.duration_ms, e.position_ms, e.total_ms"
        " FROM unnest($3::uuid[], $4::bigint[], $5::uuid[], $6::uuid[], $7::bigint[], "
        "$8::smallint[],"
        "   $9::bigint[], $10::bigint[], $11::bigint[], $12::bigint[], $13::bigint[])"
        "   AS e(id, seq, course_id, lesson_id, hlc, kind, start_ms, end_ms, duration_ms, "
        "position_ms, total_ms)"
        " ON CONFLICT (id) DO NOTHING RETURNING id",
        {userId, deviceId.toString(), ids.literal(), seqs.literal(), courses.literal(),
         lessons.literal(), hlcs.literal(), kinds.literal(), starts.literal(), ends.literal(),
         durations.literal(), positions.literal(), totals.literal()});

    std::unordered_set<Uuid> fresh;
    fresh.reserve(static_cast<std::size_t>(inserted.rows()));
    for (int r = 0; r < inserted.rows(); ++r)
        fresh.insert(*Uuid::parse(inserted.text(r, 0)));

    PgArray stored;  // ids that were already in the log
    for (auto& item : events) {
        if (!item.pending())
            continue;
        if (fresh.count(item.id))
            applied.push_back(&*item.event);
        else {
            item.duplicate = true;
            stored.add(item.id);
        }
    }
    if (stored.size() > 0) {
        // A stored id is a replay when it is this user's; another account's id is refused.
        const auto foreign = conn.exec(
            "SELECT id FROM progress_events WHERE id = ANY($1::uuid[]) AND user_id <> $2::uuid",
            {stored.literal(), userId});
        std::unordered_set<Uuid> theirs;
        for (int r = 0; r < foreign.rows(); ++r)
            theirs.insert(*Uuid::parse(foreign.text(r, 0)));
        for (auto& item : events)
            if (item.duplicate && theirs.count(item.id)) {
                item.duplicate = false;
                item.rejection = Rejection{RejectReason::Forbidden,
                                           "this id belongs to another account's event"};
            }
    }
    return applied;
}

void updateLessonStates(PgConnection& conn, const std::string& userId,
                        const std::vector<const ProgressEvent*>& applied, std::int64_t lastSeq) {
    using Key = std::pair<Uuid, Uuid>;  // course, lesson
    std::map<Key, LessonState> states;
    PgArray lessonIds;
    std::set<Uuid> seenLessons;
    for (const auto* e : applied)
        if (seenLessons.insert(e->lessonId).second)
            lessonIds.add(e->lessonId);

    // The user's feed is locked (reserveSeqs), so no other transaction changes these rows
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
    conn.exec(
        "INSERT INTO lesson_states AS s (user_id, course_id, lesson_id, state, covered_ms, "
        "media_duration_ms,"
        " time_spent_ms, opened, completed, last_seq, updated_at)"
        " SELECT $1::uuid, u.course_id, u.lesson_id, u.state::jsonb, u.covered, u.duration, "
        "u.spent,"
        " u.opened, u.completed, $2::bigint, now()"
        " FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::bigint[], $7::bigint[], $8::bigint[],"
        "   $9::boolean[], $10::boolean[]) AS u(course_id, lesson_id, state, covered, duration, "
        "spent, opened, completed)"
        " ON CONFLICT (user_id, course_id, lesson_id) DO UPDATE SET state = EXCLUDED.state,"
        " covered_ms = EXCLUDED.covered_ms, media_duration_ms = EXCLUDED.media_duration_ms,"
        " time_spent_ms = EXCLUDED.time_spent_ms, opened = EXCLUDED.opened, completed = "
        "EXCLUDED.completed,"
        " last_seq = EXCLUDED.last_seq, updated_at = EXCLUDED.updated_at",
        {userId, static_cast<long long>(lastSeq), courses.literal(), lessons.literal(),
         texts.literal(), covered.literal(), durations.literal(), spent.literal(), opened.literal(),
         completed.literal()});
}

void recordActivity(PgConnection& conn, const std::string& userId,
                    const std::vector<const ProgressEvent*>& applied) {
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
    if (rows.empty())
        return;
    PgArray days, courses, lessons;
    for (const auto& [day, course, lesson] : rows) {
        days.add(day);
        courses.add(course);
        lessons.add(lesson);
    }
    conn.exec(
        "INSERT INTO learner_activity (day, course_id, lesson_id, user_id)"
        " SELECT DATE '1970-01-01' + a.day::integer, a.course_id, a.lesson_id, $1::uuid"
        " FROM unnest($2::bigint[], $3::uuid[], $4::uuid[]) AS a(day, course_id, lesson_id)"
        " ON CONFLICT DO NOTHING",
        {userId, days.literal(), courses.literal(), lessons.literal()});
}

}  // namespace satchel::server::sync
