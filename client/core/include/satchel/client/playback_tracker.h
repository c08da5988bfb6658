#pragma once
// PlaybackTracker: turns a video player's reports into progress events. It is pure logic with
// the time passed in (a monotonic millisecond count), so it can be driven by QMediaPlayer in
// the app, by `satchel-cli watch`, or by a test.
//
// Rules:
// - Watching is the player advancing at about its playback rate. A jump (a seek, forwards or
//   backwards) ends the current watched interval and starts a new one at the target: the
//   skipped part is not watched.
// - Time spent is monotonic time while playing, whatever the rate; paused time is not spent.
// - The resume position is the last position reported (playing or paused).
// - Events are produced only by flush(), pause() and close(): the caller writes each batch in
//   one LocalStore transaction. Between flushes nothing is written.

#include <cstdint>
#include <optional>
#include <vector>

#include "satchel/hlc.h"
#include "satchel/ids.h"
#include "satchel/merge.h"
#include "satchel/model/progress.h"

namespace satchel::client {

struct PlaybackLesson {
    Uuid courseId;
    Uuid lessonId;
    // From the manifest; intervals are clipped to it. Watched events need it (> 0): while
    // it is 0 they are held back until setDurationMs().
    std::uint64_t durationMs = 0;
};
// What the LocalStore already knows about this device and lesson.
struct PlaybackPrior {
    std::uint64_t timeSpentMs = 0;
    bool opened = false;
};

class PlaybackTracker {
public:
    using Lesson = PlaybackLesson;
    using Prior = PlaybackPrior;

    // A report may run ahead of the expected advance by this much before it counts as a jump
    // (players report positions in coarse, uneven steps).
    static constexpr std::uint64_t kJumpSlackMs = 1000;

    PlaybackTracker(Lesson lesson, Uuid deviceId, HybridClock& clock, Prior prior = {});

    void setPlaybackRate(double rate);  // 0.5 .. 2.0 in the app
    // When the manifest had no duration, the player's (known once the media is loaded).
    void setDurationMs(std::uint64_t durationMs) { lesson_.durationMs = durationMs; }
    void play(std::uint64_t positionMs, std::int64_t nowMs);
    // The player's periodic position report.
    void position(std::uint64_t positionMs, std::int64_t nowMs);
    // An explicit seek by the user (jumps are also detected from reports alone).
    void seek(std::uint64_t toMs, std::int64_t nowMs);

    // Heartbeat: events for everything since the last flush (watched intervals, resume
    // position, this device's time-spent total, and "opened" the first time).
    std::vector<ProgressEvent> flush(std::int64_t nowMs);
    // Stops the clock and flushes.
    std::vector<ProgressEvent> pause(std::uint64_t positionMs, std::int64_t nowMs);
    // The player or the lesson is closing: same as pause at the last position.
    std::vector<ProgressEvent> close(std::int64_t nowMs);

    bool playing() const { return playing_; }
    std::uint64_t resumePositionMs() const { return lastPositionMs_; }
    std::uint64_t timeSpentMs() const { return prior_.timeSpentMs + sessionTimeMs_; }
    // Everything watched in this session, flushed or not.
    const WatchedIntervals& watchedThisSession() const { return session_; }

private:
    void accountTime(std::int64_t nowMs);
    void closeRun();
    ProgressEvent event(ProgressKind kind);

    Lesson lesson_;
    Uuid deviceId_;
    HybridClock& clock_;
    Prior prior_;
    double rate_ = 1.0;

    bool playing_ = false;
    std::optional<std::uint64_t> runStartMs_;
    std::uint64_t lastPositionMs_ = 0;
    std::int64_t lastReportAtMs_ = 0;

    std::vector<Interval> unflushed_;
    WatchedIntervals session_;
    std::uint64_t sessionTimeMs_ = 0;
    std::uint64_t flushedTimeMs_ = 0;
    std::optional<std::uint64_t> flushedResumeMs_;
    bool openedSent_ = false;
};

}  // namespace satchel::client
