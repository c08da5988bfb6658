// SyncEngine end to end against the real satchel-syncd, PostgreSQL and the demo course: two
// devices of one student watch overlapping parts of a video offline, both sync, and both show
// the same merged percentage; an event the server refuses stays visible with its reason; with
// no server the engine reports offline and keeps everything for later.
#define BOOST_TEST_MODULE sync_engine
#include <boost/test/unit_test.hpp>

#include <QTest>

#include "local_store_fixture.h"
#include "satchel/client/local_store.h"
#include "satchel/client/playback_tracker.h"
#include "satchel/client/sync_engine.h"
#include "sync_fixture.h"

using namespace satchel;
using namespace std::chrono_literals;
using satchel::client::ApiClient;
using satchel::client::LocalStore;
using satchel::client::PlaybackTracker;
using satchel::client::SyncEngine;
using satchel::client::SyncSettings;
using satchel::client::SyncStatus;
using satchel::client::SyncThread;

namespace {

testing::DemoServer* services = nullptr;
struct Module : testing::QtCoreApp {
    Module() { services = new testing::DemoServer; }
    ~Module() { delete services; }
};
BOOST_TEST_GLOBAL_FIXTURE(Module);

struct DemoVideo {
    Uuid courseId;
    Uuid lessonId;
    std::uint64_t durationMs = 0;
};

// One installation: its own data folder, database and device id.
struct Device {
    testing::StoreDir data;
    std::unique_ptr<LocalStore> store = data.open();
    std::string refreshToken;

    // Plays [fromMs, toMs) of the video through a PlaybackTracker into the local store.
    void watch(const DemoVideo& video, std::uint64_t fromMs, std::uint64_t toMs) {
        HybridClock clock(systemUnixMillis, store->lastHlc());
        PlaybackTracker tracker({video.courseId, video.lessonId, video.durationMs},
                                store->deviceId(), clock);
        std::int64_t now = 0;
        tracker.play(fromMs, now);
        for (std::uint64_t pos = fromMs + 250; pos <= toMs; pos += 250)
            tracker.position(pos, now += 250);
        BOOST_REQUIRE(store->recordProgress(tracker.close(now)).ok());
    }

    double percent(const DemoVideo& video) {
        auto state = store->lessonState(video.lessonId);
        BOOST_REQUIRE(state.ok());
        return state->has_value() ? percentWatched((*state)->watched, video.durationMs) : 0.0;
    }

    // Runs the engine on its thread until one cycle finishes; returns its status.
    SyncStatus syncOnce(QUrl server = services->url()) {
        SyncSettings settings;
        settings.databasePath = data.path;
        settings.server = server;
        settings.refreshToken = refreshToken;
        settings.requestTimeout = 20s;
        SyncStatus last;
        QObject receiver;  // on this thread: the engine's signals arrive queued
        {
            SyncThread sync(settings);
            int finished = 0;
            QObject::connect(sync.engine(), &SyncEngine::cycleFinished, &receiver,
                             [&](bool) { ++finished; });
            QObject::connect(sync.engine(), &SyncEngine::statusChanged, &receiver,
                             [&](const SyncStatus& s) { last = s; });
            QObject::connect(sync.engine(), &SyncEngine::refreshTokenChanged, &receiver,
                             [this](const QString& t) { refreshToken = t.toStdString(); });
            // statusChanged is emitted before cycleFinished, so `last` is the cycle's outcome.
            BOOST_REQUIRE_MESSAGE(QTest::qWaitFor([&] { return finished > 0; }, 90000),
                                  "no sync cycle finished");
        }
        return last;
    }
};

// Signs one student in on `device` (registering first when asked), enrolled in the demo course.
DemoVideo signIn(Device& device, const std::string& email, bool registerFirst) {
    ApiClient api(services->url(), device.store->deviceId());
    QObject::connect(&api, &ApiClient::refreshTokenChanged,
                     [&](const QString& t) { device.refreshToken = t.toStdString(); });
    auto auth = registerFirst
                    ? testing::await<AuthResponse>([&](auto* c, auto done) {
                          api.registerAccount({email, "correct horse battery", "Two Devices"},
                                              "First laptop", c, done);
                      })
                    : testing::await<AuthResponse>([&](auto* c, auto done) {
                          api.login(email, "correct horse battery", "Second laptop", c, done);
                      });
    BOOST_REQUIRE_MESSAGE(auth.ok(), testing::describe(auth));
    auto catalog =
        testing::await<CatalogResponse>([&](auto* c, auto done) { api.catalog(c, done); });
    BOOST_REQUIRE(catalog.ok());
    BOOST_REQUIRE(!catalog->courses.empty());
    const CourseSummary course = catalog->courses.front();
    if (!course.enrolled) {
        BOOST_REQUIRE(testing::await<void>([&](auto* c, auto done) {
                          api.enroll(course.courseId, c, done);
                      }).ok());
    }
    auto manifest = testing::await<CourseManifest>(
        [&](auto* c, auto done) { api.manifest(course.courseId, course.latestVersion, c, done); });
    BOOST_REQUIRE(manifest.ok());
    for (const auto& module : manifest->modules) {
        for (const auto& lesson : module.lessons) {
            if (lesson.kind != LessonKind::Video)
                continue;
            return {course.courseId, lesson.id,
                    *manifest->findAsset(lesson.assetSha256)->durationMs};
        }
    }
    BOOST_FAIL("the demo course has no video");
    return {};
}

}  // namespace

BOOST_AUTO_TEST_CASE(two_devices_watching_offline_converge_to_the_same_percentage) {
    const std::string email = testing::uniqueEmail();
    Device laptop;
    Device desktop;
    const DemoVideo video = signIn(laptop, email, true);
    signIn(desktop, email, false);
    BOOST_REQUIRE(video.durationMs >= 8000);

    // Offline: the laptop watches the first 60 %, the desktop 40 %..80 %.
    const std::uint64_t d = video.durationMs;
    laptop.watch(video, 0, d * 6 / 10);
    desktop.watch(video, d * 4 / 10, d * 8 / 10);
    const double laptopAlone = laptop.percent(video);
    BOOST_TEST(laptopAlone == 60.0, boost::test_tools::tolerance(1.0));

    BOOST_TEST((laptop.syncOnce().state == SyncStatus::State::UpToDate));
    auto desktopStatus = desktop.syncOnce();
    BOOST_TEST((desktopStatus.state == SyncStatus::State::UpToDate));
    BOOST_TEST(desktopStatus.pending == 0);
    BOOST_TEST((laptop.syncOnce().state == SyncStatus::State::UpToDate));

    BOOST_TEST(laptop.percent(video) == 80.0, boost::test_tools::tolerance(1.0));
    BOOST_TEST(laptop.percent(video) == desktop.percent(video));
    BOOST_TEST((*laptop.store->lessonState(video.lessonId) ==
                *desktop.store->lessonState(video.lessonId)));
}

BOOST_AUTO_TEST_CASE(a_refused_event_stays_visible_with_the_servers_reason) {
    Device device;
    const DemoVideo video = signIn(device, testing::uniqueEmail(), true);
    device.watch(video, 0, 2000);
    // A lesson of a course this student is not enrolled in (it does not exist at all).
    const DemoVideo unknown{newUuidV7(), newUuidV7(), 60'000};
    device.watch(unknown, 0, 2000);

    const SyncStatus status = device.syncOnce();
    BOOST_TEST(status.rejected > 0);
    BOOST_TEST(status.pending == 0);
    auto rejected = device.store->rejectedOutbox();
    BOOST_REQUIRE(rejected.ok());
    BOOST_REQUIRE(!rejected->empty());
    for (const auto& entry : *rejected) {
        BOOST_REQUIRE(entry.progress.has_value());
        BOOST_TEST(entry.progress->courseId == unknown.courseId);
        BOOST_TEST(entry.rejectReason.has_value());
    }
}

BOOST_AUTO_TEST_CASE(with_no_server_the_engine_is_offline_and_keeps_the_outbox) {
    Device device;
    const DemoVideo video = signIn(device, testing::uniqueEmail(), true);
    device.watch(video, 0, 3000);
    const std::int64_t pending = *device.store->pendingCount();
    BOOST_REQUIRE(pending > 0);

    const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1").arg(testing::freePort()));
    const SyncStatus offline = device.syncOnce(nowhere);
    BOOST_TEST((offline.state == SyncStatus::State::Offline));
    BOOST_TEST(*device.store->pendingCount() == pending);

    const SyncStatus back = device.syncOnce();
    BOOST_TEST((back.state == SyncStatus::State::UpToDate));
    BOOST_TEST(*device.store->pendingCount() == 0);
}
