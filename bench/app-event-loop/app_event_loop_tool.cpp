// app-event-loop-tool SERVER_URL DATA_DIR: signs in as the demo student through
// StudentController (the app's own wiring), then measures how late a 5 ms timer on the UI thread
// fires (the event loop's latency) during two phases:
//   download: the first enrolled course's assets (AssetFetcher, SHA-256 verified);
//   sync: 10,000 watched events recorded in batches of 500 (store thread) and pushed by the
//         SyncEngine (sync thread) until the outbox is empty and the state is "up to date".
// Prints `phase=<name> events=<n> max_ms=<worst lateness> p99_ms=<99th percentile>`.
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "satchel/ui/catalog_model.h"
#include "satchel/ui/student_controller.h"

namespace {

class LatencyProbe : public QObject {
public:
    void start() {
        samples_.clear();
        clock_.start();
        last_ = 0;
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(kIntervalMs);
        QObject::connect(&timer_, &QTimer::timeout, this, [this] {
            const qint64 now = clock_.elapsed();
            samples_.push_back(std::max<qint64>(0, now - last_ - kIntervalMs));
            last_ = now;
        });
        timer_.start();
    }
    void report(const char* phase, int events) {
        timer_.stop();
        timer_.disconnect();
        std::sort(samples_.begin(), samples_.end());
        const qint64 max = samples_.empty() ? 0 : samples_.back();
        const qint64 p99 = samples_.empty() ? 0 : samples_[samples_.size() * 99 / 100];
        std::printf("phase=%s events=%d max_ms=%lld p99_ms=%lld duration_ms=%lld\n", phase, events,
                    static_cast<long long>(max), static_cast<long long>(p99),
                    static_cast<long long>(clock_.elapsed()));
        std::fflush(stdout);
    }

private:
    static constexpr int kIntervalMs = 5;
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0;
    std::vector<qint64> samples_;
};

}  // namespace

int main(int argc, char* argv[]) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: app-event-loop-tool SERVER_URL DATA_DIR\n");
        return 2;
    }
    qputenv("QT_MEDIA_BACKEND", "gstreamer");
    QApplication app(argc, argv);
    satchel::ui::ControllerOptions options;
    options.dataDir = QString::fromLocal8Bit(argv[2]);
    options.rememberSignIn = false;
    satchel::ui::StudentController controller(options);
    const QUrl server(QString::fromLocal8Bit(argv[1]));
    LatencyProbe probe;
    satchel::Uuid courseId;
    bool allWritten = false;
    constexpr int kEvents = 10000;
    constexpr int kBatch = 500;

    auto startSync = [&] {
        const satchel::CourseManifest* manifest = controller.cachedManifest(courseId);
        const satchel::Lesson* video = nullptr;
        for (const auto& module : manifest->modules)
            for (const auto& lesson : module.lessons)
                if (!video && lesson.kind == satchel::LessonKind::Video)
                    video = &lesson;
        probe.start();
        for (int first = 0; first < kEvents; first += kBatch) {
            std::vector<satchel::ProgressEvent> batch;
            for (int i = first; i < first + kBatch; ++i) {
                satchel::ProgressEvent e;
                e.id = satchel::newUuidV7();
                e.courseId = courseId;
                e.lessonId = video->id;
                e.deviceId = controller.deviceId();
                e.hlc = controller.clock().now();
                e.kind = satchel::ProgressKind::Watched;
                e.startMs = std::uint64_t(i % 10000);
                e.endMs = e.startMs + 1;
                e.durationMs = 12000;
                batch.push_back(e);
            }
            controller.recordProgress(std::move(batch));
        }
        // Store jobs run in order: once this one has run, all batches are written. Then the
        // phase ends at the first "up to date" with an empty outbox.
        controller.store().run<bool>([](satchel::client::LocalStore&) { return true; }, &app,
                                     [&](bool) {
                                         allWritten = true;
                                         controller.requestSync();
                                     });
        QObject::connect(&controller, &satchel::ui::StudentController::syncStatusChanged, &app,
                         [&](const satchel::client::SyncStatus& status) {
                             if (allWritten &&
                                 status.state == satchel::client::SyncStatus::State::UpToDate &&
                                 status.pending == 0) {
                                 probe.report("sync", kEvents);
                                 app.quit();
                             }
                         });
    };

    QObject::connect(&controller, &satchel::ui::StudentController::courseDownloaded, &app,
                     [&](const satchel::Uuid&, bool ok) {
                         probe.report("download", 0);
                         if (!ok) {
                             app.exit(1);
                             return;
                         }
                         startSync();
                     });
    QObject::connect(controller.catalog(), &QAbstractItemModel::modelReset, &app, [&] {
        for (int row = 0; row < controller.catalog()->rowCount(); ++row)
            if (controller.catalog()->course(row)->enrolled && courseId.isNil()) {
                courseId = controller.catalog()->course(row)->courseId;
                controller.manifest(courseId, &app, [&](auto loaded) {
                    if (!loaded) {
                        app.exit(1);
                        return;
                    }
                    probe.start();
                    controller.downloadCourse(courseId);
                });
            }
    });
    QObject::connect(&controller, &satchel::ui::StudentController::signInFailed, &app,
                     [&](const QString& m) {
                         std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(m));
                         app.exit(1);
                     });
    QObject::connect(&controller, &satchel::ui::StudentController::ready, &app, [&] {
        controller.signIn(server, QStringLiteral("demo"), QStringLiteral("demo-password"));
    });
    controller.start();
    QTimer::singleShot(600000, &app, [&] {
        std::fprintf(stderr, "timed out\n");
        app.exit(1);
    });
    return app.exec();
}
