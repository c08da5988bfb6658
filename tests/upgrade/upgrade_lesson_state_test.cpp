// lesson_states.state version 2 (watched intervals as one compact string, 7f75f0b) on a
// database the previous release filled with version 1 states ([[start, end], ...]), upgraded
// by the real `satchel-syncd migrate` from the release before 0060 through every later
// migration. Version 1 rows read as they were stored (the progress report shows the old
// progress, the pull returns the old events in order); a push touching a lesson rewrites its
// row as version 2 holding the old intervals merged with the new; untouched rows stay as they
// were. `serve` alone upgrades the same way; `migrate` afterwards finds nothing to do.
#define BOOST_TEST_MODULE upgrade_lesson_state
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include "db/migrations.h"
#include "old_database.h"
#include "satchel/hlc.h"
#include "satchel/merge.h"
#include "satchel/protocol/codec.h"
#include "satchel/testing/http.h"
#include "sync/lesson_state_codec.h"

using namespace satchel;
using namespace satchel::upgrade_test;
using nlohmann::json;

namespace {

// The previous release's encoder (syncserver/sync/lesson_state_codec.cpp at 97076bf), kept
// here verbatim in behaviour: the server no longer carries it.
json stampV1(const Stamp& stamp) {
    return json::array({stamp.hlc.packed(), stamp.deviceId.toString()});
}

std::string encodeLessonStateV1(const LessonState& state) {
    json watched = json::array();
    for (const auto& interval : state.watched.intervals())
        watched.push_back(json::array({interval.startMs, interval.endMs}));
    json time = json::object();
    for (const auto& [device, ms] : state.timeSpentByDevice)
        time[device.toString()] = ms;
    json out{{"v", 1},
             {"course", state.courseId.toString()},
             {"lesson", state.lessonId.toString()},
             {"watched", std::move(watched)},
             {"duration", state.mediaDurationMs},
             {"time", std::move(time)}};
    if (state.resume)
        out["resume"] = json::array({state.resume->positionMs, stampV1(state.resume->stamp)});
    if (state.firstOpened)
        out["opened"] = stampV1(*state.firstOpened);
    if (state.completed)
        out["completed"] = stampV1(*state.completed);
    return out.dump();
}

// A device of one student recording events with its own clock.
struct Device {
    Uuid id = newUuidV7();
    HybridClock clock;
    std::vector<ProgressEvent> events;

    ProgressEvent& add(const OldCourse& course, const Uuid& lesson, ProgressKind kind) {
        ProgressEvent e;
        e.id = newUuidV7();
        e.courseId = *Uuid::parse(course.id);
        e.lessonId = lesson;
        e.deviceId = id;
        e.hlc = clock.now();
        e.kind = kind;
        events.push_back(e);
        return events.back();
    }
    void watched(const OldCourse& course, std::uint64_t start, std::uint64_t end) {
        auto& e = add(course, course.video, ProgressKind::Watched);
        e.startMs = start;
        e.endMs = end;
        e.durationMs = OldCourse::kVideoMs;
    }
};

// One push of the previous release for `events` of `device`: the feed seqs reserved, the
// device registered, the events logged and each touched lesson's merged state stored as
// version 1 with its derived columns, in one transaction. Returns the merged states.
ProgressState pushAsPreviousRelease(server::PgConnection& db, const std::string& userId,
                                    const Device& device) {
    server::Transaction tx(db);
    const auto n = static_cast<long long>(device.events.size());
    const long long last =
        db.exec("SELECT sync_reserve_seq($1::uuid, $2)", {userId, n}).integer(0, 0);
    db.exec("INSERT INTO sync_devices (device_id, user_id) VALUES ($1::uuid, $2::uuid)",
            {device.id.toString(), userId});
    ProgressState state;
    long long seq = last - n;
    for (const auto& e : device.events) {
        const bool watched = e.kind == ProgressKind::Watched;
        const bool resume = e.kind == ProgressKind::Resume;
        auto number = [](bool present, std::uint64_t v) {
            return present ? server::PgParam(static_cast<long long>(v))
                           : server::PgParam(std::nullopt);
        };
        db.exec(
            "INSERT INTO progress_events (id, user_id, seq, course_id, lesson_id, device_id, hlc,"
            " kind, start_ms, end_ms, duration_ms, position_ms, total_ms) VALUES ($1::uuid,"
            " $2::uuid, $3, $4::uuid, $5::uuid, $6::uuid, $7, $8, $9, $10, $11, $12, $13)",
            {e.id.toString(), userId, ++seq, e.courseId.toString(), e.lessonId.toString(),
             e.deviceId.toString(), static_cast<long long>(e.hlc.packed()),
             static_cast<int>(e.kind), number(watched, e.startMs), number(watched, e.endMs),
             number(watched || (resume && e.durationMs > 0), e.durationMs),
             number(resume, e.positionMs), number(e.kind == ProgressKind::TimeSpent, e.totalMs)});
        apply(state, e);
    }
    for (const auto& [lessonId, lesson] : state.lessons)
        db.exec(
            "INSERT INTO lesson_states (user_id, lesson_id, course_id, state, covered_ms,"
            " media_duration_ms, time_spent_ms, opened, completed, last_seq) VALUES ($1::uuid,"
            " $2::uuid, $3::uuid, $4::jsonb, $5, $6, $7, $8, $9, $10)",
            {userId, lessonId.toString(), lesson.courseId.toString(), encodeLessonStateV1(lesson),
             static_cast<long long>(lesson.watched.coveredMs()),
             static_cast<long long>(lesson.mediaDurationMs),
             static_cast<long long>(lesson.totalTimeSpentMs()), lesson.isOpened(),
             lesson.isCompleted(), last});
    tx.commit();
    return state;
}

constexpr const char* kStates =
    "SELECT user_id::text || ' ' || lesson_id::text || ' ' || state::text || ' ' || covered_ms"
    " || ' ' || time_spent_ms || ' ' || completed FROM lesson_states ORDER BY user_id, lesson_id";

struct OldClassroom {
    OldDatabase old{kBeforeTrackedBlobs};
    std::string teacher = addUser(*old.db, "teacher", "instructor");
    std::string ada = addUser(*old.db, "ada");
    std::string ben = addUser(*old.db, "ben");
    OldCourse course = createCourse(*old.db, teacher, "Astronomy");
    Device adaLaptop, benTablet;
    ProgressState adaState, benState;

    OldClassroom() {
        enroll(*old.db, course.id, ada);
        enroll(*old.db, course.id, ben);
        publishVersion(*old.db, course, teacher, 1);
        // Ada watched in overlapping pieces, paused, read the reading.
        adaLaptop.add(course, course.video, ProgressKind::Opened);
        adaLaptop.watched(course, 0, 60'000);
        adaLaptop.watched(course, 120'000, 180'000);
        adaLaptop.watched(course, 30'000, 90'000);
        auto& resume = adaLaptop.add(course, course.video, ProgressKind::Resume);
        resume.positionMs = 170'000;
        resume.durationMs = OldCourse::kVideoMs;
        adaLaptop.add(course, course.video, ProgressKind::TimeSpent).totalMs = 200'000;
        adaLaptop.add(course, course.reading, ProgressKind::Opened);
        adaLaptop.add(course, course.reading, ProgressKind::Completed);
        adaState = pushAsPreviousRelease(*old.db, ada, adaLaptop);
        // Ben watched it all and completed it.
        benTablet.add(course, course.video, ProgressKind::Opened);
        benTablet.watched(course, 0, OldCourse::kVideoMs);
        benTablet.add(course, course.video, ProgressKind::Completed);
        benState = pushAsPreviousRelease(*old.db, ben, benTablet);
        BOOST_REQUIRE_EQUAL(old.scalar("SELECT count(*) FROM lesson_states"
                                       " WHERE state->>'v' = '1'"),
                            3);
    }
};

json lessonCell(const json& report, const std::string& userId, const Uuid& lesson) {
    for (const auto& student : report.at("students"))
        if (student.at("userId") == userId)
            for (const auto& cell : student.at("lessons"))
                if (cell.at("lessonId") == lesson.toString())
                    return cell;
    throw std::runtime_error("no report cell for " + userId + " / " + lesson.toString() + ": " +
                             report.dump());
}

LessonState storedState(const OldDatabase& old, const std::string& userId, const Uuid& lesson) {
    const auto text = old.db->exec(
        "SELECT state::text FROM lesson_states WHERE user_id = $1::uuid"
        " AND lesson_id = $2::uuid",
        {userId, lesson.toString()});
    BOOST_REQUIRE_EQUAL(text.rows(), 1);
    auto state = server::sync::decodeLessonState(text.text(0, 0));
    BOOST_REQUIRE_MESSAGE(state, (state ? std::string() : state.error()));
    return *state;
}

PullResponse pullAll(const std::string& url, const std::string& token, std::string& cursor) {
    PullResponse all;
    for (int page = 0; page < 100; ++page) {
        const auto reply =
            testing::httpGet(url + "/api/v1/sync/pull?limit=3" +
                                 (cursor.empty() ? std::string() : "&cursor=" + cursor),
                             {{"Authorization", "Bearer " + token}});
        BOOST_REQUIRE_MESSAGE(reply.status == 200, reply.body);
        auto decoded = decode<PullResponse>(reply.body);
        BOOST_REQUIRE_MESSAGE(decoded, reply.body);
        all.events.insert(all.events.end(), decoded->events.begin(), decoded->events.end());
        cursor = decoded->cursor;
        if (!decoded->hasMore)
            break;
    }
    return all;
}

}  // namespace

BOOST_AUTO_TEST_CASE(version_1_states_are_served_after_the_upgrade_and_rewritten_when_touched) {
    OldClassroom c;
    const std::string statesBefore = c.old.rows(kStates);
    std::string out;
    BOOST_REQUIRE_MESSAGE(c.old.migrateWithSyncd(out) == 0, out);
    BOOST_TEST(
        out.find("migrated schema from version " + std::to_string(kBeforeTrackedBlobs) + " to " +
                 std::to_string(server::latestSchemaVersion())) != std::string::npos,
        out);
    BOOST_TEST(c.old.rows(kStates) == statesBefore);  // no migration touches them

    // The stored version 1 text (as jsonb gives it back) decodes to exactly the merged state.
    for (const auto& [lesson, state] : c.adaState.lessons)
        BOOST_TEST((storedState(c.old, c.ada, lesson) == state));
    BOOST_TEST(
        (storedState(c.old, c.ben, c.course.video) == c.benState.lessons.at(c.course.video)));

    auto server = c.old.serve();
    const auto teacherToken = c.old.accessToken(c.teacher, "instructor");
    auto report = [&] {
        const auto reply =
            testing::httpGet(server->url() + "/api/v1/courses/" + c.course.id + "/progress",
                             {{"Authorization", "Bearer " + teacherToken}});
        BOOST_REQUIRE_MESSAGE(reply.status == 200, reply.body);
        return json::parse(reply.body);
    };
    auto before = report();
    // Ada: [0, 90 s] and [120, 180 s] of 600 s watched = 25 %; 200 s spent; reading completed.
    BOOST_TEST(lessonCell(before, c.ada, c.course.video).at("percentWatched") == 25.0);
    BOOST_TEST(lessonCell(before, c.ada, c.course.video).at("timeSpentMs") == 200'000);
    BOOST_TEST(lessonCell(before, c.ada, c.course.video).at("opened") == true);
    BOOST_TEST(lessonCell(before, c.ada, c.course.reading).at("completed") == true);
    BOOST_TEST(lessonCell(before, c.ben, c.course.video).at("percentWatched") == 100.0);
    BOOST_TEST(lessonCell(before, c.ben, c.course.video).at("completed") == true);

    // The pull returns Ada's old events, all of them, in the order they were pushed.
    const auto adaToken = c.old.accessToken(c.ada, "student");
    std::string cursor;
    const auto pulled = pullAll(server->url(), adaToken, cursor);
    BOOST_TEST((pulled.events == c.adaLaptop.events));

    // Her phone, after the upgrade: more of the video. The lesson's row becomes version 2 and
    // holds the old intervals merged with the new; her reading and Ben's rows are untouched.
    const std::string untouched = c.old.rows(
        "SELECT state::text FROM lesson_states WHERE NOT (user_id = $1::uuid AND lesson_id ="
        " $2::uuid) ORDER BY user_id, lesson_id",
        {c.ada, c.course.video.toString()});
    Device phone;
    phone.watched(c.course, 170'000, 300'000);
    phone.add(c.course, c.course.video, ProgressKind::TimeSpent).totalMs = 40'000;
    const auto reply = testing::http(
        "POST", server->url() + "/api/v1/sync/push",
        encode(PushRequest{phone.id, phone.events, {}}),
        {{"Authorization", "Bearer " + adaToken}, {"Content-Type", "application/json"}}, 60000);
    BOOST_REQUIRE_MESSAGE(reply.status == 200, reply.body);
    const auto acks = decode<PushResponse>(reply.body);
    BOOST_REQUIRE_MESSAGE(acks, reply.body);
    for (const auto& ack : acks->acks)
        BOOST_TEST((ack.status == AckStatus::Applied), reply.body);

    ProgressState expected = c.adaState;
    for (const auto& e : phone.events)
        apply(expected, e);
    BOOST_TEST(c.old.scalar("SELECT (state->>'v')::integer FROM lesson_states WHERE user_id ="
                            " $1::uuid AND lesson_id = $2::uuid",
                            {c.ada, c.course.video.toString()}) == 2);
    BOOST_TEST((storedState(c.old, c.ada, c.course.video) == expected.lessons.at(c.course.video)));
    BOOST_TEST(c.old.scalar("SELECT covered_ms FROM lesson_states WHERE user_id = $1::uuid AND"
                            " lesson_id = $2::uuid",
                            {c.ada, c.course.video.toString()}) == 270'000);
    BOOST_TEST(c.old.rows("SELECT state::text FROM lesson_states WHERE NOT (user_id = $1::uuid"
                          " AND lesson_id = $2::uuid) ORDER BY user_id, lesson_id",
                          {c.ada, c.course.video.toString()}) == untouched);

    // [0, 90 s] + [120, 300 s] = 270 s of 600 s; time summed over both devices.
    auto after = report();
    BOOST_TEST(lessonCell(after, c.ada, c.course.video).at("percentWatched") == 45.0);
    BOOST_TEST(lessonCell(after, c.ada, c.course.video).at("timeSpentMs") == 240'000);
    BOOST_TEST(lessonCell(after, c.ben, c.course.video) ==
               lessonCell(before, c.ben, c.course.video));
    // The pull goes on from the old cursor with exactly the new events.
    BOOST_TEST((pullAll(server->url(), adaToken, cursor).events == phone.events));
}

BOOST_AUTO_TEST_CASE(serve_upgrades_the_same_way_and_migrate_then_changes_nothing) {
    // A single server upgraded by restarting it: `serve` migrates before it reports ready.
    OldClassroom c;
    const std::string states = c.old.rows(kStates);
    auto server = c.old.serve();
    BOOST_TEST(server->process().log().find(
                   "database migrated from schema " + std::to_string(kBeforeTrackedBlobs) + " to " +
                   std::to_string(server::latestSchemaVersion())) != std::string::npos,
               server->process().log());
    const auto teacherToken = c.old.accessToken(c.teacher, "instructor");
    const auto reply =
        testing::httpGet(server->url() + "/api/v1/courses/" + c.course.id + "/progress",
                         {{"Authorization", "Bearer " + teacherToken}});
    BOOST_REQUIRE_MESSAGE(reply.status == 200, reply.body);
    BOOST_TEST(lessonCell(json::parse(reply.body), c.ada, c.course.video).at("percentWatched") ==
               25.0);
    server.reset();

    const auto schema = c.old.schemaFingerprint();
    std::string out;
    BOOST_REQUIRE_MESSAGE(c.old.migrateWithSyncd(out) == 0, out);
    BOOST_TEST(out.find("schema already current") != std::string::npos, out);
    BOOST_TEST(c.old.schemaFingerprint() == schema);
    BOOST_TEST(c.old.rows(kStates) == states);
}
