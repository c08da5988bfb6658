// The push channel end to end: real satchel-syncd instances on one real PostgreSQL, a real
// WebSocket client. Waits are generous and never assert on timing.
#define BOOST_TEST_MODULE push_server
#include <boost/test/unit_test.hpp>

#include <thread>

#include "auth/access_token.h"
#include "push_world.h"
#include "satchel/testing/env.h"
#include "ws_test_client.h"

using namespace satchel::testing;
using namespace std::chrono_literals;

namespace {

// A client on `server` authenticated as `token`; returns it after the ready message.
std::unique_ptr<WsTestClient> connectAndAuthenticate(const SyncServer& server,
                                                     const std::string& token,
                                                     std::optional<long long> lastId = {},
                                                     std::optional<int> receiveBuffer = {}) {
    auto client = std::make_unique<WsTestClient>(server.port(), "/api/v1/push", receiveBuffer);
    client->authenticate(token, lastId);
    const auto ready = client->receiveJson();
    BOOST_REQUIRE_EQUAL(ready.at("type"), "ready");
    return client;
}

struct Classroom {
    PushWorld world;
    std::string teacher = world.createUser("instructor", "teacher");
    std::string student = world.createUser("student", "student");
    std::string course = world.createCourse(teacher, "Statistics");
    Classroom() { world.enroll(course, student); }
};

}  // namespace

BOOST_AUTO_TEST_CASE(enrollment_creates_an_event_through_the_trigger) {
    Classroom c;
    auto server = c.world.startServer();
    auto client =
        connectAndAuthenticate(*server, c.world.accessToken(c.student, "student"), /*lastId=*/0);
    const auto event = client->receiveJson();
    BOOST_TEST(event.at("type") == "event");
    BOOST_TEST(event.at("id") == 1);
    BOOST_TEST(event.at("kind") == "enrollment.added");
    BOOST_TEST(event.at("data").at("course_id") == c.course);
    BOOST_TEST(event.at("data").at("title") == "Statistics");
}

BOOST_AUTO_TEST_CASE(publication_and_grades_reach_the_student_as_typed_rendered_events) {
    Classroom c;
    auto server = c.world.startServer();
    auto client =
        connectAndAuthenticate(*server, c.world.accessToken(c.student, "student"));  // live only

    // What the publish route and the sync module's grader write, inside their transactions.
    c.world.psql(
        "INSERT INTO course_versions (course_id, version, manifest, manifest_sha256, published_by)"
        " VALUES ('" +
        c.course + "', 1, '{}', 'sha', '" + c.teacher + "')");
    const auto published = client->receiveJson();
    BOOST_TEST(published.at("kind") == "course.version_published");
    BOOST_TEST(published.at("data").at("version") == 1);
    BOOST_TEST(published.at("data").at("course_id") == c.course);

    // A graded quiz's result, announced as the sync module does when it grades one (the
    // grading itself is covered by tests/sync, which pulls the same event as a notification).
    const std::string attempt = "0190f000-0000-7000-8000-000000000001";
    c.world.psql("SELECT push_create_event('" + c.student +
                 "', 'quiz.graded', jsonb_build_object('attempt_id', '" + attempt +
                 "', 'course_id', '" + c.course +
                 "', 'quiz_title', 'Forces', 'points', 4, 'max_points', 5, 'passed', true))");
    const auto graded = client->receiveJson();
    BOOST_TEST(graded.at("kind") == "quiz.graded");
    BOOST_TEST(graded.at("id") == published.at("id").get<long long>() + 1);
    BOOST_TEST(graded.at("data").at("attempt_id") == attempt);
    BOOST_TEST(graded.at("data").at("points") == 4);
    BOOST_TEST(graded.at("data").at("passed") == true);
    // Rendered once on the server, for the socket and the pull alike.
    BOOST_TEST(graded.at("title") == "Quiz graded");
    BOOST_TEST(graded.at("body") == "Forces: 4 of 5 points, passed.");
    BOOST_TEST(graded.at("notification_id").get<std::string>().size() == 36u);
    BOOST_TEST(published.at("body") == "Statistics: version 1 is available.");
}

BOOST_AUTO_TEST_CASE(event_created_through_one_instance_reaches_a_client_on_another) {
    Classroom c;
    auto a = c.world.startServer();
    auto b = c.world.startServer();
    auto client =
        connectAndAuthenticate(*b, c.world.accessToken(c.student, "student"));  // live only

    const auto posted = c.world.announce(*a, c.world.accessToken(c.teacher, "instructor"), c.course,
                                         "Exam moved", "Thursday, room 4 — «bring a pencil»");
    BOOST_REQUIRE_MESSAGE(posted.status == 201, posted.body);
    BOOST_TEST(nlohmann::json::parse(posted.body).at("recipients") == 1);

    const auto event = client->receiveJson();
    BOOST_TEST(event.at("kind") == "course.announcement");
    BOOST_TEST(event.at("id") == c.world.latestSeq(c.student));
    BOOST_TEST(event.at("data").at("title") == "Exam moved");
    BOOST_TEST(event.at("data").at("body") == "Thursday, room 4 — «bring a pencil»");
    BOOST_TEST(event.at("data").at("course_id") == c.course);
}

BOOST_AUTO_TEST_CASE(reconnecting_client_gets_exactly_what_it_missed_in_order_then_live_events) {
    Classroom c;
    auto a = c.world.startServer();
    auto b = c.world.startServer();
    const auto studentToken = c.world.accessToken(c.student, "student");
    const auto teacherToken = c.world.accessToken(c.teacher, "instructor");

    long long lastSeen = 0;
    {
        auto client = connectAndAuthenticate(*b, studentToken, /*lastId=*/0);
        lastSeen = client->receiveJson().at("id").get<long long>();  // the enrollment event
        client->close();
    }
    for (int i = 1; i <= 5; ++i)
        BOOST_REQUIRE_EQUAL(
            c.world.announce(*a, teacherToken, c.course, "missed " + std::to_string(i)).status,
            201);

    auto client = connectAndAuthenticate(*b, studentToken, lastSeen);
    for (int i = 1; i <= 5; ++i) {
        const auto event = client->receiveJson();
        BOOST_TEST(event.at("id") == lastSeen + i);
        BOOST_TEST(event.at("data").at("title") == "missed " + std::to_string(i));
    }
    // The next message is the live one: nothing was repeated or left between.
    BOOST_REQUIRE_EQUAL(c.world.announce(*a, teacherToken, c.course, "live").status, 201);
    const auto live = client->receiveJson();
    BOOST_TEST(live.at("id") == lastSeen + 6);
    BOOST_TEST(live.at("data").at("title") == "live");
}

BOOST_AUTO_TEST_CASE(sockets_that_do_not_authenticate_properly_are_closed_with_clear_codes) {
    Classroom c;
    auto server = c.world.startServer({{"SATCHEL_PUSH_AUTH_TIMEOUT_MS", "1000"}});

    WsTestClient silent(server->port());
    const auto timedOut = silent.receive(30s);
    BOOST_TEST((timedOut.kind == WsReceived::Kind::Closed));
    BOOST_TEST(timedOut.closeCode == 4008);

    WsTestClient wrongFirstMessage(server->port());
    wrongFirstMessage.send(R"({"type":"hello"})");
    const auto bad = wrongFirstMessage.receive(30s);
    BOOST_TEST((bad.kind == WsReceived::Kind::Closed));
    BOOST_TEST(bad.closeCode == 4000);

    WsTestClient forged(server->port());
    forged.authenticate(
        satchel::server::AccessTokenCodec("another-secret-of-enough-length-0123456789", 900s)
            .issue({c.student, "student", 0}));
    const auto refused = forged.receive(30s);
    BOOST_TEST((refused.kind == WsReceived::Kind::Closed));
    BOOST_TEST(refused.closeCode == 4003);
}

BOOST_AUTO_TEST_CASE(client_that_stops_reading_is_dropped_and_its_memory_released) {
    Classroom c;
    // Pings would also catch a silent peer; make them slow so that the write stall does it.
    auto server = c.world.startServer(
        {{"SATCHEL_PUSH_WRITE_TIMEOUT_MS", "2000"}, {"SATCHEL_PUSH_IDLE_TIMEOUT_MS", "600000"}});
    const auto token = c.world.accessToken(c.student, "student");
    const double sessionsBefore = metricValue(*server, "satchel_push_sessions");
    BOOST_REQUIRE_EQUAL(sessionsBefore, 0);

    auto healthy = connectAndAuthenticate(*server, token);
    auto stalled = connectAndAuthenticate(*server, token, std::nullopt, /*receiveBuffer=*/4096);
    BOOST_REQUIRE(
        waitUntil([&] { return metricValue(*server, "satchel_push_subscribed") == 2; }, 30s));

    // ~10 MB of events: far more than the socket buffers between the server and `stalled`.
    const long long first = c.world.latestSeq(c.student) + 1;
    constexpr int kEvents = 300;
    c.world.psql("SELECT count(push_create_event('" + c.student +
                 "', 'test.bulk', jsonb_build_object('n', n, 'filler', repeat('x', 32768))))"
                 " FROM generate_series(1, " +
                 std::to_string(kEvents) + ") AS n");

    // The client that reads gets every event, in order, a page at a time.
    for (int i = 0; i < kEvents; ++i) {
        const auto event = healthy->receiveJson();
        BOOST_REQUIRE_EQUAL(event.at("id").get<long long>(), first + i);
    }
    // The one that does not is dropped, and nothing of it stays in the server.
    BOOST_TEST(
        waitUntil([&] { return metricValue(*server, "satchel_push_slow_drops_total") == 1; }, 60s));
    BOOST_TEST(waitUntil([&] { return metricValue(*server, "satchel_push_sessions") == 1; }, 30s));
    BOOST_TEST(metricValue(*server, "satchel_push_subscribed") == 1);

    // When it reads again it finds the connection gone (after what the kernel buffered).
    WsReceived r;
    do
        r = stalled->receive(30s);
    while (r.kind == WsReceived::Kind::Message);
    BOOST_TEST((r.kind == WsReceived::Kind::Error));
}

BOOST_AUTO_TEST_CASE(expired_token_closes_the_socket_with_the_expiry_code) {
    Classroom c;
    auto server = c.world.startServer({{"SATCHEL_PUSH_TOKEN_CHECK_MS", "500"}});
    // The server honours a token up to 30 s past its expiry (clock skew between instances):
    // this one expired 20 s ago, so it is accepted now and refused about 10 s from now.
    auto client = connectAndAuthenticate(*server, c.world.accessToken(c.student, "student", -20s));
    WsReceived r;
    do
        r = client->receive(90s);
    while (r.kind == WsReceived::Kind::Message);
    BOOST_TEST((r.kind == WsReceived::Kind::Closed));
    BOOST_TEST(r.closeCode == 4001);
    BOOST_TEST(r.closeReason == "token_expired");
    BOOST_TEST(metricValue(*server, "satchel_push_token_expired_total") == 1);

    // A token already past its expiry and the allowance is refused at once, with the same code.
    WsTestClient late(server->port());
    late.authenticate(c.world.accessToken(c.student, "student", -120s));
    r = late.receive(30s);
    BOOST_TEST((r.kind == WsReceived::Kind::Closed));
    BOOST_TEST(r.closeCode == 4001);
}

BOOST_AUTO_TEST_CASE(broadcast_sent_live_is_byte_for_byte_the_event_a_resuming_client_fetches) {
    Classroom c;
    const std::string other = c.world.createUser("student", "other");
    c.world.enroll(c.course, other);
    auto a = c.world.startServer();
    auto b = c.world.startServer();
    const auto studentToken = c.world.accessToken(c.student, "student");
    auto live = connectAndAuthenticate(*b, studentToken);  // live only
    auto otherLive = connectAndAuthenticate(*b, c.world.accessToken(other, "student"));
    // One event each, fetched and written as usual: once both are written (2 ready messages + 2
    // events sent), each subscription is idle and caught up, which is when a broadcast goes out
    // from its template (metric below) instead of being fetched.
    c.world.psql("SELECT push_create_event('" + c.student + "', 'test.warmup', '{}')");
    c.world.psql("SELECT push_create_event('" + other + "', 'test.warmup', '{}')");
    BOOST_TEST(live->receiveJson().at("kind") == "test.warmup");
    BOOST_TEST(otherLive->receiveJson().at("kind") == "test.warmup");
    BOOST_REQUIRE(
        waitUntil([&] { return metricValue(*b, "satchel_push_messages_sent_total") == 4; }, 30s));

    const auto posted =
        c.world.announce(*a, c.world.accessToken(c.teacher, "instructor"), c.course,
                         "Quote \" backslash \\ tab \t «ünïcode»", "Line 1\nLine 2");
    BOOST_REQUIRE_MESSAGE(posted.status == 201, posted.body);
    const auto liveMessage = live->receive();
    BOOST_REQUIRE((liveMessage.kind == WsReceived::Kind::Message));
    const auto event = liveMessage.json();
    BOOST_TEST(event.at("kind") == "course.announcement");
    BOOST_TEST(event.at("title") == "Quote \" backslash \\ tab \t «ünïcode»");
    BOOST_TEST(event.at("body") == "Line 1\nLine 2");
    const long long seq = event.at("id").get<long long>();
    BOOST_TEST(seq == c.world.latestSeq(c.student));
    BOOST_TEST(event.at("notification_id") ==
               c.world.psql("SELECT id FROM push_events WHERE user_id = '" + c.student +
                            "' AND seq = " + std::to_string(seq)));

    // The same event read back from PostgreSQL by a client resuming just before it.
    auto resumed = connectAndAuthenticate(*b, studentToken, seq - 1);
    const auto fetched = resumed->receive();
    BOOST_REQUIRE((fetched.kind == WsReceived::Kind::Message));
    BOOST_TEST(fetched.text == liveMessage.text);

    // The other student got the same announcement under its own id and notification id.
    const auto otherEvent = otherLive->receiveJson();
    BOOST_TEST(otherEvent.at("id") == c.world.latestSeq(other));
    BOOST_TEST(otherEvent.at("title") == event.at("title"));
    BOOST_TEST(otherEvent.at("notification_id") != event.at("notification_id"));
    // Delivered from the broadcast's template, not fetched row by row.
    BOOST_TEST(metricValue(*b, "satchel_push_template_deliveries_total") == 2);
}
