// PlaybackTracker: position reports become watched intervals (seeks are not watching), the
// resume position and time spent, flushed only on heartbeat, pause and close.
#define BOOST_TEST_MODULE playback_tracker
#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "local_store_fixture.h"
#include "qt_fixture.h"
#include "satchel/client/playback_tracker.h"

using namespace satchel;
using satchel::client::PlaybackTracker;

using satchel::testing::QtCoreApp;
BOOST_TEST_GLOBAL_FIXTURE(QtCoreApp);

namespace {

const Uuid kCourse = *Uuid::parse("0192a5a0-0000-7000-8000-00000000c001");
const Uuid kLesson = *Uuid::parse("0192a5a0-0000-7000-8000-00000000a001");
const Uuid kDevice = *Uuid::parse("0192a5a0-0000-7000-8000-0000000de7ce");

struct Tracking {
    std::uint64_t wall = 1'700'000'000'000;
    HybridClock clock{[this] { return wall; }};
    PlaybackTracker tracker{{kCourse, kLesson, 120'000}, kDevice, clock};
    std::int64_t now = 1000;  // monotonic ms

    // Plays from the current position for `ms` at `rate`, reporting every 250 ms of wall time.
    void playFor(std::uint64_t fromMs, std::int64_t ms, double rate = 1.0) {
        tracker.setPlaybackRate(rate);
        tracker.play(fromMs, now);
        std::uint64_t pos = fromMs;
        for (std::int64_t t = 250; t <= ms; t += 250) {
            now += 250;
            pos += static_cast<std::uint64_t>(250 * rate);
            tracker.position(pos, now);
        }
    }
};

std::vector<Interval> watchedIn(const std::vector<ProgressEvent>& events) {
    std::vector<Interval> out;
    for (const auto& e : events) {
        if (e.kind == ProgressKind::Watched)
            out.push_back({e.startMs, e.endMs});
    }
    return out;
}

const ProgressEvent* find(const std::vector<ProgressEvent>& events, ProgressKind kind) {
    auto it = std::find_if(events.begin(), events.end(), [&](auto& e) { return e.kind == kind; });
    return it == events.end() ? nullptr : &*it;
}

}  // namespace

BOOST_FIXTURE_TEST_CASE(continuous_playback_is_one_interval_with_resume_and_time, Tracking) {
    playFor(0, 10'000);
    auto events = tracker.pause(10'000, now);
    BOOST_TEST(watchedIn(events) == (std::vector<Interval>{{0, 10'000}}));
    BOOST_REQUIRE(find(events, ProgressKind::Opened));
    BOOST_REQUIRE(find(events, ProgressKind::Resume));
    BOOST_TEST(find(events, ProgressKind::Resume)->positionMs == 10'000u);
    BOOST_REQUIRE(find(events, ProgressKind::TimeSpent));
    BOOST_TEST(find(events, ProgressKind::TimeSpent)->totalMs == 10'000u);
    for (const auto& e : events) {
        BOOST_TEST(e.lessonId == kLesson);
        BOOST_TEST(e.deviceId == kDevice);
        BOOST_TEST(e.durationMs == 120'000u);
    }
    // Stamps are strictly increasing and ids unique.
    for (std::size_t i = 1; i < events.size(); ++i) {
        BOOST_TEST((events[i - 1].hlc < events[i].hlc));
        BOOST_TEST((events[i - 1].id != events[i].id));
    }
}

BOOST_FIXTURE_TEST_CASE(a_forward_jump_is_not_watching, Tracking) {
    playFor(0, 5'000);
    now += 250;
    tracker.position(60'000, now);  // the user dragged the slider: no explicit seek call
    std::uint64_t pos = 60'000;
    for (int i = 0; i < 20; ++i) {
        now += 250;
        pos += 250;
        tracker.position(pos, now);
    }
    auto events = tracker.close(now);
    BOOST_TEST(watchedIn(events) == (std::vector<Interval>{{0, 5'000}, {60'000, 65'000}}));
    BOOST_TEST(find(events, ProgressKind::Resume)->positionMs == 65'000u);
}

BOOST_FIXTURE_TEST_CASE(a_backward_seek_rewatches_without_double_counting, Tracking) {
    playFor(0, 10'000);
    tracker.seek(4'000, now);
    std::uint64_t pos = 4'000;
    for (int i = 0; i < 8; ++i) {
        now += 250;
        pos += 250;
        tracker.position(pos, now);
    }
    auto events = tracker.pause(pos, now);
    BOOST_TEST(watchedIn(events) == (std::vector<Interval>{{0, 10'000}}));
    BOOST_TEST(find(events, ProgressKind::Resume)->positionMs == 6'000u);
    BOOST_TEST(tracker.timeSpentMs() == 12'000u);
}

BOOST_FIXTURE_TEST_CASE(double_speed_watches_twice_the_media_in_the_same_time, Tracking) {
    playFor(0, 10'000, 2.0);
    auto events = tracker.pause(20'000, now);
    BOOST_TEST(watchedIn(events) == (std::vector<Interval>{{0, 20'000}}));
    BOOST_TEST(find(events, ProgressKind::TimeSpent)->totalMs == 10'000u);
}

BOOST_FIXTURE_TEST_CASE(paused_time_is_not_spent_and_an_idle_flush_is_empty, Tracking) {
    playFor(0, 4'000);
    auto first = tracker.pause(4'000, now);
    now += 60'000;  // a minute paused
    BOOST_TEST(tracker.flush(now).empty());
    playFor(4'000, 2'000);
    auto second = tracker.close(now);
    BOOST_TEST(watchedIn(second) == (std::vector<Interval>{{4'000, 6'000}}));
    BOOST_TEST(find(second, ProgressKind::TimeSpent)->totalMs == 6'000u);
    BOOST_TEST(!find(second, ProgressKind::Opened));  // only once per tracker
}

BOOST_FIXTURE_TEST_CASE(heartbeats_cut_the_interval_and_watching_goes_on, Tracking) {
    playFor(0, 5'000);
    auto beat = tracker.flush(now);
    BOOST_TEST(watchedIn(beat) == (std::vector<Interval>{{0, 5'000}}));
    BOOST_TEST(tracker.playing());
    std::uint64_t pos = 5'000;
    for (int i = 0; i < 20; ++i) {
        now += 250;
        pos += 250;
        tracker.position(pos, now);
    }
    auto last = tracker.close(now);
    BOOST_TEST(watchedIn(last) == (std::vector<Interval>{{5'000, 10'000}}));
    BOOST_TEST(find(last, ProgressKind::TimeSpent)->totalMs == 10'000u);
}

BOOST_FIXTURE_TEST_CASE(intervals_are_clipped_to_the_duration, Tracking) {
    playFor(118'000, 4'000);  // a player that reports a little past the end
    auto events = tracker.close(now);
    BOOST_TEST(watchedIn(events) == (std::vector<Interval>{{118'000, 120'000}}));
    BOOST_TEST(find(events, ProgressKind::Resume)->positionMs == 120'000u);
}

BOOST_AUTO_TEST_CASE(prior_time_spent_continues_the_devices_counter) {
    HybridClock clock;
    PlaybackTracker tracker({kCourse, kLesson, 60'000}, kDevice, clock,
                            {.timeSpentMs = 50'000, .opened = true});
    tracker.play(0, 0);
    tracker.position(1'000, 1'000);
    auto events = tracker.close(1'000);
    BOOST_TEST(!find(events, ProgressKind::Opened));
    BOOST_TEST(find(events, ProgressKind::TimeSpent)->totalMs == 51'000u);
}

BOOST_AUTO_TEST_CASE(tracked_events_recorded_in_the_store_give_the_watched_percentage) {
    satchel::testing::StoreDir dir;
    auto store = dir.open();
    HybridClock clock(systemUnixMillis, store->lastHlc());
    PlaybackTracker tracker({kCourse, kLesson, 40'000}, store->deviceId(), clock);
    std::int64_t now = 0;
    tracker.play(0, now);
    for (std::uint64_t pos = 250; pos <= 10'000; pos += 250)
        tracker.position(pos, now += 250);
    BOOST_REQUIRE(store->recordProgress(tracker.flush(now)).ok());
    tracker.seek(30'000, now);
    for (std::uint64_t pos = 30'250; pos <= 40'000; pos += 250)
        tracker.position(pos, now += 250);
    BOOST_REQUIRE(store->recordProgress(tracker.close(now)).ok());

    auto state = store->lessonState(kLesson);
    BOOST_REQUIRE(state->has_value());
    BOOST_TEST(percentWatched((*state)->watched, 40'000) == 50.0);
    BOOST_TEST((*state)->resume->positionMs == 40'000u);
    BOOST_TEST((*state)->totalTimeSpentMs() == 20'000u);
    BOOST_TEST((*state)->isOpened());
}
