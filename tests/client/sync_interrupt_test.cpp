// The server taken away in the middle of a large push, against the real satchel-syncd and
// PostgreSQL: once satchel-syncd is SIGKILLed, once PostgreSQL is stopped. The SyncEngine
// reports the failure and keeps what was not acknowledged; later syncs against the server
// brought back converge: PostgreSQL holds every event exactly once, the device's outbox is
// empty, and a second device of the student pulls the same lesson state.
#define BOOST_TEST_MODULE sync_interrupt
#include <boost/test/unit_test.hpp>

#include <signal.h>

#include <QTest>

#include "local_store_fixture.h"
#include "satchel/client/local_store.h"
#include "satchel/client/sync_engine.h"
#include "sync_fixture.h"

using namespace satchel;
using namespace std::chrono_literals;
using satchel::client::ApiClient;
using satchel::client::LocalStore;
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

constexpr int kEvents = 5000;  // 10 pushes of 500

struct Video {
    Uuid courseId;
    Uuid lessonId;
    std::uint64_t durationMs = 0;
};

struct Device {
    testing::StoreDir data;
    std::unique_ptr<LocalStore> store = data.open();
    std::string refreshToken;

    // Signs the student in (registering first when asked) and returns the demo's first video.
    Video signIn(const std::string& email, bool registerFirst) {
        ApiClient api(services->url(), store->deviceId());
        QObject::connect(&api, &ApiClient::refreshTokenChanged,
                         [&](const QString& t) { refreshToken = t.toStdString(); });
        auto auth = testing::await<AuthResponse>([&](auto* c, auto done) {
            if (registerFirst)
                api.registerAccount({email, "correct horse battery", "Interrupted"}, "laptop", c,
                                    done);
            else
                api.login(email, "correct horse battery", "desktop", c, done);
        });
        BOOST_REQUIRE_MESSAGE(auth.ok(), testing::describe(auth));
        auto catalog =
            testing::await<CatalogResponse>([&](auto* c, auto done) { api.catalog(c, done); });
        BOOST_REQUIRE(catalog.ok() && !catalog->courses.empty());
        const CourseSummary course = catalog->courses.front();
        if (!course.enrolled)
            BOOST_REQUIRE(testing::await<void>([&](auto* c, auto done) {
                              api.enroll(course.courseId, c, done);
                          }).ok());
        auto manifest = testing::await<CourseManifest>([&](auto* c, auto done) {
            api.manifest(course.courseId, course.latestVersion, c, done);
        });
        BOOST_REQUIRE(manifest.ok());
        for (const auto& module : manifest->modules)
            for (const auto& lesson : module.lessons)
                if (lesson.kind == LessonKind::Video)
                    return {course.courseId, lesson.id,
                            *manifest->findAsset(lesson.assetSha256)->durationMs};
        BOOST_FAIL("the demo course has no video");
        return {};
    }

    // kEvents watched intervals and time-spent counters, recorded in batches of 1,000.
    void recordMany(const Video& video) {
        HybridClock clock(systemUnixMillis, store->lastHlc());
        std::vector<ProgressEvent> batch;
        for (int i = 0; i < kEvents; ++i) {
            ProgressEvent e;
            e.id = newUuidV7();
            e.courseId = video.courseId;
            e.lessonId = video.lessonId;
            e.deviceId = store->deviceId();
            e.hlc = clock.now();
            e.durationMs = video.durationMs;
            if (i % 2 == 0) {
                e.kind = ProgressKind::Watched;
                e.startMs = static_cast<std::uint64_t>(i) * 7 % (video.durationMs / 2);
                e.endMs = e.startMs + 50;
            } else {
                e.kind = ProgressKind::TimeSpent;
                e.totalMs = static_cast<std::uint64_t>(i) * 10;
            }
            batch.push_back(e);
            if (batch.size() == 1000) {
                BOOST_REQUIRE(store->recordProgress(batch).ok());
                batch.clear();
            }
        }
    }

    // Starts a sync; runs `interrupt` once some but not all of the outbox is acknowledged;
    // returns the cycle's status.
    SyncStatus syncOnce(const std::function<void()>& interrupt = {}) {
        SyncSettings settings;
        settings.databasePath = data.path;
        settings.server = services->url();
        settings.refreshToken = refreshToken;
        settings.requestTimeout = 20s;
        SyncStatus last;
        QObject receiver;
        auto watcher = data.open();  // its own connection: reads beside the engine's
        const std::int64_t before = *watcher->pendingCount();
        {
            SyncThread sync(settings);
            int finished = 0;
            QObject::connect(sync.engine(), &SyncEngine::cycleFinished, &receiver,
                             [&](bool) { ++finished; });
            QObject::connect(sync.engine(), &SyncEngine::statusChanged, &receiver,
                             [&](const SyncStatus& s) { last = s; });
            QObject::connect(sync.engine(), &SyncEngine::refreshTokenChanged, &receiver,
                             [this](const QString& t) { refreshToken = t.toStdString(); });
            if (interrupt) {
                BOOST_REQUIRE_MESSAGE(QTest::qWaitFor(
                                          [&] {
                                              const auto now = watcher->pendingCount();
                                              return now.ok() && *now < before;
                                          },
                                          90000),
                                      "no push was ever acknowledged");
                BOOST_REQUIRE_MESSAGE(*watcher->pendingCount() > 0,
                                      "the push ended before it could be interrupted");
                interrupt();
            }
            BOOST_REQUIRE_MESSAGE(QTest::qWaitFor([&] { return finished > 0; }, 120000),
                                  "no sync cycle finished");
        }
        return last;
    }
};

std::int64_t serverEvents(const Device& device) {
    const std::string count =
        services->postgres.psql("SELECT count(*) FROM progress_events WHERE device_id = '" +
                                    device.store->deviceId().toString() + "'",
                                "client");
    return std::stoll(count);
}

// After the interruption: syncs until up to date, then checks both sides.
void checkConvergence(Device& laptop, const Video& video, const std::string& email) {
    SyncStatus status;
    for (int attempt = 0; attempt < 5; ++attempt) {
        status = laptop.syncOnce();
        if (status.state == SyncStatus::State::UpToDate && status.pending == 0)
            break;
    }
    BOOST_TEST((status.state == SyncStatus::State::UpToDate));
    BOOST_TEST(*laptop.store->pendingCount() == 0);
    BOOST_TEST(status.rejected == 0);
    BOOST_TEST(serverEvents(laptop) == kEvents);  // nothing lost, nothing doubled

    Device desktop;
    desktop.signIn(email, false);
    BOOST_TEST((desktop.syncOnce().state == SyncStatus::State::UpToDate));
    auto mine = laptop.store->lessonState(video.lessonId);
    auto pulled = desktop.store->lessonState(video.lessonId);
    BOOST_REQUIRE(mine.ok() && pulled.ok() && mine->has_value() && pulled->has_value());
    BOOST_TEST((**mine == **pulled));
}

}  // namespace

BOOST_AUTO_TEST_CASE(satchel_syncd_killed_mid_push_then_later_syncs_converge) {
    const std::string email = testing::uniqueEmail();
    Device laptop;
    const Video video = laptop.signIn(email, true);
    laptop.recordMany(video);
    BOOST_REQUIRE(*laptop.store->pendingCount() == kEvents);

    const SyncStatus cut = laptop.syncOnce([] { services->server->process().signal(SIGKILL); });
    BOOST_TEST((cut.state != SyncStatus::State::UpToDate));
    const std::int64_t left = *laptop.store->pendingCount();
    BOOST_TEST(left > 0);
    BOOST_TEST(left < kEvents);

    // The same database behind a new instance (stateless server: that is a restart).
    services->server = std::make_unique<testing::SyncServer>(services->databaseUrl, services->env);
    BOOST_REQUIRE(services->server->waitReady(60000));
    checkConvergence(laptop, video, email);
}

BOOST_AUTO_TEST_CASE(postgresql_stopped_mid_push_then_later_syncs_converge) {
    const std::string email = testing::uniqueEmail();
    Device laptop;
    const Video video = laptop.signIn(email, true);
    laptop.recordMany(video);

    const SyncStatus cut = laptop.syncOnce([] { services->postgres.pause(); });
    BOOST_TEST((cut.state != SyncStatus::State::UpToDate));
    BOOST_TEST(*laptop.store->pendingCount() > 0);

    services->postgres.start();
    BOOST_REQUIRE(services->server->waitReady(60000));
    checkConvergence(laptop, video, email);
}
