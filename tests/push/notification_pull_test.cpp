// One notification store (db/migrations/0050): the sync pull delivers the user's push events
// as notifications — announcements, enrollments, new versions, certificates — so a client that
// never opened a socket still gets them, once, with the ids and texts the socket carries.
// Real satchel-syncd, real PostgreSQL.
#define BOOST_TEST_MODULE push_notification_pull
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include "push_world.h"
#include "satchel/testing/env.h"
#include "ws_test_client.h"

using namespace satchel::testing;
using nlohmann::json;

namespace {

struct Classroom {
    PushWorld world;
    std::string teacher = world.createUser("instructor", "teacher");
    std::string student = world.createUser("student", "student");
    std::string course = world.createCourse(teacher, "Statistics");
    std::unique_ptr<SyncServer> server = world.startServer();
    std::string studentToken = world.accessToken(student, "student");
    Classroom() { world.enroll(course, student); }

    // GET /api/v1/sync/pull as the student.
    json pull(const std::string& cursor = "") {
        const auto r = http("GET", server->url() + "/api/v1/sync/pull?cursor=" + cursor, "",
                            {{"Authorization", "Bearer " + studentToken}});
        BOOST_REQUIRE_MESSAGE(r.status == 200, r.body);
        return json::parse(r.body);
    }
};

const json* findKind(const json& notifications, const std::string& kind) {
    for (const auto& n : notifications)
        if (n.at("kind") == kind)
            return &n;
    return nullptr;
}

}  // namespace

BOOST_AUTO_TEST_CASE(pull_delivers_announcements_and_enrollments_once_without_a_socket) {
    Classroom c;
    const auto posted = c.world.announce(*c.server, c.world.accessToken(c.teacher, "instructor"),
                                         c.course, "Exam moved", "Thursday, room 4");
    BOOST_REQUIRE_MESSAGE(posted.status == 201, posted.body);

    const auto first = c.pull();
    const auto& notes = first.at("notifications");
    BOOST_REQUIRE_EQUAL(notes.size(), 2u);
    const json* enrolled = findKind(notes, "enrollmentAdded");
    const json* announced = findKind(notes, "announcement");
    BOOST_REQUIRE(enrolled);
    BOOST_REQUIRE(announced);
    BOOST_TEST(enrolled->at("title") == "Enrolled");
    BOOST_TEST(enrolled->at("body") == "You are enrolled in Statistics.");
    BOOST_TEST(enrolled->at("courseId") == c.course);
    BOOST_TEST(announced->at("title") == "Exam moved");
    BOOST_TEST(announced->at("body") == "Thursday, room 4");
    BOOST_TEST(announced->at("courseId") == c.course);
    BOOST_TEST(announced->at("userId") == c.student);
    // The notification's id is the push event's: one row, whichever channel delivers it.
    BOOST_TEST(announced->at("id") ==
               c.world.psql("SELECT id FROM push_events WHERE user_id = '" + c.student +
                            "' AND kind = 'course.announcement'"));
    const std::string cursor = first.at("cursor");
    BOOST_TEST(cursor.rfind("c2.", 0) == 0u);
    BOOST_TEST(first.at("hasMore") == false);

    // Nothing twice; the next announcement arrives by itself.
    BOOST_TEST(c.pull(cursor).at("notifications").empty());
    c.world.announce(*c.server, c.world.accessToken(c.teacher, "instructor"), c.course,
                     "Slides uploaded");
    const auto next = c.pull(cursor);
    BOOST_REQUIRE_EQUAL(next.at("notifications").size(), 1u);
    BOOST_TEST(next.at("notifications")[0].at("title") == "Slides uploaded");
}

BOOST_AUTO_TEST_CASE(the_socket_and_the_pull_carry_the_same_notification) {
    Classroom c;
    WsTestClient socket(c.server->port(), "/api/v1/push");
    socket.authenticate(c.studentToken, /*lastId=*/0);
    BOOST_REQUIRE_EQUAL(socket.receiveJson().at("type"), "ready");
    const auto live = socket.receiveJson();  // the enrollment
    BOOST_REQUIRE_EQUAL(live.at("kind"), "enrollment.added");

    const auto pulled = c.pull().at("notifications");
    BOOST_REQUIRE_EQUAL(pulled.size(), 1u);
    BOOST_TEST(pulled[0].at("id") == live.at("notification_id"));
    BOOST_TEST(pulled[0].at("title") == live.at("title"));
    BOOST_TEST(pulled[0].at("body") == live.at("body"));
}

BOOST_AUTO_TEST_CASE(every_event_type_reaches_the_pull_and_unknown_ones_are_passed_over) {
    Classroom c;
    // Events as their writers create them (the publish trigger, the sync module's grader,
    // the certificate and reminder jobs); their own suites cover the writers.
    c.world.psql("SELECT push_create_event('" + c.student +
                 "', 'course.version_published', jsonb_build_object('course_id', '" + c.course +
                 "', 'version', 1, 'title', 'Statistics'))");
    const std::string attempt = "0190f000-0000-7000-8000-000000000001";
    c.world.psql("SELECT push_create_event('" + c.student +
                 "', 'quiz.graded', jsonb_build_object('attempt_id', '" + attempt +
                 "', 'course_id', '" + c.course +
                 "', 'quiz_title', 'Forces', 'points', 7.5, 'max_points', 10, 'passed', false))");
    c.world.psql("SELECT push_create_event('" + c.student +
                 "', 'certificate.ready', jsonb_build_object('code', 'SAT-AAAA-BBBB-CCCC',"
                 " 'course_id', '" +
                 c.course + "', 'course_title', 'Statistics'))");
    c.world.psql("SELECT push_create_event('" + c.student +
                 "', 'course.reminder', jsonb_build_object('course_id', '" + c.course +
                 "', 'course_title', 'Statistics', 'inactive_days', 9))");
    c.world.psql("SELECT push_create_event('" + c.student + "', 'some.future_kind', '{}')");

    // A small page size: notifications are paged by their own sequence, with hasMore.
    json all = json::array();
    std::string cursor;
    for (int page = 0; page < 20; ++page) {
        const auto r = http("GET", c.server->url() + "/api/v1/sync/pull?limit=2&cursor=" + cursor,
                            "", {{"Authorization", "Bearer " + c.studentToken}});
        BOOST_REQUIRE_MESSAGE(r.status == 200, r.body);
        const auto body = json::parse(r.body);
        for (const auto& n : body.at("notifications"))
            all.push_back(n);
        cursor = body.at("cursor");
        if (!body.at("hasMore"))
            break;
    }
    BOOST_REQUIRE_EQUAL(all.size(), 5u);  // the future kind is passed over
    const json* version = findKind(all, "coursePublished");
    BOOST_REQUIRE(version);
    BOOST_TEST(version->at("courseVersion") == 1);
    BOOST_TEST(version->at("body") == "Statistics: version 1 is available.");
    const json* grade = findKind(all, "attemptGraded");
    BOOST_REQUIRE(grade);
    BOOST_TEST(grade->at("attemptId") == attempt);
    BOOST_TEST(grade->at("body") == "Forces: 7.5 of 10 points, not passed.");
    const json* certificate = findKind(all, "certificateReady");
    BOOST_REQUIRE(certificate);
    BOOST_TEST(certificate->at("body") ==
               "Your certificate for Statistics is ready (code SAT-AAAA-BBBB-CCCC).");
    const json* reminder = findKind(all, "reminder");
    BOOST_REQUIRE(reminder);
    BOOST_TEST(reminder->at("title") == "Continue Statistics");
    BOOST_TEST(findKind(all, "enrollmentAdded"));
}

BOOST_AUTO_TEST_CASE(a_cursor_from_before_the_merge_gets_every_notification_again) {
    Classroom c;
    // "c1." + seq 0: what pulls returned before notifications moved into push_events.
    const auto page = c.pull("c1.AAAAAAAAAAA");
    BOOST_TEST(page.at("notifications").size() == 1u);
    BOOST_TEST(page.at("cursor").get<std::string>().rfind("c2.", 0) == 0u);
    const auto r = http("GET", c.server->url() + "/api/v1/sync/pull?cursor=c2.nonsense", "",
                        {{"Authorization", "Bearer " + c.studentToken}});
    BOOST_TEST(r.status == 400);
}
