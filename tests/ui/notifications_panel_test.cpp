// The notifications panel and its unread badge (issue 9) and the app's push wiring (issue 8),
// against the real satchel-syncd and PostgreSQL with the demo course, driven through the main
// window on the offscreen platform: an announcement the demo instructor posts through the API
// reaches the signed-in student's app over the push channel, is stored and counted (the
// View > Notifications badge), listed in bold, and opening it or "Mark all read" clears the
// badge. Sign-out lets the session's center go. Settings › "Show desktop notifications" turns
// the desktop notifier off at once and for later sessions, while the panel and badge go on.
#define BOOST_TEST_MODULE notifications_panel
#include <boost/test/unit_test.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <nlohmann/json.hpp>
#include <sstream>

#include "demo_server.h"
#include "qt_gui_fixture.h"
#include "satchel/client/notification_center.h"
#include "satchel/ui/app_settings.h"
#include "satchel/ui/catalog_model.h"
#include "satchel/ui/catalog_page.h"
#include "satchel/ui/main_window.h"
#include "satchel/ui/notifications_model.h"
#include "satchel/ui/notifications_page.h"
#include "satchel/ui/settings_page.h"
#include "satchel/ui/sign_in_page.h"
#include "satchel/ui/student_controller.h"
#include "satchel/ui/tray_notifier.h"

namespace st = satchel::testing;
using satchel::ui::NotificationsModel;

namespace {

// Generous: the machine running the suite is shared with compilers.
constexpr int kWaitMs = 30000;

// A gauge from the server's /metrics, or -1.
double metric(const std::string& serverUrl, const std::string& name) {
    std::istringstream lines(st::httpGet(serverUrl + "/metrics").body);
    for (std::string line; std::getline(lines, line);)
        if (line.rfind(name + " ", 0) == 0)
            return std::stod(line.substr(name.size() + 1));
    return -1;
}

struct App : st::QtGuiApp {
    App() : server("notifications_panel") {
        server.loadDemoCourse();
        satchel::ui::ControllerOptions options;
        options.dataDir = QString::fromStdString(data.path().string());
        options.rememberSignIn = false;  // no keychain in this suite
        options.syncInterval = std::chrono::seconds(5);
        options.maxSyncBackoff = std::chrono::seconds(2);
        controller = std::make_unique<satchel::ui::StudentController>(options);
        window = std::make_unique<satchel::ui::MainWindow>();
        window->attach(*controller, &settings);
        window->setServerUrl(QUrl(QString::fromStdString(server.url)));
        controller->start();
        window->show();
        BOOST_REQUIRE(QTest::qWaitFor([&] { return controller->isReady(); }, kWaitMs));
    }
    ~App() {
        window.reset();
        controller.reset();
    }

    // The demo instructor posts an announcement to the demo course through the API.
    void announce(const std::string& title, const std::string& body) {
        const auto login = st::http(
            "POST", server.url + "/api/v1/auth/login",
            nlohmann::json{{"username", "demo-instructor"}, {"password", "demo-password"}}.dump(),
            {{"Content-Type", "application/json"}});
        BOOST_REQUIRE_EQUAL(login.status, 200);
        const std::string token = nlohmann::json::parse(login.body).at("access_token");
        const std::string courseId = server.query("SELECT id FROM courses LIMIT 1");
        const auto posted =
            st::http("POST", server.url + "/api/v1/courses/" + courseId + "/announcements",
                     nlohmann::json{{"title", title}, {"body", body}}.dump(),
                     {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}});
        BOOST_REQUIRE_MESSAGE(posted.status / 100 == 2, posted.body);
    }

    // Signs the demo student in through the sign-in page; returns once the session's
    // notification center exists.
    void signIn() {
        auto& w = *window;
        w.signInPage()->emailField()->clear();
        w.signInPage()->passwordField()->clear();
        QTest::keyClicks(w.signInPage()->emailField(), QStringLiteral("demo"));
        QTest::keyClicks(w.signInPage()->passwordField(), QStringLiteral("demo-password"));
        QTest::keyClick(w.signInPage()->passwordField(), Qt::Key_Return);
        BOOST_REQUIRE(QTest::qWaitFor(
            [&] {
                return w.pages()->currentWidget() == w.catalogPage() && controller->notifications();
            },
            kWaitMs));
    }

    NotificationsModel& model() const { return *window->notificationsPage()->model(); }
    QString badge() const { return window->notificationsAction()->text(); }

    st::DemoServer server;
    st::TempDir data{"satchel-device"};
    QString iniPath = QString::fromStdString((data / "satchel.ini").string());
    satchel::ui::AppSettings settings{iniPath};
    std::unique_ptr<satchel::ui::StudentController> controller;
    std::unique_ptr<satchel::ui::MainWindow> window;
};

}  // namespace

BOOST_FIXTURE_TEST_CASE(an_announcement_reaches_the_panel_and_reading_it_clears_the_badge, App) {
    auto& w = *window;
    BOOST_TEST(controller->notifications() == nullptr);  // nothing before sign-in
    BOOST_TEST(badge() == QStringLiteral("&Notifications"));

    QTest::keyClicks(w.signInPage()->emailField(), QStringLiteral("demo"));
    QTest::keyClicks(w.signInPage()->passwordField(), QStringLiteral("demo-password"));
    QTest::keyClick(w.signInPage()->passwordField(), Qt::Key_Return);
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] {
            return w.pages()->currentWidget() == w.catalogPage() && controller->notifications();
        },
        kWaitMs));
    auto* center = controller->notifications();
    QSignalSpy arrived(center, &satchel::client::NotificationCenter::notificationArrived);

    // The first sync pulls what the server already had for the student (the demo enrollment):
    // listed unread, counted, and cleared by "Mark all read".
    using SyncState = satchel::client::SyncStatus::State;
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] { return controller->syncStatus().state == SyncState::UpToDate; }, kWaitMs));
    QSignalSpy reloaded(center, &satchel::client::NotificationCenter::notificationsChanged);
    center->reload();  // after the cycle's own reload: the list now holds the pull's rows
    BOOST_REQUIRE(QTest::qWaitFor([&] { return reloaded.count() >= 1; }, kWaitMs));
    const int pulled = model().rowCount();
    BOOST_TEST(pulled >= 1);
    BOOST_TEST(badge() == QStringLiteral("&Notifications (%1)").arg(pulled));
    w.notificationsAction()->trigger();  // View > Notifications
    BOOST_REQUIRE(w.pages()->currentWidget() == w.notificationsPage());
    auto* markAll = w.notificationsPage()->markAllReadButton();
    BOOST_REQUIRE(markAll->isEnabled());
    QTest::mouseClick(markAll, Qt::LeftButton);
    BOOST_TEST(
        QTest::qWaitFor([&] { return badge() == QStringLiteral("&Notifications"); }, kWaitMs));
    BOOST_TEST(QTest::qWaitFor([&] { return !markAll->isEnabled(); }, kWaitMs));
    BOOST_TEST(!model().index(0, 0).data(NotificationsModel::UnreadRole).toBool());
    BOOST_TEST(!model().index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    w.showCatalog();

    // The app's push socket is authenticated before the announcement is made, so that it
    // arrives live over the channel (the sync pull would deliver it too, but not as "arrived").
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] { return metric(server.url, "satchel_push_subscribed") >= 1; }, kWaitMs));
    announce("Exam moved", "Thursday, room 4");
    BOOST_REQUIRE(QTest::qWaitFor([&] { return model().rowCount() == pulled + 1; }, kWaitMs));
    BOOST_TEST(
        QTest::qWaitFor([&] { return badge() == QStringLiteral("&Notifications (1)"); }, kWaitMs));
    BOOST_TEST(center->unreadCount() == 1);
    BOOST_TEST(QTest::qWaitFor([&] { return arrived.count() == 1; }, kWaitMs));
    const QModelIndex newest = model().index(0, 0);
    BOOST_TEST(newest.data(NotificationsModel::TitleRole).toString() ==
               QStringLiteral("Exam moved"));
    BOOST_TEST(newest.data(NotificationsModel::BodyRole).toString() ==
               QStringLiteral("Thursday, room 4"));
    BOOST_TEST(newest.data(NotificationsModel::UnreadRole).toBool());
    BOOST_TEST(newest.data(Qt::FontRole).value<QFont>().bold());

    // Ctrl+Shift+N opens the panel; Enter on the notification opens it: read, badge gone.
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    BOOST_REQUIRE(w.pages()->currentWidget() == w.notificationsPage());
    BOOST_TEST(markAll->isEnabled());
    auto* list = w.notificationsPage()->list();
    list->setCurrentIndex(model().index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    BOOST_TEST(
        QTest::qWaitFor([&] { return badge() == QStringLiteral("&Notifications"); }, kWaitMs));
    BOOST_TEST(QTest::qWaitFor(
        [&] { return !model().index(0, 0).data(NotificationsModel::UnreadRole).toBool(); },
        kWaitMs));
    BOOST_TEST(!markAll->isEnabled());

    // Two more, newest first; "Mark all read" clears the badge again.
    announce("Quiz 2 is open", "Due Friday");
    BOOST_REQUIRE(QTest::qWaitFor([&] { return model().rowCount() == pulled + 2; }, kWaitMs));
    announce("Office hours", "Wednesday at 3 pm");
    BOOST_REQUIRE(QTest::qWaitFor([&] { return model().rowCount() == pulled + 3; }, kWaitMs));
    BOOST_TEST(
        QTest::qWaitFor([&] { return badge() == QStringLiteral("&Notifications (2)"); }, kWaitMs));
    const auto title = [&](int row) {
        return model().index(row, 0).data(NotificationsModel::TitleRole).toString();
    };
    BOOST_TEST(title(0) == QStringLiteral("Office hours"));
    BOOST_TEST(title(1) == QStringLiteral("Quiz 2 is open"));
    BOOST_TEST(title(2) == QStringLiteral("Exam moved"));
    BOOST_REQUIRE(QTest::qWaitFor([&] { return markAll->isEnabled(); }, kWaitMs));
    QTest::mouseClick(markAll, Qt::LeftButton);
    BOOST_TEST(
        QTest::qWaitFor([&] { return badge() == QStringLiteral("&Notifications"); }, kWaitMs));
    BOOST_TEST(center->unreadCount() == 0);
    BOOST_TEST(arrived.count() == 3);  // all three came live over the push channel

    // Sign-out ends the session's channel and center; the panel lets go of them.
    controller->signOut();
    BOOST_TEST(controller->notifications() == nullptr);
    BOOST_TEST(model().rowCount() == 0);
    BOOST_TEST(w.trayNotifier() == nullptr);
    BOOST_TEST(QTest::qWaitFor([&] { return metric(server.url, "satchel_push_subscribed") == 0; },
                               kWaitMs));
}

BOOST_FIXTURE_TEST_CASE(desktop_notifications_can_be_turned_off_and_the_panel_still_counts, App) {
    auto& w = *window;
    signIn();
    BOOST_REQUIRE(w.trayNotifier());
    BOOST_TEST(w.trayNotifier()->isEnabled());  // on by default

    // Settings: the switch follows the language box in the tab order, has an accessible
    // name, and Space turns it off, at once and saved.
    w.showSettings();
    auto* page = w.settingsPage();
    auto* box = page->desktopNotificationsBox();
    BOOST_REQUIRE(box);
    BOOST_TEST(box->isChecked());
    BOOST_TEST(!box->accessibleName().isEmpty());
    BOOST_TEST((box->focusPolicy() & Qt::TabFocus) == Qt::TabFocus);
    QWidget* next = page->languageBox()->nextInFocusChain();
    // (Labels and hidden widgets are in the chain too, but Tab passes over them.)
    while (next && next != box &&
           (!next->isVisibleTo(page) || (next->focusPolicy() & Qt::TabFocus) != Qt::TabFocus))
        next = next->nextInFocusChain();
    BOOST_TEST(next == box);
    QTest::keyClick(box, Qt::Key_Space);
    BOOST_TEST(!box->isChecked());
    BOOST_TEST(!w.trayNotifier()->isEnabled());
    BOOST_TEST(!w.trayNotifier()->isShown());
    settings.sync();
    BOOST_TEST(!satchel::ui::AppSettings(iniPath).desktopNotifications());

    // An announcement still reaches the panel and the badge.
    // (Once the first sync has pulled the enrollment's notification, the count is settled.)
    auto* center = controller->notifications();
    QSignalSpy arrived(center, &satchel::client::NotificationCenter::notificationArrived);
    using SyncState = satchel::client::SyncStatus::State;
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] { return controller->syncStatus().state == SyncState::UpToDate; }, kWaitMs));
    QSignalSpy reloaded(center, &satchel::client::NotificationCenter::notificationsChanged);
    center->reload();
    BOOST_REQUIRE(QTest::qWaitFor([&] { return reloaded.count() >= 1; }, kWaitMs));
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] { return metric(server.url, "satchel_push_subscribed") >= 1; }, kWaitMs));
    const int before = center->unreadCount();
    announce("Exam moved", "Thursday, room 4");
    BOOST_REQUIRE(QTest::qWaitFor([&] { return arrived.count() == 1; }, kWaitMs));
    BOOST_REQUIRE(QTest::qWaitFor([&] { return center->unreadCount() == before + 1; }, kWaitMs));
    BOOST_TEST(QTest::qWaitFor(
        [&] { return badge() == QStringLiteral("&Notifications (%1)").arg(before + 1); }, kWaitMs));
    BOOST_TEST(model().index(0, 0).data(NotificationsModel::TitleRole).toString() ==
               QStringLiteral("Exam moved"));

    // The next session's notifier starts off too; turning the switch on again applies at once.
    controller->signOut();
    signIn();
    BOOST_REQUIRE(w.trayNotifier());
    BOOST_TEST(!w.trayNotifier()->isEnabled());
    w.showSettings();
    BOOST_TEST(!box->isChecked());
    QTest::keyClick(box, Qt::Key_Space);
    BOOST_TEST(w.trayNotifier()->isEnabled());
    settings.sync();
    BOOST_TEST(satchel::ui::AppSettings(iniPath).desktopNotifications());
    controller->signOut();
}
