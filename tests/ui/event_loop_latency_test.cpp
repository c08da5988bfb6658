// The UI thread stays responsive while the app works: a timer on the UI thread measures how
// late each of its ticks fires during a 200 MB course download and during a sync of 10,000
// events, against the real satchel-syncd and PostgreSQL (issue #9's test).
//
// How it is judged: the budget is 100 ms of lateness. On a shared, loaded machine the kernel
// alone can delay a thread that long, so the same probe first runs with the app idle for the
// same time, and the check is "worst lateness while working <= 100 ms + worst lateness while
// idle". Both figures are printed (BOOST_TEST_MESSAGE) so the report can quote them.
#define BOOST_TEST_MODULE event_loop_latency
#include <boost/test/unit_test.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <fstream>
#include <random>
#include <vector>

#include "demo_server.h"
#include "qt_gui_fixture.h"
#include "satchel/ui/catalog_model.h"
#include "satchel/ui/downloads_model.h"
#include "satchel/ui/main_window.h"
#include "satchel/ui/student_controller.h"
#include "satchel/ui/sync_indicator.h"

namespace st = satchel::testing;
using satchel::ui::DownloadsModel;

namespace {

constexpr int kWaitMs = 240000;
constexpr int kTickMs = 5;
constexpr qint64 kBudgetMs = 100;
constexpr std::uint64_t kBigFileBytes = 200ull * 1024 * 1024;
constexpr int kSyncEvents = 10000;

// Measures how late a repeating UI-thread timer fires.
class LatencyProbe {
public:
    void start() {
        worst_ = 0;
        gaps_.clear();
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(kTickMs);
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            const qint64 gap = clock_.restart();
            const qint64 late = std::max<qint64>(0, gap - kTickMs);
            worst_ = std::max(worst_, late);
            gaps_.push_back(late);
        });
        clock_.start();
        timer_.start();
    }
    void stop() {
        timer_.stop();
        QObject::disconnect(&timer_, nullptr, nullptr, nullptr);
    }
    qint64 worst() const { return worst_; }
    qint64 percentile(double p) const {
        if (gaps_.empty())
            return 0;
        std::vector<qint64> sorted = gaps_;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, std::size_t(p * double(sorted.size())))];
    }
    std::size_t ticks() const { return gaps_.size(); }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 worst_ = 0;
    std::vector<qint64> gaps_;
};

// A course with one 200 MB "video" (random bytes: nothing plays it, it is only downloaded).
std::string writeBigCourse(const std::filesystem::path& folder) {
    std::filesystem::create_directories(folder / "videos");
    {
        std::ofstream out(folder / "videos" / "big.mp4", std::ios::binary);
        std::mt19937_64 random(42);
        std::vector<std::uint64_t> block(64 * 1024);
        for (std::uint64_t written = 0; written < kBigFileBytes;
             written += block.size() * sizeof(std::uint64_t)) {
            for (auto& word : block)
                word = random();
            out.write(reinterpret_cast<const char*>(block.data()),
                      std::streamsize(block.size() * sizeof(std::uint64_t)));
        }
    }
    std::ofstream(folder / "course.json") << R"({
  "id": "0192a5a0-0000-7000-8000-0000000b1600",
  "version": 1,
  "title": "A big course",
  "description": "One large file, for the latency test.",
  "language": "en",
  "modules": [{"id": "0192a5a0-0000-7000-8000-0000000b1601", "title": "Big",
    "lessons": [{"id": "0192a5a0-0000-7000-8000-0000000b1602", "title": "Big video",
      "kind": "video", "file": "videos/big.mp4", "durationMs": 600000,
      "completion": {"kind": "watched", "minWatchedPercent": 90}}]}]
})";
    return folder.string();
}

struct App : st::QtGuiApp {
    App() : server("latency") {
        server.load(writeBigCourse(course.path() / "big"));
        satchel::ui::ControllerOptions options;
        options.dataDir = QString::fromStdString(data.path().string());
        options.rememberSignIn = false;
        options.syncInterval = std::chrono::seconds(60);  // syncs only when asked
        options.maxSyncBackoff = std::chrono::seconds(2);
        controller = std::make_unique<satchel::ui::StudentController>(options);
        window = std::make_unique<satchel::ui::MainWindow>();
        window->attach(*controller);
        window->show();
        controller->start();
        BOOST_REQUIRE(QTest::qWaitFor([&] { return controller->isReady(); }, kWaitMs));
        controller->signIn(QUrl(QString::fromStdString(server.url)), QStringLiteral("demo"),
                           QStringLiteral("demo-password"));
        BOOST_REQUIRE(QTest::qWaitFor([&] { return bigCourse() != nullptr; }, kWaitMs));
    }
    ~App() {
        window.reset();
        controller.reset();
    }
    const satchel::CourseSummary* bigCourse() const {
        const auto* model = controller->catalog();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->course(row)->title == "A big course")
                return model->course(row);
        return nullptr;
    }
    // The worst lateness of the probe with the app idle for `ms`.
    qint64 idleWorst(int ms) {
        LatencyProbe probe;
        probe.start();
        QTest::qWait(ms);
        probe.stop();
        return probe.worst();
    }

    st::TempDir course{"satchel-big-course"};
    st::DemoServer server;
    st::TempDir data{"satchel-device"};
    std::unique_ptr<satchel::ui::StudentController> controller;
    std::unique_ptr<satchel::ui::MainWindow> window;
};

App* app = nullptr;
struct AppFixture {
    AppFixture() { app = new App; }
    ~AppFixture() {
        delete app;
        app = nullptr;
    }
};

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(AppFixture);

BOOST_AUTO_TEST_CASE(ui_thread_stays_responsive_during_a_200_mb_download) {
    auto& a = *app;
    const satchel::Uuid courseId = a.bigCourse()->courseId;
    QElapsedTimer took;
    took.start();
    LatencyProbe probe;
    probe.start();
    a.controller->downloadCourse(courseId);
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] {
            const auto* row = a.controller->downloads()->row(courseId);
            return row && row->state == DownloadsModel::State::Downloaded;
        },
        kWaitMs));
    probe.stop();
    const qint64 elapsed = took.elapsed();
    const qint64 idle = a.idleWorst(int(std::min<qint64>(elapsed, 5000)));
    BOOST_TEST_MESSAGE("200 MB download: " << elapsed << " ms, " << probe.ticks()
                                           << " ticks, worst lateness " << probe.worst()
                                           << " ms, p99 " << probe.percentile(0.99)
                                           << " ms; idle worst " << idle << " ms");
    BOOST_TEST(probe.worst() <= kBudgetMs + idle);
    const auto* manifest = a.controller->cachedManifest(courseId);
    BOOST_REQUIRE(manifest);
    BOOST_TEST(!a.controller->localAsset(manifest->assets.front().sha256).isEmpty());
}

BOOST_AUTO_TEST_CASE(ui_thread_stays_responsive_during_a_sync_of_10000_events) {
    auto& a = *app;
    const satchel::Uuid courseId = a.bigCourse()->courseId;
    const auto* manifest = a.controller->cachedManifest(courseId);
    BOOST_REQUIRE(manifest);
    const satchel::Uuid lessonId = manifest->modules.front().lessons.front().id;
    std::vector<satchel::ProgressEvent> events;
    events.reserve(kSyncEvents);
    for (int i = 0; i < kSyncEvents; ++i) {
        satchel::ProgressEvent e;
        e.id = satchel::newUuidV7();
        e.courseId = courseId;
        e.lessonId = lessonId;
        e.deviceId = a.controller->deviceId();
        e.hlc = a.controller->clock().now();
        e.kind = satchel::ProgressKind::Resume;
        e.positionMs = std::uint64_t(i) * 10;
        e.durationMs = 600000;
        events.push_back(e);
    }
    const std::string onServer = "SELECT count(*) FROM progress_events WHERE lesson_id = '" +
                                 lessonId.toString() + "' AND kind = 1";
    QElapsedTimer took;
    took.start();
    LatencyProbe probe;
    probe.start();
    a.controller->recordProgress(std::move(events));  // written on the store thread, then synced
    // Waits without blocking the UI thread (no psql here: a child process per poll would be
    // the test's own stall): the outbox count is asked on the store thread, which runs jobs in
    // order, so the first answer already includes the 10,000 events.
    std::optional<std::int64_t> pending;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        a.controller->store().run<satchel::client::StoreResult<std::int64_t>>(
            [](satchel::client::LocalStore& store) { return store.pendingCount(); }, &poll,
            [&](satchel::client::StoreResult<std::int64_t> count) {
                if (count)
                    pending = *count;
            });
    });
    poll.start(200);
    BOOST_REQUIRE(QTest::qWaitFor([&] { return pending && *pending == 0; }, kWaitMs));
    poll.stop();
    probe.stop();
    const qint64 elapsed = took.elapsed();
    const qint64 idle = a.idleWorst(int(std::min<qint64>(elapsed, 5000)));
    BOOST_TEST_MESSAGE("sync of " << kSyncEvents << " events: " << elapsed << " ms, "
                                  << probe.ticks() << " ticks, worst lateness " << probe.worst()
                                  << " ms, p99 " << probe.percentile(0.99) << " ms; idle worst "
                                  << idle << " ms");
    BOOST_TEST(probe.worst() <= kBudgetMs + idle);
    BOOST_TEST(a.server.query(onServer) == std::to_string(kSyncEvents));
}
