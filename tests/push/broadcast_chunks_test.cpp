// Large course broadcasts (db/migrations/0071, push/broadcaster.h): queued by the changing
// transaction and written chunk by chunk by whichever instance gets there, against the real
// satchel-syncd and PostgreSQL. And the sequence contract without a counter: one user's
// events are numbered without gaps, in commit order, also when writers race.
#define BOOST_TEST_MODULE push_broadcast_chunks
#include <boost/test/unit_test.hpp>

#include <future>
#include <string>
#include <thread>

#include "push_world.h"
#include "satchel/testing/env.h"
#include "ws_test_client.h"

using namespace satchel::testing;
using namespace std::chrono_literals;

namespace {

// More than two chunks (push_broadcast_chunk_size() is 1,000) and a remainder.
constexpr int kStudents = 2300;

// A course with kStudents students, written straight into the database (the enrollment
// trigger gives each an enrollment.added event, so every student starts at seq 1).
struct LargeClass {
    PushWorld world;
    std::string teacher = world.createUser("instructor", "teacher");
    std::string course = world.createCourse(teacher, "Lecture hall");
    LargeClass() {
        world.psql(
            "INSERT INTO users (username, username_key, password_hash, role)"
            " SELECT 'big' || i, 'big' || i, 'not-a-login-account', 'student'"
            " FROM generate_series(1, " +
            std::to_string(kStudents) + ") AS i");
        world.psql("INSERT INTO enrollments (course_id, user_id) SELECT '" + course +
                   "', id FROM users WHERE username LIKE 'big%' ORDER BY id");
    }
    std::string teacherToken() { return world.accessToken(teacher, "instructor"); }
    // The student written last by the chunks (highest id) and the one written first.
    std::string lastStudent() {
        return world.psql("SELECT max(id::text) FROM users WHERE username LIKE 'big%'");
    }
    long long count(const std::string& sql) { return std::stoll(world.psql(sql)); }
    long long announcementsTitled(const std::string& title) {
        return count(
            "SELECT count(*) FROM push_events WHERE kind = 'course.announcement'"
            " AND data->>'title' = '" +
            title + "'");
    }
    bool allFinished() {
        return count("SELECT count(*) FROM push_broadcasts WHERE finished_at IS NULL") == 0;
    }
    // Users whose sequence is not exactly 1..n.
    long long usersWithGaps() {
        return count(
            "SELECT count(*) FROM (SELECT user_id FROM push_events GROUP BY user_id"
            " HAVING max(seq) <> count(*) OR min(seq) <> 1) g");
    }
};

std::unique_ptr<WsTestClient> connectAndAuthenticate(const SyncServer& server,
                                                     const std::string& token) {
    auto client = std::make_unique<WsTestClient>(server.port());
    client->authenticate(token);
    const auto ready = client->receiveJson();
    BOOST_REQUIRE_EQUAL(ready.at("type"), "ready");
    return client;
}

}  // namespace

BOOST_AUTO_TEST_CASE(large_class_gets_one_event_each_written_in_chunks_and_delivered_live) {
    LargeClass c;
    auto server = c.world.startServer();
    const auto last = c.lastStudent();
    auto client = connectAndAuthenticate(*server, c.world.accessToken(last, "student"));

    const auto posted = c.world.announce(*server, c.teacherToken(), c.course, "Hall change");
    BOOST_REQUIRE_MESSAGE(posted.status == 201, posted.body);
    BOOST_TEST(nlohmann::json::parse(posted.body).at("recipients") == kStudents);

    // The student in the last chunk hears it live, as the next event after enrollment.
    const auto event = client->receiveJson(60s);
    BOOST_TEST(event.at("type") == "event");
    BOOST_TEST(event.at("kind") == "course.announcement");
    BOOST_TEST(event.at("id") == 2);
    BOOST_TEST(event.at("data").at("title") == "Hall change");

    BOOST_REQUIRE(waitUntil([&] { return c.allFinished(); }, 60s));
    BOOST_TEST(c.announcementsTitled("Hall change") == kStudents);
    BOOST_TEST(c.count("SELECT count(DISTINCT user_id) FROM push_events"
                       " WHERE kind = 'course.announcement'") == kStudents);
    BOOST_TEST(c.count("SELECT sum(written) FROM push_broadcasts") == kStudents);
    BOOST_TEST(c.count("SELECT count(*) FROM push_broadcasts") == 3);  // parts of 1,000 at most
    BOOST_TEST(c.usersWithGaps() == 0);
    // The author is not among the recipients.
    BOOST_TEST(c.count("SELECT count(*) FROM push_events WHERE user_id = '" + c.teacher +
                       "' AND kind = 'course.announcement'") == 0);
    BOOST_TEST(metricValue(*server, "satchel_push_broadcast_chunks_total") >= 3);
}

BOOST_AUTO_TEST_CASE(broadcasts_queued_while_no_server_runs_are_written_at_start_in_order) {
    LargeClass c;
    // As if the instance that queued them died at once: nobody has written a chunk.
    c.world.psql("SELECT push_create_course_event('" + c.course +
                 "', 'course.announcement', '{\"title\": \"first\"}', NULL)");
    c.world.psql("SELECT push_create_course_event('" + c.course +
                 "', 'course.announcement', '{\"title\": \"second\"}', NULL)");
    BOOST_TEST(c.announcementsTitled("first") == 0);

    // A small class is written at once, unless its course has an unfinished broadcast: then it
    // queues behind it, so its students still get them in the order they were made.
    const auto seminar = c.world.createCourse(c.teacher, "Seminar");
    const auto student = c.world.createUser("student", "seminar");
    c.world.enroll(seminar, student);
    BOOST_TEST(c.count("SELECT push_create_course_event('" + seminar +
                       "', 'course.announcement', '{\"title\": \"at once\"}', NULL)") == 1);
    BOOST_TEST(c.announcementsTitled("at once") == 1);
    c.world.psql(
        "INSERT INTO push_broadcasts (broadcast, course_id, kind, data, created_at,"
        " recipients) VALUES (nextval('push_broadcast_numbers'), '" +
        seminar + "', 'course.announcement', '{\"title\": \"queued\"}', clock_timestamp(), 1)");
    BOOST_TEST(c.count("SELECT push_create_course_event('" + seminar +
                       "', 'course.announcement', '{\"title\": \"behind\"}', NULL)") == 1);
    BOOST_TEST(c.announcementsTitled("behind") == 0);
    BOOST_TEST(c.count("SELECT count(DISTINCT broadcast) FROM push_broadcasts"
                       " WHERE finished_at IS NULL") == 4);

    auto server = c.world.startServer();
    BOOST_REQUIRE(waitUntil([&] { return c.allFinished(); }, 60s));
    BOOST_TEST(c.announcementsTitled("first") == kStudents);
    BOOST_TEST(c.announcementsTitled("second") == kStudents);
    BOOST_TEST(c.announcementsTitled("queued") == 1);
    BOOST_TEST(c.announcementsTitled("behind") == 1);
    // Every student has them in the order they were made.
    const auto misordered = [&](const std::string& earlier, const std::string& later) {
        return c.count(
            "SELECT count(*) FROM push_events a JOIN push_events b USING (user_id)"
            " WHERE a.data->>'title' = '" +
            earlier + "' AND b.data->>'title' = '" + later + "' AND a.seq > b.seq");
    };
    BOOST_TEST(misordered("first", "second") == 0);
    BOOST_TEST(misordered("at once", "queued") == 0);
    BOOST_TEST(misordered("queued", "behind") == 0);
    BOOST_TEST(c.usersWithGaps() == 0);
}

BOOST_AUTO_TEST_CASE(two_instances_write_each_recipient_exactly_once) {
    LargeClass c;
    auto a = c.world.startServer();
    auto b = c.world.startServer();
    const auto posted = c.world.announce(*a, c.teacherToken(), c.course, "Both");
    BOOST_REQUIRE_MESSAGE(posted.status == 201, posted.body);
    BOOST_REQUIRE(waitUntil([&] { return c.allFinished(); }, 60s));
    BOOST_TEST(c.announcementsTitled("Both") == kStudents);
    BOOST_TEST(c.usersWithGaps() == 0);
    BOOST_TEST(metricValue(*a, "satchel_push_broadcast_chunks_total") +
                   metricValue(*b, "satchel_push_broadcast_chunks_total") >=
               3);
}

BOOST_AUTO_TEST_CASE(single_events_written_while_a_broadcast_is_written_keep_every_sequence_whole) {
    LargeClass c;
    auto server = c.world.startServer();
    const auto posted = c.world.announce(*server, c.teacherToken(), c.course, "Racing");
    BOOST_REQUIRE_MESSAGE(posted.status == 201, posted.body);
    // Grades and the like for every student while the chunks are written (user id order, as
    // every writer goes, so neither waits for the other for long).
    for (int round = 0; round < 3; ++round)
        c.world.psql(
            "SELECT count(push_create_event(id, 'test.ping', '{}')) FROM"
            " (SELECT id FROM users WHERE username LIKE 'big%' ORDER BY id) u");
    BOOST_REQUIRE(waitUntil([&] { return c.allFinished(); }, 60s));
    BOOST_TEST(c.announcementsTitled("Racing") == kStudents);
    BOOST_TEST(c.count("SELECT count(*) FROM push_events WHERE kind = 'test.ping'") ==
               3 * kStudents);
    BOOST_TEST(c.usersWithGaps() == 0);
}

BOOST_AUTO_TEST_CASE(a_writer_that_races_for_a_number_takes_the_next_once_the_first_commits) {
    PushWorld world;
    const auto user = world.createUser("student", "racer");
    world.psql("SELECT push_create_event('" + user + "', 'test.ping', '{}')");  // seq 1

    // Another session writes an event and keeps its transaction open for a while, ending it
    // with `end`; returns once that event is written (uncommitted).
    const auto holdANumber = [&](const std::string& kind, const std::string& end) {
        auto session = std::async(std::launch::async, [&world, &user, kind, end] {
            return world.psql("BEGIN; SELECT push_create_event('" + user + "', '" + kind +
                              "', '{}'); SELECT pg_sleep(3); " + end + ";");
        });
        BOOST_REQUIRE(waitUntil(
            [&] {
                return world.psql(
                           "SELECT count(*) FROM pg_stat_activity WHERE state = 'active'"
                           " AND query LIKE 'SELECT pg_sleep(3)%'") == "1";
            },
            30s));
        return session;
    };

    // The first writer holds seq 2 uncommitted; the second waits for it and then takes 3
    // (never 2 twice, never 3 before 2 is committed).
    auto holder = holdANumber("test.first", "COMMIT");
    const auto second = world.psql("SELECT push_create_event('" + user + "', 'test.second', '{}')");
    holder.get();
    BOOST_TEST(second == "3");
    BOOST_TEST(world.psql("SELECT kind FROM push_events WHERE user_id = '" + user +
                          "' AND seq = 2") == "test.first");

    // A writer that rolls back gives its number back.
    auto rolledBack = holdANumber("test.gone", "ROLLBACK");
    const auto next = world.psql("SELECT push_create_event('" + user + "', 'test.kept', '{}')");
    rolledBack.get();
    BOOST_TEST(next == "4");
    BOOST_TEST(world.psql("SELECT push_latest_seq('" + user + "')") == "4");
}

BOOST_AUTO_TEST_CASE(deleting_a_user_deletes_their_events) {
    PushWorld world;
    const auto user = world.createUser("student", "leaving");
    const auto other = world.createUser("student", "staying");
    for (int i = 0; i < 3; ++i) {
        world.psql("SELECT push_create_event('" + user + "', 'test.ping', '{}')");
        world.psql("SELECT push_create_event('" + other + "', 'test.ping', '{}')");
    }
    world.psql("DELETE FROM users WHERE id = '" + user + "'");
    BOOST_TEST(world.psql("SELECT count(*) FROM push_events WHERE user_id = '" + user + "'") ==
               "0");
    BOOST_TEST(world.psql("SELECT count(*) FROM push_events WHERE user_id = '" + other + "'") ==
               "3");
    // And no event can be made for them any more.
    BOOST_CHECK_THROW(world.psql("SELECT push_create_event('" + user + "', 'test.ping', '{}')"),
                      std::exception);
    BOOST_TEST(world.psql("SELECT count(*) FROM push_events WHERE user_id = '" + user + "'") ==
               "0");
}
