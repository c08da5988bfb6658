// Captions end to end, through the student app's widgets on the offscreen platform, against
// the real satchel-syncd and PostgreSQL with the demo course (`satchel-syncd load-demo`, whose
// Welcome video carries English WebVTT captions through course.json's "captions" key):
// streamed before the course is downloaded (captions fetched from the captions asset's signed
// URL), the downloaded copy showing them with the server gone, the C key and the CC button
// turning them off and on, and a video without captions showing none.
//
// The cases share one server, one device and one window and run in the order written.
#define BOOST_TEST_MODULE ui_captions
#include <boost/test/unit_test.hpp>

#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>

#include "demo_server.h"
#include "qt_gui_fixture.h"
#include "satchel/package.h"
#include "satchel/ui/catalog_model.h"
#include "satchel/ui/course_page.h"
#include "satchel/ui/main_window.h"
#include "satchel/ui/player_page.h"
#include "satchel/ui/student_controller.h"

namespace st = satchel::testing;
using namespace satchel;

namespace {

constexpr int kWaitMs = 60000;  // generous: the machine is shared with compilers
const Uuid kCourse = *Uuid::parse("0192a5a0-0000-7000-8000-00000000d001");
const Uuid kWelcome = *Uuid::parse("0192a5a0-0000-7000-8000-00000000d201");       // captioned
const Uuid kHowSyncWorks = *Uuid::parse("0192a5a0-0000-7000-8000-00000000d203");  // none

// Cues of resources/demo/welcome.en.vtt.
const QString kFirstCue = QStringLiteral("Welcome to Satchel.");
const QString kSecondCue =
    QStringLiteral("Download a course once and learn anywhere, even offline.");
const QString kThirdCue = QStringLiteral("Your progress syncs when you are back online.");

struct Student : st::QtGuiApp {
    Student() : server("captions") {
        server.loadDemoCourse();
        ui::ControllerOptions options;
        options.dataDir = QString::fromStdString(device.path().string());
        options.rememberSignIn = false;  // no keychain in this suite
        options.syncInterval = std::chrono::seconds(5);
        options.maxSyncBackoff = std::chrono::seconds(2);
        controller = std::make_unique<ui::StudentController>(options);
        window = std::make_unique<ui::MainWindow>();
        window->attach(*controller);
        window->setServerUrl(QUrl(QString::fromStdString(server.url)));
        controller->start();
        window->show();
    }
    ~Student() {
        window.reset();
        controller.reset();
    }

    ui::PlayerPage* player() const { return window->playerPage(); }
    const CourseManifest& manifest() const { return *controller->cachedManifest(kCourse); }
    const Lesson& lesson(const Uuid& id) const {
        const Lesson* found = manifest().findLesson(id);
        BOOST_REQUIRE(found);
        return *found;
    }
    const Asset& captionsAsset() const {
        const Asset* found = nullptr;
        for (const Asset& asset : manifest().assets)
            if (asset.path == captionsAssetPath(kWelcome))
                found = &asset;
        BOOST_REQUIRE(found);
        return *found;
    }

    // Opens the lesson and waits until the player shows it with its media loaded.
    void openVideo(const Uuid& id) {
        window->openLesson(lesson(id));
        BOOST_REQUIRE(QTest::qWaitFor(
            [&] {
                return window->pages()->currentWidget() == player() && player()->lessonId() == id &&
                       player()->player()->duration() > 0;
            },
            kWaitMs));
    }
    // Pauses, then seeks as the timeline does (callers wait for the caption: the backend may
    // land on the keyframe before positionMs, so they seek well inside a cue). A stream is
    // seekable only once GStreamer has buffered its start (a few hundred ms): a seek before
    // that is ignored, so this waits for it.
    void pauseAndSeek(qint64 positionMs) {
        QMediaPlayer* media = player()->player();
        BOOST_REQUIRE(QTest::qWaitFor([&] { return media->isSeekable(); }, kWaitMs));
        if (media->playbackState() == QMediaPlayer::PlayingState)
            player()->togglePlay();
        BOOST_REQUIRE(QTest::qWaitFor(
            [&] { return media->playbackState() != QMediaPlayer::PlayingState; }, kWaitMs));
        media->setPosition(positionMs);
    }
    QString caption() const {
        return player()->captionLabel()->isVisible() ? player()->captionLabel()->text() : QString();
    }

    st::DemoServer server;
    st::TempDir device{"satchel-captions-device"};
    std::unique_ptr<ui::StudentController> controller;
    std::unique_ptr<ui::MainWindow> window;
};

Student* student = nullptr;
struct StudentFixture {
    StudentFixture() { student = new Student; }
    ~StudentFixture() {
        delete student;
        student = nullptr;
    }
};

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(StudentFixture);

BOOST_AUTO_TEST_CASE(streams_the_welcome_video_with_captions_from_the_signed_url) {
    Student& s = *student;
    BOOST_REQUIRE(QTest::qWaitFor([&] { return s.controller->isReady(); }, kWaitMs));
    s.controller->signIn(QUrl(QString::fromStdString(s.server.url)), QStringLiteral("demo"),
                         QStringLiteral("demo-password"));
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] {
            return s.controller->signedIn() && s.controller->online() &&
                   s.controller->catalog()->rowCount() > 0;
        },
        kWaitMs));
    s.window->openCourse(kCourse);
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] { return s.window->pages()->currentWidget() == s.window->coursePage(); }, kWaitMs));
    // Nothing of the course is on this device yet.
    BOOST_REQUIRE(s.controller->localAsset(s.lesson(kWelcome).assetSha256).isEmpty());
    BOOST_REQUIRE(s.controller->localAsset(s.captionsAsset().sha256).isEmpty());

    s.openVideo(kWelcome);
    BOOST_TEST(s.player()->streaming());
    BOOST_TEST(!s.player()->player()->source().isLocalFile());
    // The captions arrive from the server, read off the UI thread, and turn the CC button on.
    BOOST_REQUIRE(
        QTest::qWaitFor([&] { return s.player()->captionsButton()->isEnabled(); }, kWaitMs));
    BOOST_TEST(s.player()->captionsButton()->isChecked());  // on by default
    BOOST_TEST(s.controller->localAsset(s.lesson(kWelcome).assetSha256).isEmpty());  // streamed

    // Seeking into the second cue while paused shows it; playing on reaches the third.
    s.pauseAndSeek(5000);
    BOOST_TEST(QTest::qWaitFor([&] { return s.caption() == kSecondCue; }, kWaitMs),
               s.caption().toStdString() << " at " << s.player()->player()->position());
    BOOST_TEST(s.player()->captionLabel()->accessibleName() == kSecondCue);
    s.player()->togglePlay();
    BOOST_TEST(QTest::qWaitFor([&] { return s.caption() == kThirdCue; }, kWaitMs),
               s.caption().toStdString() << " at " << s.player()->player()->position());
}

BOOST_AUTO_TEST_CASE(downloaded_course_shows_captions_with_the_server_gone) {
    Student& s = *student;
    s.window->openCourse(kCourse);
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] { return s.window->pages()->currentWidget() == s.window->coursePage(); }, kWaitMs));
    QTest::mouseClick(s.window->coursePage()->downloadButton(), Qt::LeftButton);
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] {
            return s.controller->catalog()->downloadState(kCourse) ==
                   ui::CatalogModel::DownloadState::Downloaded;
        },
        kWaitMs));
    BOOST_REQUIRE(!s.controller->localAsset(s.captionsAsset().sha256).isEmpty());

    s.server.stop();
    s.openVideo(kWelcome);
    BOOST_TEST(!s.player()->streaming());
    BOOST_TEST(s.player()->player()->source().isLocalFile());
    BOOST_REQUIRE(
        QTest::qWaitFor([&] { return s.player()->captionsButton()->isEnabled(); }, kWaitMs));
    s.pauseAndSeek(4000);
    BOOST_TEST(QTest::qWaitFor([&] { return s.caption() == kSecondCue; }, kWaitMs),
               s.caption().toStdString());
}

BOOST_AUTO_TEST_CASE(c_key_and_cc_button_turn_captions_off_and_on) {
    Student& s = *student;
    s.pauseAndSeek(1000);
    BOOST_REQUIRE(QTest::qWaitFor([&] { return s.caption() == kFirstCue; }, kWaitMs));
    QToolButton* cc = s.player()->captionsButton();
    BOOST_TEST(cc->accessibleName() == QStringLiteral("Captions (C)"));
    BOOST_TEST((int(cc->focusPolicy()) & Qt::TabFocus) != 0);  // reachable with Tab

    s.player()->setFocus();
    QTest::keyClick(s.player(), Qt::Key_C);
    BOOST_TEST(!cc->isChecked());
    BOOST_TEST(!s.player()->captionLabel()->isVisible());
    BOOST_TEST(s.player()->captionLabel()->text().isEmpty());

    QTest::keyClick(s.player(), Qt::Key_C);
    BOOST_TEST(cc->isChecked());
    BOOST_TEST(s.caption() == kFirstCue);

    // The button itself, from the keyboard: focus it and press Space.
    cc->setFocus();
    QTest::keyClick(cc, Qt::Key_Space);
    BOOST_TEST(!cc->isChecked());
    BOOST_TEST(s.caption().isEmpty());
    QTest::keyClick(cc, Qt::Key_Space);
    BOOST_TEST(cc->isChecked());
    BOOST_TEST(s.caption() == kFirstCue);
}

BOOST_AUTO_TEST_CASE(a_video_without_captions_shows_none) {
    Student& s = *student;
    s.openVideo(kHowSyncWorks);
    // Nothing is on the way: the previous lesson's captions were dropped when this one opened
    // (a short wait gives a wrongly delivered file the chance to show).
    QTest::qWait(1000);
    BOOST_TEST(!s.player()->captionsButton()->isEnabled());
    BOOST_TEST(!s.player()->captionLabel()->isVisible());
    BOOST_TEST(s.player()->captionLabel()->text().isEmpty());
    s.pauseAndSeek(5000);
    QTest::qWait(500);
    BOOST_TEST(s.caption().isEmpty());
    // C does nothing for a lesson with no captions.
    s.player()->setFocus();
    QTest::keyClick(s.player(), Qt::Key_C);
    BOOST_TEST(s.player()->captionsButton()->isChecked() == true);
    BOOST_TEST(!s.player()->captionLabel()->isVisible());
}
