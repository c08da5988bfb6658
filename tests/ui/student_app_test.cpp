// The student app's Downloads and Settings pages, the sign-in kept in the system keychain and
// the catalog kept for offline starts, against the real satchel-syncd, a real PostgreSQL and
// a real keychain (a private gnome-keyring: ctest label KEYRING), driven through the widgets
// on the offscreen platform.
//
// The cases share one server and one device (data folder, settings file, keychain) and run in
// the order written; an "app start" is a new StudentController and MainWindow on that device.
#define BOOST_TEST_MODULE student_app
#include <boost/test/unit_test.hpp>

#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>
#include <QTreeView>
#include <optional>

#include "demo_server.h"
#include "qt_gui_fixture.h"
#include "satchel/client/credential_store.h"
#include "satchel/ui/app_settings.h"
#include "satchel/ui/catalog_model.h"
#include "satchel/ui/catalog_page.h"
#include "satchel/ui/course_page.h"
#include "satchel/ui/downloads_model.h"
#include "satchel/ui/downloads_page.h"
#include "satchel/ui/main_window.h"
#include "satchel/ui/settings_page.h"
#include "satchel/ui/sign_in_page.h"
#include "satchel/ui/student_controller.h"
#include "satchel/ui/sync_indicator.h"

namespace st = satchel::testing;
using satchel::client::CredentialError;
using satchel::ui::CatalogModel;
using satchel::ui::DownloadsModel;
using satchel::ui::RestoreOutcome;
using satchel::ui::SyncIndicator;

namespace {

// Generous: the machine running the suite is shared with compilers.
constexpr int kWaitMs = 60000;
const QString kCourseTitle = QStringLiteral("Welcome to Satchel");

struct Device : st::QtGuiApp {
    Device() : server("student_app") { server.loadDemoCourse(); }
    ~Device() { quit(); }

    // Starts the app on this device, as main() does.
    void launch() {
        quit();
        settings = std::make_unique<satchel::ui::AppSettings>(
            QString::fromStdString((config.path() / "satchel.ini").string()));
        satchel::ui::ControllerOptions options;
        options.dataDir = QString::fromStdString(data.path().string());
        options.bandwidthLimit = settings->bandwidthLimit();
        options.maxSyncBackoff = std::chrono::seconds(2);
        options.syncInterval = std::chrono::seconds(5);
        controller = std::make_unique<satchel::ui::StudentController>(options);
        window = std::make_unique<satchel::ui::MainWindow>();
        window->attach(*controller, settings.get());
        window->setServerUrl(serverUrl());
        QObject::connect(controller.get(), &satchel::ui::StudentController::restoreFinished,
                         [this](RestoreOutcome outcome) { restored = outcome; });
        restored.reset();
        controller->start(serverUrl());
        window->show();
        BOOST_REQUIRE(QTest::qWaitFor([&] { return controller->isReady(); }, kWaitMs));
    }
    void quit() {
        window.reset();
        controller.reset();
        settings.reset();
    }
    QUrl serverUrl() const { return QUrl(QString::fromStdString(server.url)); }

    // What the keychain holds for this device's sign-in.
    std::optional<satchel::Result<QString, CredentialError>> keychainEntry() {
        satchel::client::CredentialStore keychain(QStringLiteral("Satchel"));
        QObject context;
        std::optional<satchel::Result<QString, CredentialError>> out;
        keychain.readSecret(controller->credentialAccount(serverUrl()), &context,
                            [&](auto r) { out.emplace(std::move(r)); });
        BOOST_REQUIRE(QTest::qWaitFor([&] { return out.has_value(); }, kWaitMs));
        return out;
    }

    // Bytes in the content store's folder (complete or partial files).
    qint64 bytesIn(const QString& folder) const {
        qint64 total = 0;
        QDirIterator it(QDir(controller->contentStore()).filePath(folder), QDir::Files);
        while (it.hasNext()) {
            it.next();
            total += it.fileInfo().size();
        }
        return total;
    }

    const satchel::CourseSummary* course() const {
        const auto* model = controller->catalog();
        for (int row = 0; row < model->rowCount(); ++row)
            if (QString::fromStdString(model->course(row)->title) == kCourseTitle)
                return model->course(row);
        return nullptr;
    }
    DownloadsModel::State rowState(const satchel::Uuid& courseId) const {
        const auto* row = controller->downloads()->row(courseId);
        BOOST_REQUIRE(row);
        return row->state;
    }

    st::DemoServer server;
    st::TempDir data{"satchel-device"};
    st::TempDir config{"satchel-config"};
    std::unique_ptr<satchel::ui::AppSettings> settings;
    std::unique_ptr<satchel::ui::StudentController> controller;
    std::unique_ptr<satchel::ui::MainWindow> window;
    std::optional<RestoreOutcome> restored;
};

Device* device = nullptr;
struct DeviceFixture {
    DeviceFixture() { device = new Device; }
    ~DeviceFixture() {
        delete device;
        device = nullptr;
    }
};

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(DeviceFixture);

BOOST_AUTO_TEST_CASE(signing_in_keeps_the_refresh_token_in_the_keychain) {
    auto& d = *device;
    d.launch();
    BOOST_REQUIRE(QTest::qWaitFor([&] { return d.restored.has_value(); }, kWaitMs));
    BOOST_TEST((*d.restored == RestoreOutcome::NothingStored));
    auto& w = *d.window;
    BOOST_TEST((w.pages()->currentWidget() == w.signInPage()));
    BOOST_TEST(w.signInPage()->keychainNotice()->isHidden());

    QTest::keyClicks(w.signInPage()->emailField(), QStringLiteral("demo"));
    QTest::keyClicks(w.signInPage()->passwordField(), QStringLiteral("demo-password"));
    QTest::keyClick(w.signInPage()->passwordField(), Qt::Key_Return);
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] { return w.pages()->currentWidget() == w.catalogPage() && d.course(); }, kWaitMs));
    BOOST_TEST(QTest::qWaitFor(
        [&] {
            auto entry = d.keychainEntry();
            return *entry && !(*entry)->isEmpty();
        },
        kWaitMs));
}

BOOST_AUTO_TEST_CASE(downloads_pause_resume_cancel_and_remove_the_offline_copy) {
    auto& d = *device;
    auto& w = *d.window;
    const satchel::Uuid courseId = d.course()->courseId;
    // A low limit, set where the student sets it, keeps the transfer slow enough to pause.
    w.showSettings();
    w.settingsPage()->bandwidthBox()->setValue(32);  // KiB/s
    BOOST_TEST(d.settings->bandwidthLimit() == 32 * 1024);

    w.openCourse(courseId);
    BOOST_REQUIRE(
        QTest::qWaitFor([&] { return w.pages()->currentWidget() == w.coursePage(); }, kWaitMs));
    QTest::mouseClick(w.coursePage()->downloadButton(), Qt::LeftButton);
    w.showDownloads();
    auto* page = w.downloadsPage();
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] {
            const auto* row = d.controller->downloads()->row(courseId);
            return row && row->state == DownloadsModel::State::Downloading && row->bytesDone > 0;
        },
        kWaitMs));
    page->selectCourse(courseId);
    BOOST_TEST(page->pauseButton()->isEnabled());
    BOOST_TEST(!page->removeButton()->isEnabled());  // not while its files are being written

    // Paused: the partial files stop growing.
    QTest::mouseClick(page->pauseButton(), Qt::LeftButton);
    BOOST_TEST((d.rowState(courseId) == DownloadsModel::State::Paused));
    BOOST_TEST(page->resumeButton()->isEnabled());
    QTest::qWait(1000);  // lets a chunk already on its way land
    const qint64 pausedAt = d.bytesIn(QStringLiteral("partial"));
    QTest::qWait(1500);
    BOOST_TEST(d.bytesIn(QStringLiteral("partial")) == pausedAt);

    // Resumed: they grow again.
    QTest::mouseClick(page->resumeButton(), Qt::LeftButton);
    BOOST_TEST(QTest::qWaitFor(
        [&] {
            return d.rowState(courseId) == DownloadsModel::State::Downloading &&
                   d.bytesIn(QStringLiteral("partial")) > pausedAt;
        },
        kWaitMs));

    // Cancelled: the course is forgotten and its partial files deleted.
    QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
    BOOST_TEST(QTest::qWaitFor(
        [&] {
            return d.controller->downloads()->row(courseId) == nullptr &&
                   d.bytesIn(QStringLiteral("partial")) == 0;
        },
        kWaitMs));
    BOOST_TEST((d.controller->catalog()->downloadState(courseId) ==
                CatalogModel::DownloadState::NotDownloaded));

    // Unlimited again (the setting applies at once), then a complete download.
    w.showSettings();
    w.settingsPage()->bandwidthBox()->setValue(0);
    d.controller->downloadCourse(courseId);
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] {
            const auto* row = d.controller->downloads()->row(courseId);
            return row && row->state == DownloadsModel::State::Downloaded;
        },
        kWaitMs));
    const auto* manifest = d.controller->cachedManifest(courseId);
    BOOST_REQUIRE(manifest);
    for (const auto& asset : manifest->assets)
        BOOST_TEST(!d.controller->localAsset(asset.sha256).isEmpty());
    BOOST_TEST(QTest::qWaitFor(
        [&] { return d.controller->diskUsed() >= qint64(manifest->totalAssetBytes()); }, kWaitMs));
    w.showDownloads();
    BOOST_TEST(page->diskLabel()->text().contains(QStringLiteral("Disk used")));

    // Removed: the files go, the course is no longer offline.
    page->selectCourse(courseId);
    BOOST_REQUIRE(page->removeButton()->isEnabled());
    QTest::mouseClick(page->removeButton(), Qt::LeftButton);
    BOOST_TEST(QTest::qWaitFor(
        [&] {
            return d.controller->downloads()->row(courseId) == nullptr &&
                   d.bytesIn(QStringLiteral("sha256")) == 0 && d.controller->diskUsed() == 0;
        },
        kWaitMs));
    for (const auto& asset : manifest->assets)
        BOOST_TEST(d.controller->localAsset(asset.sha256).isEmpty());
}

BOOST_AUTO_TEST_CASE(the_trending_row_shows_the_course_students_are_active_in) {
    auto& d = *device;
    auto& w = *d.window;
    const satchel::Uuid courseId = d.course()->courseId;
    const auto* manifest = d.controller->cachedManifest(courseId);
    BOOST_REQUIRE(manifest);
    // Activity this week: the student opens a lesson (recorded, then pushed by the sync).
    satchel::ProgressEvent opened;
    opened.id = satchel::newUuidV7();
    opened.courseId = courseId;
    opened.lessonId = manifest->modules.front().lessons.front().id;
    opened.deviceId = d.controller->deviceId();
    opened.hlc = d.controller->clock().now();
    opened.kind = satchel::ProgressKind::Opened;
    d.controller->recordProgress({opened});
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] { return d.server.query("SELECT count(*) FROM learner_activity") != "0"; }, kWaitMs));

    d.controller->refreshCatalog();
    auto* row = w.catalogPage()->trendingList();
    BOOST_REQUIRE(QTest::qWaitFor([&] { return row->model()->rowCount() > 0; }, kWaitMs));
    BOOST_TEST(row->model()->index(0, 0).data().toString() == kCourseTitle);
    BOOST_TEST(row->isVisibleTo(w.catalogPage()));
    // Enter on a trending course opens it.
    w.showCatalog();
    row->setFocus();
    row->setCurrentIndex(row->model()->index(0, 0));
    QTest::keyClick(row, Qt::Key_Return);
    BOOST_TEST(
        QTest::qWaitFor([&] { return w.pages()->currentWidget() == w.coursePage(); }, kWaitMs));
    BOOST_TEST((w.coursePage()->courseId() == courseId));
}

BOOST_AUTO_TEST_CASE(the_next_start_restores_the_sign_in_from_the_keychain) {
    auto& d = *device;
    d.launch();
    BOOST_REQUIRE(QTest::qWaitFor([&] { return d.restored.has_value(); }, kWaitMs));
    BOOST_TEST((*d.restored == RestoreOutcome::Restored));
    auto& w = *d.window;
    BOOST_TEST((w.pages()->currentWidget() == w.catalogPage()));
    BOOST_TEST(QTest::qWaitFor([&] { return d.course() != nullptr; }, kWaitMs));
    // The restored session works against the server: the sync comes up to date.
    BOOST_TEST(QTest::qWaitFor(
        [&] { return w.syncIndicator()->state() == SyncIndicator::State::UpToDate; }, kWaitMs));
}

BOOST_AUTO_TEST_CASE(an_offline_start_shows_the_last_catalog) {
    auto& d = *device;
    d.server.stop();
    d.launch();
    auto& w = *d.window;
    BOOST_REQUIRE(QTest::qWaitFor([&] { return d.restored.has_value(); }, kWaitMs));
    BOOST_TEST((*d.restored == RestoreOutcome::Restored));
    BOOST_TEST((w.pages()->currentWidget() == w.catalogPage()));
    BOOST_TEST(QTest::qWaitFor([&] { return d.course() != nullptr; }, kWaitMs));
    BOOST_TEST(d.course()->enrolled);
    BOOST_TEST(QTest::qWaitFor([&] { return !d.controller->online(); }, kWaitMs));
    BOOST_TEST((w.syncIndicator()->state() != SyncIndicator::State::UpToDate));
    d.server.start();
}

BOOST_AUTO_TEST_CASE(signing_out_in_settings_removes_the_keychain_entry) {
    auto& d = *device;
    auto& w = *d.window;
    BOOST_REQUIRE(QTest::qWaitFor([&] { return d.controller->signedIn(); }, kWaitMs));
    w.showSettings();
    BOOST_REQUIRE(w.settingsPage()->signOutButton()->isEnabled());
    QTest::mouseClick(w.settingsPage()->signOutButton(), Qt::LeftButton);
    BOOST_TEST((w.pages()->currentWidget() == w.signInPage()));
    BOOST_TEST(QTest::qWaitFor(
        [&] {
            auto entry = d.keychainEntry();
            return !*entry && (*entry).error().kind == CredentialError::Kind::NotFound;
        },
        kWaitMs));
    // And the next start asks again.
    d.launch();
    BOOST_REQUIRE(QTest::qWaitFor([&] { return d.restored.has_value(); }, kWaitMs));
    BOOST_TEST((*d.restored == RestoreOutcome::NothingStored));
    BOOST_TEST((d.window->pages()->currentWidget() == d.window->signInPage()));
}
