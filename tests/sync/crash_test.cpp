// The server dies between receiving a batch and committing it: nothing of the batch exists,
// and the client's retry, on a restarted server, applies it exactly once.
//
// To stop the push at a known point inside its transaction, the test holds a row lock on the
// student's lesson state: the push has inserted its events and waits to update that row when
// satchel-syncd is killed with SIGKILL. No hook in the server: this is PostgreSQL doing what it
// does to any transaction whose client vanished.
#define BOOST_TEST_MODULE sync_crash
#include <boost/test/unit_test.hpp>

#include <csignal>
#include <future>

#include "satchel/testing/env.h"
#include "sync_world.h"

using namespace satchel;
using namespace satchel::synctest;

BOOST_AUTO_TEST_CASE(a_batch_interrupted_by_sigkill_applies_exactly_once_on_retry) {
    SyncWorld world;
    const auto teacher = world.createUser("teacher", "instructor");
    const auto course = world.createCourse(teacher);
    const auto student = world.createUser("student");
    world.enroll(student, course);
    SimDevice device(course, 7);

    device.record(20);
    const PushRequest first{device.id, device.made, {}};
    BOOST_REQUIRE_EQUAL(world.push(student, first).status, 200);
    device.record(300);
    PushRequest second{device.id, {device.made.begin() + 20, device.made.end()}, {}};

    // Hold the student's lesson-state rows.
    server::PgConnection blocker(world.dbUrl);
    server::Transaction hold(blocker);
    blocker.exec("SELECT 1 FROM lesson_states WHERE user_id = $1::uuid FOR UPDATE", {student.id});

    auto inFlight = std::async(std::launch::async, [&] { return world.push(student, second); });
    // The push is inside its transaction, waiting for the lock, when this holds.
    const bool waiting = testing::waitUntil(
        [&] {
            return world.db
                       ->exec(
                           "SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                           "'satchel-syncd'"
                           " AND wait_event_type = 'Lock'")
                       .integer(0, 0) == 1;
        },
        std::chrono::seconds(30));
    BOOST_REQUIRE_MESSAGE(waiting, "the push never reached the lock");
    world.server->process().signal(SIGKILL);
    const auto lost = inFlight.get();
    BOOST_TEST(lost.status == 0);  // the connection died with the server
    hold.commit();

    // PostgreSQL rolls the orphaned transaction back once it runs on and finds its client gone.
    const bool gone = testing::waitUntil(
        [&] {
            return world.db
                       ->exec(
                           "SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                           "'satchel-syncd'"
                           " AND state <> 'idle' AND pid <> pg_backend_pid()")
                       .integer(0, 0) == 0;
        },
        std::chrono::seconds(30));
    BOOST_REQUIRE(gone);
    BOOST_TEST(world.db->exec("SELECT count(*) FROM progress_events").integer(0, 0) == 20);

    world.restartServer();
    const auto retry = world.push(student, second);
    BOOST_REQUIRE_MESSAGE(retry.status == 200, retry.body);
    for (const auto& ack : retry.response->acks)
        BOOST_TEST((ack.status == AckStatus::Applied));
    const auto replay = world.push(student, second);
    for (const auto& ack : replay.response->acks)
        BOOST_TEST((ack.status == AckStatus::Duplicate));

    BOOST_TEST(world.db->exec("SELECT count(*) FROM progress_events").integer(0, 0) == 320);
    SimDevice other(course, 8);
    other.absorb(world.pullAll(student, other.cursor, 100));
    BOOST_TEST((other.state.lessons == mergeAll(device.made).lessons));
}
