// A graded quiz in the student app, end to end against the real satchel-syncd and PostgreSQL:
// the student's manifest carries the quiz with its answer keys withheld, so the quiz page
// grades nothing on the device and says it awaits the server's grade; the attempt is pushed,
// graded on the server, pulled back, and the page then shows the server's grade.
#define BOOST_TEST_MODULE ui_graded_quiz
#include <boost/test/unit_test.hpp>

#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <nlohmann/json.hpp>

#include "qt_gui_fixture.h"
#include "satchel/testing/http.h"
#include "satchel/testing/postgres.h"
#include "satchel/testing/syncd.h"
#include "satchel/ui/quiz_page.h"
#include "satchel/ui/student_controller.h"

namespace st = satchel::testing;
using nlohmann::json;
using satchel::Uuid;

namespace {

constexpr int kWaitMs = 60000;  // the machine running the suite is shared with compilers
const std::string kLesson = "0192a5a0-0000-7000-8000-00000000e201";

json post(const std::string& url, const json& body, const std::string& token = {}) {
    std::map<std::string, std::string> headers{{"Content-Type", "application/json"}};
    if (!token.empty())
        headers["Authorization"] = "Bearer " + token;
    const auto reply = st::http("POST", url, body.dump(), headers, 30000);
    BOOST_REQUIRE_MESSAGE(reply.status >= 200 && reply.status < 300,
                          url << " answered " << reply.status << ": " << reply.body);
    return json::parse(reply.body);
}

// Two questions worth 2 and 1 points; pass mark 50 %.
json gradedQuizCourse() {
    json single{
        {"id", "q1"},
        {"type", "single"},
        {"prompt", "Closest star?"},
        {"points", 2},
        {"choices", {{{"id", "a"}, {"text", "Sirius"}}, {{"id", "b"}, {"text", "Proxima"}}}},
        {"correctChoiceIds", {"b"}}};
    json truth{{"id", "q2"},
               {"type", "truefalse"},
               {"prompt", "The sun is a planet."},
               {"correct", false}};
    json lesson{
        {"id", kLesson},
        {"title", "Final exam"},
        {"kind", "quiz"},
        {"quiz", {{"mode", "graded"}, {"passPercent", 50}, {"questions", {single, truth}}}}};
    return {{"protocol", 1},
            {"manifest",
             {{"version", 1},
              {"title", "Astronomy exam"},
              {"modules",
               {{{"id", "0192a5a0-0000-7000-8000-00000000e101"},
                 {"title", "Exam"},
                 {"lessons", {lesson}}}}},
              {"assets", json::array()}}}};
}

}  // namespace

BOOST_FIXTURE_TEST_CASE(a_withheld_graded_quiz_shows_the_servers_grade_after_sync, st::QtGuiApp) {
    st::PostgresCluster pg;
    st::SyncServer server(pg.createDatabase("graded"));
    BOOST_REQUIRE(server.waitReady(30000));
    const std::string api = server.url() + "/api/v1";

    // An instructor publishes a course with one graded quiz; the student enrolls.
    post(api + "/auth/register", {{"username", "teacher"}, {"password", "teacher-password"}});
    pg.psql("UPDATE users SET role = 'instructor' WHERE username = 'teacher'", "graded");
    const auto teacher =
        post(api + "/auth/login", {{"username", "teacher"}, {"password", "teacher-password"}});
    const std::string teacherToken = teacher.at("access_token");
    const auto course = post(api + "/courses",
                             {{"title", "Astronomy exam"}, {"openEnrollment", true}}, teacherToken);
    const std::string courseId = course.at("id");
    post(api + "/courses/" + courseId + "/versions", gradedQuizCourse(), teacherToken);
    post(api + "/auth/register", {{"username", "learner"}, {"password", "learner-password"}});
    const auto learner =
        post(api + "/auth/login", {{"username", "learner"}, {"password", "learner-password"}});
    post(api + "/courses/" + courseId + "/enroll", json::object(),
         learner.at("access_token").get<std::string>());

    // The student's app signs in and loads the course.
    st::TempDir device{"satchel-device"};
    satchel::ui::ControllerOptions options;
    options.dataDir = QString::fromStdString(device.path().string());
    options.rememberSignIn = false;  // no keychain in the test session
    options.syncInterval = std::chrono::seconds(5);
    options.maxSyncBackoff = std::chrono::seconds(2);
    satchel::ui::StudentController controller(options);
    controller.start();
    BOOST_REQUIRE(QTest::qWaitFor([&] { return controller.isReady(); }, kWaitMs));
    controller.signIn(QUrl(QString::fromStdString(server.url())), QStringLiteral("learner"),
                      QStringLiteral("learner-password"));
    const Uuid id = *Uuid::parse(courseId);
    BOOST_REQUIRE(
        QTest::qWaitFor([&] { return controller.cachedManifest(id) != nullptr; }, kWaitMs));
    const satchel::Lesson* lesson =
        controller.cachedManifest(id)->findLesson(*Uuid::parse(kLesson));
    BOOST_REQUIRE(lesson && lesson->quiz);
    BOOST_REQUIRE(lesson->quiz->answerKeysWithheld);  // the server withheld the keys
    BOOST_TEST(lesson->quiz->questions[0].correctChoiceIds.empty());

    satchel::ui::QuizPage page(controller);
    page.show();
    page.openQuiz(id, 1, *lesson);
    satchel::Answer right;
    right.questionId = "q1";
    right.choiceIds = {"b"};
    satchel::Answer wrong;
    wrong.questionId = "q2";
    wrong.boolean = true;
    page.answer(right);
    page.answer(wrong);
    QTest::mouseClick(page.submitButton(), Qt::LeftButton);

    // No score of the device's own: the keys are not here to grade with.
    const QString submitted = page.resultLabel()->text();
    BOOST_TEST_MESSAGE("after submit: " << submitted.toStdString());
    BOOST_TEST(submitted.contains(QStringLiteral("Awaiting the server's grade")));
    BOOST_TEST(!submitted.contains(QStringLiteral("points")));
    BOOST_TEST(!page.submitButton()->isEnabled());

    // Push -> server grading -> pull: the page shows the server's grade.
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] { return page.resultLabel()->text().contains(QStringLiteral("Graded by the server")); },
        kWaitMs));
    const QString graded = page.resultLabel()->text();
    BOOST_TEST_MESSAGE("after sync: " << graded.toStdString());
    BOOST_TEST(graded.contains(QStringLiteral("Passed")));
    BOOST_TEST(graded.contains(QStringLiteral("2 of 3 points")));
    page.close();
}
