// bench client-heartbeats: 100,000 playback heartbeats recorded through LocalStore, 100 per
// transaction (each batch also merges into the lesson's state), beside the same outbox rows
// written through SQLite's C API with a prepared statement. Best of RUNS for each side.
// Prints one JSON line: value = LocalStore events/s, baseline = C API rows/s.
#include <QCoreApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "raw_sqlite_writer.h"
#include "satchel/client/local_store.h"
#include "satchel/model/progress.h"

using namespace satchel;

namespace {

constexpr std::size_t kPerTransaction = 100;

std::size_t envSize(const char* name, std::size_t fallback) {
    const char* v = std::getenv(name);
    return v ? static_cast<std::size_t>(std::strtoull(v, nullptr, 10)) : fallback;
}

// Heartbeats as a tracker produces them: consecutive 1-second watched intervals over a few
// lessons of a course.
std::vector<ProgressEvent> heartbeats(std::size_t count, const Uuid& device) {
    const Uuid course = newUuidV7();
    std::vector<Uuid> lessons;
    for (int i = 0; i < 8; ++i)
        lessons.push_back(newUuidV7());
    std::vector<ProgressEvent> events(count);
    for (std::size_t i = 0; i < count; ++i) {
        ProgressEvent& e = events[i];
        e.id = newUuidV7();
        e.courseId = course;
        e.lessonId = lessons[(i / kPerTransaction) % lessons.size()];
        e.deviceId = device;
        e.hlc = Hlc{1'700'000'000'000 + i, 0};
        e.kind = ProgressKind::Watched;
        e.startMs = (i % 3600) * 1000;
        e.endMs = e.startMs + 1000;
        e.durationMs = 3'600'000;
    }
    return events;
}

double localStoreSeconds(client::LocalStore& store, const std::vector<ProgressEvent>& events) {
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < events.size(); i += kPerTransaction) {
        const std::size_t n = std::min(kPerTransaction, events.size() - i);
        auto recorded = store.recordProgress(std::span(events).subspan(i, n));
        if (!recorded) {
            std::fprintf(stderr, "client-heartbeats: %s\n", qPrintable(recorded.error().message));
            std::exit(1);
        }
    }
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const std::size_t count = envSize("EVENTS", 100'000);
    const std::size_t runs = std::max<std::size_t>(1, envSize("RUNS", 3));
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;

    double bestStore = 1e300;
    double bestRaw = 1e300;
    for (std::size_t run = 0; run < runs; ++run) {
        auto store =
            client::LocalStore::open(dir.filePath(QStringLiteral("store-%1.sqlite").arg(run)));
        if (!store) {
            std::fprintf(stderr, "client-heartbeats: %s\n", qPrintable(store.error().message));
            return 1;
        }
        const auto events = heartbeats(count, (*store)->deviceId());
        std::vector<OutboxRow> rows;
        rows.reserve(events.size());
        for (const auto& e : events) {
            rows.push_back(
                {e.id.toString(), e.courseId.toString(), e.lessonId.toString(),
                 std::string(toString(e.kind)), static_cast<std::int64_t>(e.hlc.packed()),
                 static_cast<std::int64_t>(e.startMs), static_cast<std::int64_t>(e.endMs),
                 static_cast<std::int64_t>(e.durationMs), static_cast<std::int64_t>(e.positionMs),
                 static_cast<std::int64_t>(e.totalMs)});
        }
        try {
            const auto rawPath =
                dir.filePath(QStringLiteral("raw-%1.sqlite").arg(run)).toStdString();
            bestRaw = std::min(bestRaw, writeRawOutbox(rawPath, rows, kPerTransaction));
        } catch (const std::exception& e) {
            std::fprintf(stderr, "client-heartbeats: baseline failed: %s\n", e.what());
            return 1;
        }
        bestStore = std::min(bestStore, localStoreSeconds(**store, events));
    }
    const double value = static_cast<double>(count) / bestStore;
    const double baseline = static_cast<double>(count) / bestRaw;
    std::printf(
        "{\"bench\":\"client-heartbeats\",\"metric\":\"events_per_s\",\"value\":%.0f,"
        "\"unit\":\"events/s\",\"baseline\":%.0f,\"ratio\":%.3f}\n",
        value, baseline, value / baseline);
    return 0;
}
