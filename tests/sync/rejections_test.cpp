// What the server refuses, and that refusing one thing never loses the rest: a batch with one
// bad event applies the others and keeps the bad one with its reason; a student cannot push as
// another user's device, reuse another user's event ids, or push for a course they are not in.
#define BOOST_TEST_MODULE sync_rejections
#include <boost/test/unit_test.hpp>

#include "sync_world.h"

using namespace satchel;
using namespace satchel::synctest;

namespace {

ProgressEvent watched(const TestCourse& course, const Uuid& device, std::uint64_t start,
                      std::uint64_t end) {
    ProgressEvent e;
    e.id = newUuidV7();
    e.courseId = course.id;
    e.lessonId = course.video;
    e.deviceId = device;
    e.hlc = Hlc{systemUnixMillis(), 1};
    e.kind = ProgressKind::Watched;
    e.durationMs = TestCourse::kVideoMs;
    e.startMs = start;
    e.endMs = end;
    return e;
}

struct Setup {
    SyncWorld world;
    TestUser teacher = world.createUser("teacher", "instructor");
    TestCourse course = world.createCourse(teacher, "Enrolled course");
    TestCourse other = world.createCourse(teacher, "Other course");
    TestUser alice = world.createUser("alice");
    TestUser bob = world.createUser("bob");
    Setup() {
        world.enroll(alice, course);
        world.enroll(bob, course);
    }
};

}  // namespace

BOOST_AUTO_TEST_CASE(one_bad_event_is_rejected_and_kept_while_the_others_apply) {
    Setup s;
    const Uuid device = newUuidV7();
    const auto good1 = watched(s.course, device, 0, 1000);
    const auto good2 = watched(s.course, device, 5000, 9000);
    auto unknownLesson = watched(s.course, device, 0, 10);
    unknownLesson.lessonId = newUuidV7();
    auto notEnrolled = watched(s.other, device, 0, 10);
    notEnrolled.lessonId = s.other.video;

    // Built as JSON so that one event can be malformed: its interval ends after the video.
    nlohmann::json body =
        toJson(PushRequest{device, {good1, unknownLesson, good2, notEnrolled}, {}});
    auto bad = toJson(watched(s.course, device, 0, 10));
    bad["endMs"] = TestCourse::kVideoMs + 1;
    const std::string badId = bad["id"];
    body["events"].insert(body["events"].begin() + 1, bad);

    const auto result = s.world.pushRaw(s.alice, body.dump());
    BOOST_REQUIRE_MESSAGE(result.status == 200, result.body);
    const auto& acks = result.response->acks;
    BOOST_REQUIRE_EQUAL(acks.size(), 5u);
    BOOST_TEST((acks[0].status == AckStatus::Applied));
    BOOST_TEST((acks[1].status == AckStatus::Rejected));
    BOOST_TEST((acks[1].reason == RejectReason::Invalid));
    BOOST_TEST(acks[1].id.toString() == badId);
    BOOST_TEST(acks[1].message.find("endMs") != std::string::npos, acks[1].message);
    BOOST_TEST((acks[2].reason == RejectReason::UnknownLesson));
    BOOST_TEST((acks[3].status == AckStatus::Applied));
    BOOST_TEST((acks[4].reason == RejectReason::NotEnrolled));

    // The rejected ones are kept, with their reason and the payload as sent.
    const auto kept = s.world.db->exec(
        "SELECT item_id, reason, payload FROM sync_rejections WHERE user_id = $1::uuid ORDER BY id",
        {s.alice.id});
    BOOST_REQUIRE_EQUAL(kept.rows(), 3);
    BOOST_TEST(kept.text(0, 0) == badId);
    BOOST_TEST(kept.text(0, 1) == "invalid");
    BOOST_TEST(nlohmann::json::parse(kept.text(0, 2))["endMs"] == TestCourse::kVideoMs + 1);
    BOOST_TEST(kept.text(1, 1) == "unknownLesson");
    BOOST_TEST(kept.text(2, 1) == "notEnrolled");

    // The good ones are applied: another device pulls exactly them.
    std::string cursor;
    const auto page = s.world.pullAll(s.alice, cursor);
    BOOST_REQUIRE_EQUAL(page.events.size(), 2u);
    BOOST_TEST((page.events[0] == good1));
    BOOST_TEST((page.events[1] == good2));

    // Replaying the batch changes nothing: duplicates, the same rejections, no new feed entries.
    const auto again = s.world.pushRaw(s.alice, body.dump());
    BOOST_TEST((again.response->acks[0].status == AckStatus::Duplicate));
    BOOST_TEST((again.response->acks[3].status == AckStatus::Duplicate));
    BOOST_TEST((again.response->acks[1].status == AckStatus::Rejected));
    BOOST_TEST(s.world.pullAll(s.alice, cursor).events.empty());
}

BOOST_AUTO_TEST_CASE(a_malformed_envelope_is_refused_whole) {
    Setup s;
    BOOST_TEST(s.world.pushRaw(s.alice, "{not json").status == 400);
    BOOST_TEST(
        s.world
            .pushRaw(s.alice, R"({"protocol":2,"deviceId":"01932c4e-8a4b-7cde-8f01-23456789abcd"})")
            .status == 400);
    BOOST_TEST(s.world.pushRaw(s.alice, R"({"protocol":1,"deviceId":"nope","events":[]})").status ==
               400);
    nlohmann::json tooMany = toJson(PushRequest{newUuidV7(), {}, {}});
    for (int i = 0; i < 5001; ++i)
        tooMany["events"].push_back(nlohmann::json::object());
    BOOST_TEST(s.world.pushRaw(s.alice, tooMany.dump()).status == 413);
    BOOST_TEST(s.world.db->exec("SELECT count(*) FROM progress_events").integer(0, 0) == 0);
}

BOOST_AUTO_TEST_CASE(a_student_cannot_push_for_another_user) {
    Setup s;
    const Uuid aliceDevice = newUuidV7();
    const auto mine = watched(s.course, aliceDevice, 0, 60000);
    BOOST_REQUIRE_EQUAL(s.world.push(s.alice, PushRequest{aliceDevice, {mine}, {}}).status, 200);

    // No token, a forged token: 401.
    const auto anonymous = testing::http("POST", s.world.url() + "/api/v1/sync/push",
                                         encode(PushRequest{aliceDevice, {mine}, {}}));
    BOOST_TEST(anonymous.status == 401);
    TestUser forged = s.bob;
    forged.token += "x";
    BOOST_TEST(s.world.push(forged, PushRequest{newUuidV7(), {}, {}}).status == 401);

    // Bob pushing as Alice's device: 403, nothing stored.
    auto asAlice = watched(s.course, aliceDevice, 100000, 200000);
    const auto hijack = s.world.push(s.bob, PushRequest{aliceDevice, {asAlice}, {}});
    BOOST_TEST(hijack.status == 403);

    // Bob reusing Alice's event id from his own device: rejected, Alice's event untouched.
    const Uuid bobDevice = newUuidV7();
    auto stolen = mine;
    stolen.deviceId = bobDevice;
    stolen.endMs = TestCourse::kVideoMs;
    const auto reuse = s.world.push(s.bob, PushRequest{bobDevice, {stolen}, {}});
    BOOST_REQUIRE_EQUAL(reuse.status, 200);
    BOOST_TEST((reuse.response->acks[0].reason == RejectReason::Forbidden));

    // Bob in a course he is not enrolled in: rejected.
    auto elsewhere = watched(s.other, bobDevice, 0, 10);
    elsewhere.lessonId = s.other.video;
    const auto unenrolled = s.world.push(s.bob, PushRequest{bobDevice, {elsewhere}, {}});
    BOOST_TEST((unenrolled.response->acks[0].reason == RejectReason::NotEnrolled));

    // Nothing of Bob's reached Alice, nothing of Alice's reached Bob.
    std::string aliceCursor, bobCursor;
    const auto alicePage = s.world.pullAll(s.alice, aliceCursor);
    BOOST_REQUIRE_EQUAL(alicePage.events.size(), 1u);
    BOOST_TEST((alicePage.events[0] == mine));
    BOOST_TEST(s.world.pullAll(s.bob, bobCursor).events.empty());
    const auto aliceState = s.world.db->exec(
        "SELECT covered_ms FROM lesson_states WHERE user_id = $1::uuid", {s.alice.id});
    BOOST_TEST(aliceState.integer(0, 0) == 60000);
}

// One batch holding replays of this user's own events, another user's event id and new events:
// the push path inserts what it can in one statement and then sorts out the ids it did not
// insert, so every kind must still get its own acknowledgement and nothing may apply twice.
BOOST_AUTO_TEST_CASE(a_batch_mixing_replays_foreign_ids_and_new_events_is_sorted_out) {
    Setup s;
    const Uuid aliceDevice = newUuidV7();
    const auto alicesOwn = watched(s.course, aliceDevice, 0, 1000);
    BOOST_REQUIRE_EQUAL(s.world.push(s.alice, PushRequest{aliceDevice, {alicesOwn}, {}}).status,
                        200);

    const Uuid bobDevice = newUuidV7();
    const auto first = watched(s.course, bobDevice, 0, 30000);
    const auto second = watched(s.course, bobDevice, 30000, 60000);
    const auto earlier = s.world.push(s.bob, PushRequest{bobDevice, {first, second}, {}});
    BOOST_REQUIRE_EQUAL(earlier.status, 200);

    auto foreign = alicesOwn;  // Alice's id, sent from Bob's device
    foreign.deviceId = bobDevice;
    const auto fresh1 = watched(s.course, bobDevice, 60000, 90000);
    const auto fresh2 = watched(s.course, bobDevice, 120000, 150000);
    const auto mixed =
        s.world.push(s.bob, PushRequest{bobDevice, {first, fresh1, foreign, second, fresh2}, {}});
    BOOST_REQUIRE_MESSAGE(mixed.status == 200, mixed.body);
    const auto& acks = mixed.response->acks;
    BOOST_REQUIRE_EQUAL(acks.size(), 5u);
    BOOST_TEST((acks[0].status == AckStatus::Duplicate));
    BOOST_TEST((acks[1].status == AckStatus::Applied));
    BOOST_TEST((acks[2].status == AckStatus::Rejected));
    BOOST_TEST((acks[2].reason == RejectReason::Forbidden));
    BOOST_TEST((acks[3].status == AckStatus::Duplicate));
    BOOST_TEST((acks[4].status == AckStatus::Applied));

    // Bob's log holds each of his four events once; his state covers exactly their union.
    std::string cursor;
    const auto page = s.world.pullAll(s.bob, cursor);
    BOOST_TEST(page.events.size() == 4u);
    const auto state = s.world.db->exec(
        "SELECT covered_ms FROM lesson_states WHERE user_id = $1::uuid", {s.bob.id});
    BOOST_REQUIRE_EQUAL(state.rows(), 1);
    BOOST_TEST(state.integer(0, 0) == 120000);

    // Replaying the whole mixed batch changes nothing.
    const auto again =
        s.world.push(s.bob, PushRequest{bobDevice, {first, fresh1, foreign, second, fresh2}, {}});
    BOOST_REQUIRE_EQUAL(again.status, 200);
    for (std::size_t i : {0u, 1u, 3u, 4u})
        BOOST_TEST((again.response->acks[i].status == AckStatus::Duplicate), "ack " << i);
    BOOST_TEST(s.world.pullAll(s.bob, cursor).events.empty());

    // Alice's event is untouched by Bob's use of its id.
    std::string aliceCursor;
    const auto alicePage = s.world.pullAll(s.alice, aliceCursor);
    BOOST_REQUIRE_EQUAL(alicePage.events.size(), 1u);
    BOOST_TEST((alicePage.events[0] == alicesOwn));
}

BOOST_AUTO_TEST_CASE(pull_refuses_foreign_cursors_and_bad_limits) {
    Setup s;
    const auto bad =
        testing::http("GET", s.world.url() + "/api/v1/sync/pull?cursor=c1.!!!", {}, s.alice.auth());
    BOOST_TEST(bad.status == 400);
    const auto limit =
        testing::http("GET", s.world.url() + "/api/v1/sync/pull?limit=0", {}, s.alice.auth());
    BOOST_TEST(limit.status == 400);
    BOOST_TEST(testing::http("GET", s.world.url() + "/api/v1/sync/pull").status == 401);
}
