// Two students on one computer through the app's StudentController (a school lab), against
// the real satchel-syncd and PostgreSQL with the demo course: the demo student's work left
// unsent at sign-out refuses the next student's sign-in with a message that says how many
// changes wait and who must sign in; the demo student signs in again and syncs; then the
// second student signs in to a store with none of the first's progress.
#define BOOST_TEST_MODULE ui_student_account_switch
#include <boost/test/unit_test.hpp>

#include <QDateTime>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include "demo_server.h"
#include "qt_gui_fixture.h"
#include "satchel/client/local_store.h"
#include "satchel/ui/student_controller.h"

namespace st = satchel::testing;
using namespace satchel;

namespace {

constexpr int kWaitMs = 60000;  // generous: the machine is shared with compilers
const Uuid kCourse = *Uuid::parse("0192a5a0-0000-7000-8000-00000000d001");
const Uuid kVideo = *Uuid::parse("0192a5a0-0000-7000-8000-00000000d201");

struct Lab : st::QtGuiApp {
    Lab() : server("account_switch") {
        server.loadDemoCourse();
        ui::ControllerOptions options;
        options.dataDir = QString::fromStdString(data.path().string());
        options.rememberSignIn = false;  // no keychain in this suite
        options.syncInterval = std::chrono::seconds(5);
        options.maxSyncBackoff = std::chrono::seconds(2);
        controller = std::make_unique<ui::StudentController>(options);
        controller->start();
        BOOST_REQUIRE(QTest::qWaitFor([&] { return controller->isReady(); }, kWaitMs));
        auto opened = client::LocalStore::open(
            QDir(options.dataDir).filePath(QStringLiteral("satchel.sqlite")));
        BOOST_REQUIRE(opened.ok());
        store = std::move(*opened);
    }
    ~Lab() {
        controller.reset();
        store.reset();
    }

    // Signs in and waits for the new session's first sync to finish (the controller's status
    // still shows the previous session's until the new engine reports).
    void signInAndSync(const QString& user) {
        using State = client::SyncStatus::State;
        bool adopted = false;
        int upToDate = 0;
        QObject guard;
        QObject::connect(controller.get(), &ui::StudentController::signedInChanged, &guard,
                         [&](bool in) { adopted = adopted || in; });
        QObject::connect(controller.get(), &ui::StudentController::syncStatusChanged, &guard,
                         [&](const client::SyncStatus& status) {
                             if (adopted && status.state == State::UpToDate)
                                 ++upToDate;
                         });
        controller->signIn(QUrl(QString::fromStdString(server.url)), user,
                           QStringLiteral("demo-password"));
        BOOST_REQUIRE(QTest::qWaitFor([&] { return upToDate > 0; }, kWaitMs));
        BOOST_REQUIRE(controller->signedIn());
    }
    std::int64_t pending() { return *store->pendingCount(); }
    std::string serverEvents(const std::string& username) {
        return server.query(
            "SELECT count(*) FROM progress_events e JOIN users u ON u.id = "
            "e.user_id WHERE u.username = '" +
            username + "'");
    }

    st::DemoServer server;
    st::TempDir data{"satchel-lab"};
    std::unique_ptr<ui::StudentController> controller;
    std::unique_ptr<client::LocalStore> store;  // the same file, looked at from the test
};

}  // namespace

BOOST_FIXTURE_TEST_CASE(unsent_work_refuses_the_next_student_until_it_is_sent, Lab) {
    signInAndSync(QStringLiteral("demo"));
    const auto demoId = *store->progressOwner();
    BOOST_REQUIRE(demoId.has_value());
    controller->signOut();
    // Watched after signing out (an offline course plays signed out): the demo student's.
    ProgressEvent event;
    event.id = newUuidV7();
    event.courseId = kCourse;
    event.lessonId = kVideo;
    event.deviceId = store->deviceId();
    event.hlc = Hlc{static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch()), 0};
    event.kind = ProgressKind::Watched;
    event.startMs = 0;
    event.endMs = 6000;
    event.durationMs = 12000;
    BOOST_REQUIRE(store->recordProgress(std::span(&event, 1)).ok());
    BOOST_REQUIRE(pending() == 1);

    QSignalSpy failed(controller.get(), &ui::StudentController::signInFailed);
    controller->signIn(QUrl(QString::fromStdString(server.url)), QStringLiteral("demo-instructor"),
                       QStringLiteral("demo-password"));
    BOOST_REQUIRE(QTest::qWaitFor([&] { return failed.count() == 1; }, kWaitMs));
    const QString message = failed.at(0).at(0).toString();
    BOOST_TEST_MESSAGE(message.toStdString());
    BOOST_TEST(message.contains(QStringLiteral("changes waiting: 1")));
    BOOST_TEST(message.contains(QStringLiteral("must sign in once while online")));
    BOOST_TEST(!controller->signedIn());
    BOOST_TEST(pending() == 1);
    BOOST_TEST((**store->progressOwner() == *demoId));

    signInAndSync(QStringLiteral("demo"));
    BOOST_REQUIRE(QTest::qWaitFor([&] { return pending() == 0; }, kWaitMs));
    const std::string demoEvents = serverEvents("demo");
    BOOST_TEST(std::stoll(demoEvents) >= 1);
    controller->signOut();

    signInAndSync(QStringLiteral("demo-instructor"));
    BOOST_TEST(!(**store->progressOwner() == *demoId));
    BOOST_TEST(!store->lessonState(kVideo)->has_value());  // none of the demo student's
    BOOST_TEST(serverEvents("demo-instructor") == "0");
    BOOST_TEST(serverEvents("demo") == demoEvents);
    controller->signOut();
}
