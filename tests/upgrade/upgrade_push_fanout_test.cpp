// Migration 0070 (course broadcasts from a template; push_events' foreign key to users replaced
// by a cascade from push_user_seq; orphan events deleted; push_create_course_event replaced) on
// a database the previous release (schema 62) filled: enrolments, a publication broadcast, an
// announcement, a graded quiz, a read notification and one orphan event written by hand. The
// real `satchel-syncd migrate` upgrades it; nothing but the orphan is lost, a resumed socket and
// a pull return the old events in order, new broadcasts continue every user's sequence, and
// deleting a user still deletes their events.
#define BOOST_TEST_MODULE upgrade_push_fanout
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include "db/migrations.h"
#include "old_database.h"
#include "satchel/protocol/codec.h"
#include "satchel/testing/http.h"
#include "ws_test_client.h"

using namespace satchel;
using namespace satchel::upgrade_test;
using nlohmann::json;

namespace {

std::string latest() {
    return std::to_string(server::latestSchemaVersion());
}

// Every column of every push event, in (user, seq) order.
constexpr const char* kAllEvents = "SELECT p::text FROM push_events p ORDER BY user_id, seq";

struct Classroom {
    OldDatabase old{kBeforeBroadcastFanout};
    std::string teacher = addUser(*old.db, "teacher", "instructor");
    std::string ada = addUser(*old.db, "ada");
    std::string ben = addUser(*old.db, "ben");
    std::string cleo = addUser(*old.db, "cleo");
    std::string hand = addUser(*old.db, "hand-edited");
    OldCourse course = createCourse(*old.db, teacher, "Optics");
    std::string courseId = course.id;
    std::string attemptId = "0190f000-0000-7000-8000-0000000000a1";

    // What the previous release wrote, through the SQL functions and triggers of schema 62.
    Classroom() {
        for (const auto& student : {ada, ben, cleo})
            enroll(*old.db, courseId, student);  // enrollment.added, seq 1 each
        // course.version_published for the class (the 0022 broadcast), seq 2 each.
        publishVersion(*old.db, course, teacher, 1);
        // An announcement as the route stored it, seq 3 each.
        const auto announcement =
            old.db
                ->exec(
                    "INSERT INTO course_announcements (course_id, author_id, title, body)"
                    " VALUES ($1::uuid, $2::uuid, 'Lab moved', 'Room 4 on Thursday')"
                    " RETURNING id::text",
                    {courseId, teacher})
                .text(0, 0);
        old.db->exec(
            "SELECT push_create_course_event($1::uuid, 'course.announcement', $2::jsonb,"
            " $3::uuid)",
            {courseId,
             json{{"announcement_id", announcement},
                  {"course_id", courseId},
                  {"course_title", "Optics"},
                  {"title", "Lab moved"},
                  {"body", "Room 4 on Thursday"}}
                 .dump(),
             teacher});
        // Ada's graded quiz, seq 4; she read the publication on one device.
        old.db->exec("SELECT push_create_event($1::uuid, 'quiz.graded', $2::jsonb)",
                     {ada, json{{"attempt_id", attemptId},
                                {"course_id", courseId},
                                {"course_version", 1},
                                {"quiz_title", "Lenses"},
                                {"points", 4},
                                {"max_points", 5},
                                {"passed", true}}
                               .dump()});
        old.db->exec(
            "UPDATE push_events SET read_at_ms = 1767225600000"
            " WHERE user_id = $1::uuid AND seq = 2",
            {ada});
        // An event without a counter row: only a hand edit makes one.
        old.db->exec(
            "INSERT INTO push_events (user_id, seq, kind, data) VALUES ($1::uuid, 7,"
            " 'course.announcement', '{\"title\": \"typed in psql\", \"body\": \"\"}')",
            {hand});
    }
};

std::unique_ptr<testing::WsTestClient> resumeFrom(const testing::SyncServer& server,
                                                  const std::string& token, long long lastId) {
    auto client = std::make_unique<testing::WsTestClient>(server.port());
    client->authenticate(token, lastId);
    BOOST_REQUIRE_EQUAL(client->receiveJson().at("type"), "ready");
    return client;
}

}  // namespace

BOOST_AUTO_TEST_CASE(upgrade_keeps_every_event_drops_the_orphan_and_serves_them_in_order) {
    Classroom c;
    const std::string before = c.old.rows(kAllEvents);
    const std::string orphan =
        c.old.rows("SELECT p::text FROM push_events p WHERE user_id = $1::uuid", {c.hand});
    const std::string countersBefore =
        c.old.rows("SELECT s::text FROM push_user_seq s ORDER BY user_id");
    BOOST_REQUIRE_EQUAL(c.old.scalar("SELECT count(*) FROM push_events"), 3 * 3 + 1 + 1);
    BOOST_REQUIRE(!orphan.empty());

    std::string out;
    BOOST_REQUIRE_MESSAGE(c.old.migrateWithSyncd(out) == 0, out);
    BOOST_TEST(out.find("migrated schema from version 62 to " + latest()) != std::string::npos,
               out);

    // Every event kept byte for byte (ids, read state, times), only the orphan gone.
    std::string expected = before;
    expected.erase(expected.find(orphan), orphan.size());
    BOOST_TEST(c.old.rows(kAllEvents) == expected);
    BOOST_TEST(c.old.rows("SELECT s::text FROM push_user_seq s ORDER BY user_id") ==
               countersBefore);
    BOOST_TEST(c.old.scalar("SELECT count(*) FROM pg_constraint WHERE conrelid ="
                            " 'push_events'::regclass AND contype = 'f'") == 0);

    // A socket resuming from nothing gets Ada's four old events, in order, as stored.
    auto server = c.old.serve();
    const auto adaToken = c.old.accessToken(c.ada, "student");
    const auto stored = c.old.db->exec(
        "SELECT seq, kind, id::text FROM push_events WHERE user_id = $1::uuid ORDER BY seq",
        {c.ada});
    BOOST_REQUIRE_EQUAL(stored.rows(), 4);
    auto ada = resumeFrom(*server, adaToken, 0);
    for (int r = 0; r < stored.rows(); ++r) {
        const auto event = ada->receiveJson();
        BOOST_TEST(event.at("type") == "event");
        BOOST_TEST(event.at("id") == stored.integer(r, 0));
        BOOST_TEST(event.at("kind") == stored.text(r, 1));
        BOOST_TEST(event.at("notification_id") == stored.text(r, 2));
    }

    // A broadcast after the upgrade (the 0070 function, through the real route) continues
    // every student's sequence and reaches the waiting socket.
    const auto posted =
        testing::http("POST", server->url() + "/api/v1/courses/" + c.courseId + "/announcements",
                      json{{"title", "After the upgrade"}, {"body", "Same room"}}.dump(),
                      {{"Authorization", "Bearer " + c.old.accessToken(c.teacher, "instructor")},
                       {"Content-Type", "application/json"}});
    BOOST_REQUIRE_MESSAGE(posted.status == 201, posted.body);
    BOOST_TEST(json::parse(posted.body).at("recipients") == 3);
    const auto live = ada->receiveJson();
    BOOST_TEST(live.at("id") == 5);
    BOOST_TEST(live.at("data").at("title") == "After the upgrade");

    // Ben, resuming after his first event, gets the old ones and the new one in order.
    auto ben = resumeFrom(*server, c.old.accessToken(c.ben, "student"), 1);
    for (const auto& [seq, kind] :
         std::vector<std::pair<int, std::string>>{{2, "course.version_published"},
                                                  {3, "course.announcement"},
                                                  {4, "course.announcement"}}) {
        const auto event = ben->receiveJson();
        BOOST_TEST(event.at("id") == seq);
        BOOST_TEST(event.at("kind") == kind);
    }

    // The pull delivers the old events and the new one as notifications, read state kept.
    const auto reply = testing::httpGet(server->url() + "/api/v1/sync/pull",
                                        {{"Authorization", "Bearer " + adaToken}});
    BOOST_REQUIRE_MESSAGE(reply.status == 200, reply.body);
    const auto page = decode<PullResponse>(reply.body);
    BOOST_REQUIRE_MESSAGE(page, reply.body);
    std::vector<std::string> titles;
    for (const auto& n : page->notifications) {
        titles.push_back(n.title);
        if (n.kind == NotificationKind::CoursePublished)
            BOOST_TEST((n.readAtMs == std::optional<std::int64_t>(1767225600000)));
        else
            BOOST_TEST(!n.readAtMs);
    }
    BOOST_TEST(titles.size() == 5u, reply.body);
    BOOST_TEST(page->notifications.at(1).body == "Optics: version 1 is available.");
    BOOST_TEST(page->notifications.at(2).body == "Room 4 on Thursday");
    BOOST_TEST(page->notifications.at(3).body == "Lenses: 4 of 5 points, passed.");
}

BOOST_AUTO_TEST_CASE(after_the_upgrade_deleting_a_user_deletes_their_events) {
    Classroom c;
    std::string out;
    BOOST_REQUIRE_MESSAGE(c.old.migrateWithSyncd(out) == 0, out);
    const std::string othersBefore = c.old.rows(
        "SELECT p::text FROM push_events p WHERE user_id <> $1::uuid ORDER BY user_id, seq",
        {c.cleo});
    BOOST_REQUIRE_EQUAL(
        c.old.scalar("SELECT count(*) FROM push_events WHERE user_id = $1::uuid", {c.cleo}), 3);

    c.old.db->exec("DELETE FROM users WHERE id = $1::uuid", {c.cleo});
    BOOST_TEST(
        c.old.scalar("SELECT count(*) FROM push_events WHERE user_id = $1::uuid", {c.cleo}) == 0);
    BOOST_TEST(
        c.old.scalar("SELECT count(*) FROM push_user_seq WHERE user_id = $1::uuid", {c.cleo}) == 0);
    BOOST_TEST(
        c.old.rows("SELECT p::text FROM push_events p WHERE user_id <> $1::uuid ORDER BY user_id,"
                   " seq",
                   {c.cleo}) == othersBefore);
    // No event can be created for her any more (0070's contract: an event is never written for a
    // user who does not exist; there, the counter row's foreign key refuses it).
    BOOST_CHECK_THROW(
        c.old.db->exec("SELECT push_create_event($1::uuid, 'course.reminder', '{}')", {c.cleo}),
        server::DatabaseError);
    // A broadcast to the class skips her and numbers the others on.
    const std::string nextSeqs = c.old.rows(
        "SELECT user_id::text || ' ' || max(seq) + 1 FROM push_events"
        " WHERE user_id IN ($1::uuid, $2::uuid) GROUP BY user_id ORDER BY user_id",
        {c.ada, c.ben});
    publishVersion(*c.old.db, c.course, c.teacher, 2);
    BOOST_TEST(c.old.rows("SELECT user_id::text || ' ' || seq FROM push_events"
                          " WHERE data->>'version' = '2' ORDER BY user_id") == nextSeqs);
}

BOOST_AUTO_TEST_CASE(migrating_an_upgraded_database_again_changes_nothing) {
    Classroom c;
    std::string out;
    BOOST_REQUIRE_MESSAGE(c.old.migrateWithSyncd(out) == 0, out);
    const auto schema = c.old.schemaFingerprint();
    const auto events = c.old.rows(kAllEvents);
    BOOST_REQUIRE_MESSAGE(c.old.migrateWithSyncd(out) == 0, out);
    BOOST_TEST(out.find("schema already current (version " + latest() + ")") != std::string::npos,
               out);
    BOOST_TEST(c.old.schemaFingerprint() == schema);
    BOOST_TEST(c.old.rows(kAllEvents) == events);
}
