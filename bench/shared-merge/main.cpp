// Benchmark: decode push batches holding 100,000 progress events and fold every event into a
// ProgressState, on one thread. Prints one JSON line (events per second, best of 5 runs).
//
// The events are a realistic mix for 5 devices over 50 lessons: mostly watched intervals and
// resume positions, some time counters, opened and completed markers, in batches of 5,000
// (wire::kMaxEventsPerPush).
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "satchel/merge.h"
#include "satchel/protocol.h"

using namespace satchel;

namespace {

constexpr std::size_t kEvents = 100'000;
constexpr std::size_t kBatch = wire::kMaxEventsPerPush;
constexpr double kGoalEventsPerSecond = 1'000'000;

std::vector<std::string> makeBatches() {
    std::mt19937_64 random(20261126);
    auto pick = [&](std::uint64_t low, std::uint64_t high) {
        return std::uniform_int_distribution<std::uint64_t>(low, high)(random);
    };
    std::uint64_t now = 1'732'600'000'000;
    UuidV7Generator ids([&] { return now; },
                        [&](std::uint8_t* out, std::size_t n) {
                            for (std::size_t i = 0; i < n; ++i)
                                out[i] = static_cast<std::uint8_t>(random());
                        });
    Uuid course = ids.next();
    std::vector<Uuid> lessons, devices;
    for (int i = 0; i < 50; ++i)
        lessons.push_back(ids.next());
    for (int i = 0; i < 5; ++i)
        devices.push_back(ids.next());

    std::vector<std::string> batches;
    for (std::size_t made = 0; made < kEvents;) {
        PushRequest push;
        push.deviceId = devices[batches.size() % devices.size()];
        for (std::size_t i = 0; i < kBatch && made < kEvents; ++i, ++made) {
            ++now;
            ProgressEvent e;
            e.id = ids.next();
            e.courseId = course;
            e.lessonId = lessons[pick(0, lessons.size() - 1)];
            e.deviceId = push.deviceId;
            e.hlc = Hlc{now, 0};
            std::uint64_t roll = pick(0, 99);
            e.kind = roll < 55   ? ProgressKind::Watched
                     : roll < 80 ? ProgressKind::Resume
                     : roll < 95 ? ProgressKind::TimeSpent
                     : roll < 98 ? ProgressKind::Opened
                                 : ProgressKind::Completed;
            e.durationMs = 600'000;
            e.startMs = pick(0, 590'000);
            e.endMs = e.startMs + pick(1'000, 10'000);
            e.positionMs = e.endMs;
            e.totalMs = pick(0, 3'600'000);
            if (e.kind != ProgressKind::Watched)
                e.startMs = e.endMs = 0;
            if (e.kind != ProgressKind::Resume)
                e.positionMs = 0;
            if (e.kind != ProgressKind::TimeSpent)
                e.totalMs = 0;
            if (e.kind != ProgressKind::Watched && e.kind != ProgressKind::Resume)
                e.durationMs = 0;
            push.events.push_back(e);
        }
        batches.push_back(encode(push));
    }
    return batches;
}

// CPU time of this thread: the figure is per core even when other processes compete for the
// machine (wall-clock time is printed to stderr for comparison).
double threadSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

}  // namespace

int main() {
    const auto batches = makeBatches();
    std::size_t bytes = 0;
    for (const auto& b : batches)
        bytes += b.size();

    double best = 0, bestWall = 0;
    for (int run = 0; run < 5; ++run) {
        ProgressState state;
        std::size_t applied = 0;
        auto start = std::chrono::steady_clock::now();
        double cpuStart = threadSeconds();
        for (const auto& text : batches) {
            auto push = decode<PushRequest>(text);
            if (!push) {
                std::fprintf(stderr, "decode failed: %s\n", push.error().describe().c_str());
                return 1;
            }
            for (const auto& event : push->events) {
                (void)apply(state, event);
                ++applied;
            }
        }
        double cpu = threadSeconds() - cpuStart;
        double wall =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (applied != kEvents || state.lessons.empty())
            return 1;
        best = std::max(best, static_cast<double>(applied) / cpu);
        bestWall = std::max(bestWall, static_cast<double>(applied) / wall);
    }
    std::fprintf(stderr,
                 "%zu events in %zu batches, %.1f MB of JSON; best %.0f events/s of CPU time, "
                 "%.0f events/s of wall time\n",
                 kEvents, batches.size(), static_cast<double>(bytes) / 1e6, best, bestWall);
    std::printf(
        "{\"bench\":\"shared-merge\",\"metric\":\"events_per_s\",\"value\":%.0f,"
        "\"unit\":\"events/s\",\"baseline\":%.0f,\"ratio\":%.3f}\n",
        best, kGoalEventsPerSecond, best / kGoalEventsPerSecond);
    return 0;
}
