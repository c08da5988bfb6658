// The student app against the real satchel-syncd and PostgreSQL, driven through its widgets
// on the offscreen platform: sign in as the demo student (loaded with `satchel-syncd
// load-demo`), download the demo course, play a video and see the watched bar and the course
// change, take the quiz and see the result, lose the server and keep learning, get it back and
// see everything arrive on the server.
//
// The cases share one server, one device and one window and run in the order written: each
// continues the journey of the one before.
#define BOOST_TEST_MODULE student_journey
#include <boost/test/unit_test.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMediaPlayer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTextBrowser>
#include <cstdlib>

#include "qt_gui_fixture.h"
#include "satchel/testing/env.h"
#include "satchel/testing/http.h"
#include "satchel/testing/postgres.h"
#include "satchel/testing/process.h"
#include "satchel/testing/syncd.h"
#include "satchel/ui/catalog_model.h"
#include "satchel/ui/catalog_page.h"
#include "satchel/ui/course_outline_model.h"
#include "satchel/ui/course_page.h"
#include "satchel/ui/main_window.h"
#include "satchel/ui/player_page.h"
#include "satchel/ui/quiz_page.h"
#include "satchel/ui/reading_page.h"
#include "satchel/ui/sign_in_page.h"
#include "satchel/ui/student_controller.h"
#include "satchel/ui/sync_indicator.h"
#include "satchel/ui/watched_bar.h"

namespace st = satchel::testing;
using satchel::LessonKind;
using satchel::ui::CatalogModel;
using satchel::ui::SyncIndicator;

namespace {

// Generous: the machine running the suite is shared with compilers.
constexpr int kWaitMs = 60000;

// One server (restartable on the same port and blob folder), one device, one window.
struct Journey : st::QtGuiApp {
    Journey() {
        databaseUrl = pg.createDatabase("journey");
        port = st::freePort();
        serverUrl = "http://127.0.0.1:" + std::to_string(port);
        startServer();
        // load-demo reads the same settings as serve, from the environment.
        ::setenv("SATCHEL_DATABASE_URL", databaseUrl.c_str(), 1);
        ::setenv("SATCHEL_BLOB_DIR", (blobs.path()).c_str(), 1);
        ::setenv("SATCHEL_PUBLIC_URL", serverUrl.c_str(), 1);
        const int loaded = st::runCommand({(st::binDir() / "satchel-syncd").string(), "load-demo",
                                           (st::binDir().parent_path() / "demo-course").string()},
                                          (logs.path() / "load-demo.log").string());
        BOOST_REQUIRE_EQUAL(loaded, 0);

        satchel::ui::ControllerOptions options;
        options.dataDir = QString::fromStdString(device.path().string());
        options.rememberSignIn = false;  // no keychain in the test session
        options.maxSyncBackoff = std::chrono::seconds(2);
        options.syncInterval = std::chrono::seconds(5);
        controller = std::make_unique<satchel::ui::StudentController>(options);
        window = std::make_unique<satchel::ui::MainWindow>();
        window->attach(*controller);
        window->setServerUrl(QUrl(QString::fromStdString(serverUrl)));
        controller->start();
        window->show();
    }
    ~Journey() {
        window.reset();
        controller.reset();
    }

    void startServer() {
        server = std::make_unique<st::SyncServer>(
            databaseUrl, std::map<std::string, std::string>{
                             {"SATCHEL_LISTEN", "127.0.0.1:" + std::to_string(port)},
                             {"SATCHEL_PUBLIC_URL", serverUrl},
                             {"SATCHEL_BLOB_DIR", blobs.path().string()}});
        BOOST_REQUIRE(st::waitUntil(
            [&] { return st::http("GET", serverUrl + "/readyz", {}, {}, 1000).status == 200; },
            std::chrono::seconds(30)));
    }

    const satchel::CourseManifest& manifest() const {
        return *controller->cachedManifest(window->coursePage()->courseId());
    }
    const satchel::Lesson& lesson(LessonKind kind, int nth = 0) const {
        for (const auto& module : manifest().modules)
            for (const auto& l : module.lessons)
                if (l.kind == kind && nth-- == 0)
                    return l;
        BOOST_FAIL("the demo course lacks a lesson of that kind");
        throw 0;
    }
    std::string serverCount(const std::string& sql) const {
        std::string out = pg.psql(sql, "journey");
        while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
            out.pop_back();
        return out;
    }

    st::PostgresCluster pg;
    st::TempDir blobs{"satchel-blobs"};
    st::TempDir logs{"satchel-logs"};
    st::TempDir device{"satchel-device"};
    std::string databaseUrl;
    int port = 0;
    std::string serverUrl;
    std::unique_ptr<st::SyncServer> server;
    std::unique_ptr<satchel::ui::StudentController> controller;
    std::unique_ptr<satchel::ui::MainWindow> window;
};

Journey* journey = nullptr;
struct JourneyFixture {
    JourneyFixture() { journey = new Journey; }
    ~JourneyFixture() {
        delete journey;
        journey = nullptr;
    }
};

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(JourneyFixture);

BOOST_AUTO_TEST_CASE(wrong_password_is_explained_and_the_right_one_signs_in) {
    auto& w = *journey->window;
    BOOST_REQUIRE(QTest::qWaitFor([&] { return journey->controller->isReady(); }, kWaitMs));
    BOOST_TEST((w.pages()->currentWidget() == w.signInPage()));
    auto* page = w.signInPage();
    QTest::keyClicks(page->emailField(), QStringLiteral("demo"));
    QTest::keyClicks(page->passwordField(), QStringLiteral("not-the-password"));
    QTest::mouseClick(page->submitButton(), Qt::LeftButton);
    BOOST_TEST(QTest::qWaitFor(
        [&] { return page->errorLabel()->text().contains(QStringLiteral("password")); }, kWaitMs));

    page->passwordField()->clear();
    QTest::keyClicks(page->passwordField(), QStringLiteral("demo-password"));
    QTest::keyClick(page->passwordField(), Qt::Key_Return);
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] {
            return w.pages()->currentWidget() == w.catalogPage() &&
                   journey->controller->catalog()->rowCount() > 0;
        },
        kWaitMs));
    const auto* course = journey->controller->catalog()->course(0);
    BOOST_TEST(course->title == "Welcome to Satchel");
    BOOST_TEST(course->enrolled);
}

BOOST_AUTO_TEST_CASE(downloads_the_demo_course) {
    auto& w = *journey->window;
    auto* list = w.catalogPage()->courseList();
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);  // opens the course, as a student would
    BOOST_REQUIRE(
        QTest::qWaitFor([&] { return w.pages()->currentWidget() == w.coursePage(); }, kWaitMs));
    BOOST_TEST(w.coursePage()->outline()->rowCount() >= 2);  // modules

    const auto courseId = w.coursePage()->courseId();
    QTest::mouseClick(w.coursePage()->downloadButton(), Qt::LeftButton);
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] {
            return journey->controller->catalog()->downloadState(courseId) ==
                   CatalogModel::DownloadState::Downloaded;
        },
        kWaitMs));
    for (const auto& asset : journey->manifest().assets)
        BOOST_TEST(!journey->controller->localAsset(asset.sha256).isEmpty());
    BOOST_TEST(!w.coursePage()->downloadButton()->isEnabled());
}

BOOST_AUTO_TEST_CASE(playing_a_video_fills_the_watched_bar_and_the_course_progress) {
    auto& w = *journey->window;
    const auto& video = journey->lesson(LessonKind::Video);
    w.openLesson(video);
    BOOST_REQUIRE(
        QTest::qWaitFor([&] { return w.pages()->currentWidget() == w.playerPage(); }, kWaitMs));
    auto* player = w.playerPage()->player();
    BOOST_REQUIRE(QTest::qWaitFor([&] { return player->position() > 3000; }, kWaitMs));
    BOOST_TEST(w.playerPage()->watchedBar()->percent() > 5.0);

    // Space pauses (the pause writes the watched interval), then back to the course.
    w.playerPage()->setFocus();
    QTest::keyClick(w.playerPage(), Qt::Key_Space);
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] { return player->playbackState() != QMediaPlayer::PlayingState; }, kWaitMs));
    w.playerPage()->closeLesson();
    w.openCourse(w.coursePage()->courseId());
    auto* outline = w.coursePage()->outline();
    BOOST_TEST(QTest::qWaitFor([&] { return outline->watchedPercent(video.id) > 5.0; }, kWaitMs));

    // The reading completes on opening: the course's progress moves.
    const auto courseId = w.coursePage()->courseId();
    BOOST_TEST(journey->controller->catalog()->progress(courseId) == 0.0);
    w.openLesson(journey->lesson(LessonKind::Reading));
    BOOST_REQUIRE(
        QTest::qWaitFor([&] { return w.pages()->currentWidget() == w.readingPage(); }, kWaitMs));
    BOOST_TEST(!w.readingPage()->browser()->toPlainText().isEmpty());
    BOOST_TEST(QTest::qWaitFor(
        [&] { return journey->controller->catalog()->progress(courseId) > 0.0; }, kWaitMs));
}

BOOST_AUTO_TEST_CASE(takes_the_quiz_and_sees_the_result) {
    auto& w = *journey->window;
    const auto& lesson = journey->lesson(LessonKind::Quiz);
    w.openLesson(lesson);
    BOOST_REQUIRE(w.pages()->currentWidget() == w.quizPage());
    for (const auto& q : lesson.quiz->questions) {
        satchel::Answer a;
        a.questionId = q.id;
        a.choiceIds = q.correctChoiceIds;
        if (q.type == satchel::QuestionType::TrueFalse)
            a.boolean = q.correctBool;
        if (!q.acceptedAnswers.empty())
            a.text = q.acceptedAnswers.front();
        if (q.numeric.value)
            a.number = *q.numeric.value;
        w.quizPage()->answer(a);
    }
    QTest::mouseClick(w.quizPage()->submitButton(), Qt::LeftButton);
    const QString result = w.quizPage()->resultLabel()->text();
    BOOST_TEST_MESSAGE("quiz result: " << result.toStdString());
    BOOST_TEST(
        (result.contains(QStringLiteral("Passed")) || result.contains(QStringLiteral("Awaiting"))));
    BOOST_TEST(!w.quizPage()->submitButton()->isEnabled());
    // The attempt reaches the server.
    BOOST_TEST(QTest::qWaitFor(
        [&] { return journey->serverCount("SELECT count(*) FROM quiz_attempts") == "1"; },
        kWaitMs));
    BOOST_TEST(QTest::qWaitFor(
        [&] { return w.syncIndicator()->state() == SyncIndicator::State::UpToDate; }, kWaitMs));
}

BOOST_AUTO_TEST_CASE(keeps_learning_offline_and_syncs_when_the_server_returns) {
    auto& w = *journey->window;
    journey->server->stop();
    journey->server.reset();

    const auto& second = journey->lesson(LessonKind::Video, 1);
    w.openLesson(second);  // downloaded: plays with no server
    BOOST_REQUIRE(
        QTest::qWaitFor([&] { return w.pages()->currentWidget() == w.playerPage(); }, kWaitMs));
    auto* player = w.playerPage()->player();
    BOOST_REQUIRE(QTest::qWaitFor([&] { return player->position() > 2500; }, kWaitMs));
    w.playerPage()->closeLesson();  // writes the watched interval and asks for a sync
    BOOST_TEST(QTest::qWaitFor(
        [&] { return w.syncIndicator()->state() == SyncIndicator::State::Offline; }, kWaitMs));
    const std::string lessonId = second.id.toString();
    const std::string watchedOnServer =
        "SELECT count(*) FROM progress_events WHERE lesson_id = '" + lessonId + "'";

    journey->startServer();
    BOOST_TEST(QTest::qWaitFor(
        [&] { return w.syncIndicator()->state() == SyncIndicator::State::UpToDate; }, kWaitMs));
    BOOST_TEST(journey->serverCount(watchedOnServer) != "0");
    BOOST_TEST(journey->serverCount("SELECT count(*) FROM lesson_states WHERE lesson_id = '" +
                                    lessonId + "' AND covered_ms > 0") == "1");
}
