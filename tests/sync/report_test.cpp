// The instructor's progress report (JSON and CSV, course instructors only) and trending,
// both read from what pushes maintain (lesson states, grades, the activity rollup).
#define BOOST_TEST_MODULE sync_report
#include <boost/test/unit_test.hpp>

#include "sync_world.h"

using namespace satchel;
using namespace satchel::synctest;

namespace {

ProgressEvent event(const TestCourse& course, const Uuid& device, const Uuid& lesson,
                    ProgressKind kind) {
    ProgressEvent e;
    e.id = newUuidV7();
    e.courseId = course.id;
    e.lessonId = lesson;
    e.deviceId = device;
    e.hlc = Hlc{systemUnixMillis(), 0};
    e.kind = kind;
    return e;
}

ProgressEvent watched(const TestCourse& course, const Uuid& device, std::uint64_t start,
                      std::uint64_t end) {
    auto e = event(course, device, course.video, ProgressKind::Watched);
    e.durationMs = TestCourse::kVideoMs;
    e.startMs = start;
    e.endMs = end;
    return e;
}

}  // namespace

BOOST_AUTO_TEST_CASE(instructors_see_students_by_lessons_as_json_and_csv) {
    SyncWorld world;
    const auto teacher = world.createUser("teacher", "instructor");
    const auto stranger = world.createUser("other-teacher", "instructor");
    const auto course = world.createCourse(teacher);
    const auto ada = world.createUser("ada");
    const auto bea = world.createUser("=bea");  // a name a spreadsheet would run as a formula
    world.enroll(ada, course);
    world.enroll(bea, course);

    const Uuid laptop = newUuidV7(), phone = newUuidV7();
    // Ada watches 95 % of the video over two devices (completion rule: 90 %), opens the reading.
    BOOST_REQUIRE_EQUAL(
        world.push(ada, PushRequest{laptop, {watched(course, laptop, 0, 300'000)}, {}}).status,
        200);
    BOOST_REQUIRE_EQUAL(
        world
            .push(ada, PushRequest{phone,
                                   {watched(course, phone, 270'000, 570'000),
                                    event(course, phone, course.reading, ProgressKind::Opened)},
                                   {}})
            .status,
        200);
    QuizAttempt attempt;
    attempt.id = newUuidV7();
    attempt.courseId = course.id;
    attempt.lessonId = course.gradedQuiz;
    attempt.courseVersion = 1;
    attempt.deviceId = phone;
    attempt.hlc = Hlc{systemUnixMillis(), 1};
    attempt.startedAtMs = attempt.submittedAtMs = static_cast<std::int64_t>(systemUnixMillis());
    Answer a1;
    a1.questionId = "q1";
    a1.choiceIds = {"b"};
    Answer a2;
    a2.questionId = "q2";
    a2.boolean = true;
    attempt.answers = {a1, a2};
    BOOST_REQUIRE_EQUAL(world.push(ada, PushRequest{phone, {}, {attempt}}).status, 200);
    // Bea watches 10 %.
    const Uuid beaDevice = newUuidV7();
    BOOST_REQUIRE_EQUAL(
        world.push(bea, PushRequest{beaDevice, {watched(course, beaDevice, 0, 60'000)}, {}}).status,
        200);

    const std::string base = world.url() + "/api/v1/courses/" + course.id.toString();
    BOOST_TEST(testing::http("GET", base + "/progress", {}, ada.auth()).status == 403);
    BOOST_TEST(testing::http("GET", base + "/progress", {}, stranger.auth()).status == 403);
    BOOST_TEST(testing::http(
                   "GET", world.url() + "/api/v1/courses/" + newUuidV7().toString() + "/progress",
                   {}, teacher.auth())
                   .status == 404);

    const auto reply = testing::http("GET", base + "/progress", {}, teacher.auth());
    BOOST_REQUIRE_MESSAGE(reply.status == 200, reply.body);
    const auto report = nlohmann::json::parse(reply.body);
    BOOST_REQUIRE_EQUAL(report["lessons"].size(), 4u);
    BOOST_REQUIRE_EQUAL(report["students"].size(), 2u);
    const auto& first = report["students"][0];  // ordered by name: "=bea" before "ada"
    const auto& second = report["students"][1];
    BOOST_TEST(first["username"] == "=bea");
    BOOST_TEST(first["lessons"][0]["percentWatched"] == 10.0);
    BOOST_TEST(first["lessons"][0]["completed"] == false);
    BOOST_TEST(second["username"] == "ada");
    BOOST_TEST(second["lessons"][0]["percentWatched"] == 95.0);
    BOOST_TEST(second["lessons"][0]["completed"] == true);
    BOOST_TEST(second["lessons"][1]["completed"] == true);  // reading: opened
    BOOST_TEST(second["lessons"][3]["attempts"] == 1);
    BOOST_TEST(second["lessons"][3]["bestScore"]["points"] == 3.0);
    BOOST_TEST(second["lessons"][3]["completed"] == true);  // graded quiz passed
    BOOST_TEST(second["completedLessons"] == 3);

    const auto csv = testing::http("GET", base + "/progress.csv", {}, teacher.auth());
    BOOST_REQUIRE_EQUAL(csv.status, 200);
    BOOST_TEST(csv.header("content-type").find("text/csv") == 0u);
    std::vector<std::string> lines;
    for (std::size_t start = 0, end; (end = csv.body.find("\r\n", start)) != std::string::npos;
         start = end + 2)
        lines.push_back(csv.body.substr(start, end - start));
    BOOST_REQUIRE_EQUAL(lines.size(), 1u + 2u * 4u);
    BOOST_TEST(lines[0].rfind("user_id,username,", 0) == 0u);
    BOOST_TEST(lines[1].find(",\"'=bea\",") != std::string::npos, lines[1]);
    BOOST_TEST(lines[5].find(",95,false,true,") != std::string::npos, lines[5]);
    BOOST_TEST(lines[8].find(",1,3,3,true") != std::string::npos, lines[8]);
}

BOOST_AUTO_TEST_CASE(trending_counts_distinct_recent_learners_from_the_rollup) {
    SyncWorld world;
    const auto teacher = world.createUser("teacher", "instructor");
    const auto popular = world.createCourse(teacher, "Popular");
    const auto quiet = world.createCourse(teacher, "Quiet");
    std::vector<TestUser> students;
    for (int i = 0; i < 3; ++i) {
        students.push_back(world.createUser("learner" + std::to_string(i)));
        world.enroll(students.back(), popular);
    }
    world.enroll(students[0], quiet);
    for (const auto& s : students) {
        const Uuid device = newUuidV7();
        // Many events per learner count once; an event stamped 30 days ago does not count.
        auto old = watched(popular, device, 0, 1000);
        old.hlc = Hlc{systemUnixMillis() - 30ull * 24 * 3600 * 1000, 0};
        BOOST_REQUIRE_EQUAL(world
                                .push(s, PushRequest{device,
                                                     {watched(popular, device, 0, 1000),
                                                      watched(popular, device, 2000, 3000), old},
                                                     {}})
                                .status,
                            200);
    }
    const Uuid device = newUuidV7();
    auto reading = event(quiet, device, quiet.reading, ProgressKind::Opened);
    BOOST_REQUIRE_EQUAL(world.push(students[0], PushRequest{device, {reading}, {}}).status, 200);

    const auto reply =
        testing::http("GET", world.url() + "/api/v1/courses/trending", {}, students[0].auth());
    BOOST_REQUIRE_MESSAGE(reply.status == 200, reply.body);
    const auto trending = nlohmann::json::parse(reply.body);
    BOOST_REQUIRE_EQUAL(trending["courses"].size(), 2u);
    BOOST_TEST(trending["courses"][0]["courseId"] == popular.id.toString());
    BOOST_TEST(trending["courses"][0]["learners"] == 3);
    BOOST_TEST(trending["courses"][1]["learners"] == 1);
    BOOST_TEST(trending["lessons"][0]["lessonId"] == popular.video.toString());
    BOOST_TEST(trending["lessons"][0]["title"] == "Intro video");
    BOOST_TEST(testing::http("GET", world.url() + "/api/v1/courses/trending").status == 401);
    // The rollup holds one row per learner, lesson and day, not one per event.
    BOOST_TEST(world.db->exec("SELECT count(*) FROM learner_activity").integer(0, 0) == 4);
}
