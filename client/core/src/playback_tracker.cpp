#include "satchel/client/playback_tracker.h"

#include <algorithm>
#include <cmath>

namespace satchel::client {

PlaybackTracker::PlaybackTracker(Lesson lesson, Uuid deviceId, HybridClock& clock, Prior prior)
    : lesson_(lesson),
      deviceId_(deviceId),
      clock_(clock),
      prior_(prior),
      openedSent_(prior.opened) {}

void PlaybackTracker::setPlaybackRate(double rate) {
    if (rate > 0.0 && std::isfinite(rate))
        rate_ = rate;
}

void PlaybackTracker::accountTime(std::int64_t nowMs) {
    if (playing_ && nowMs > lastReportAtMs_) {
        sessionTimeMs_ += static_cast<std::uint64_t>(nowMs - lastReportAtMs_);
    }
    lastReportAtMs_ = std::max(lastReportAtMs_, nowMs);
}

void PlaybackTracker::closeRun() {
    if (runStartMs_ && lastPositionMs_ > *runStartMs_) {
        const Interval watched{*runStartMs_, lastPositionMs_};
        unflushed_.push_back(watched);
        session_.add(watched);
    }
    runStartMs_.reset();
}

void PlaybackTracker::play(std::uint64_t positionMs, std::int64_t nowMs) {
    if (playing_) {
        position(positionMs, nowMs);
        return;
    }
    playing_ = true;
    lastReportAtMs_ = nowMs;
    lastPositionMs_ = positionMs;
    runStartMs_ = positionMs;
}

void PlaybackTracker::position(std::uint64_t positionMs, std::int64_t nowMs) {
    if (!playing_) {
        // Scrubbing while paused moves the resume position but watches nothing.
        lastPositionMs_ = positionMs;
        lastReportAtMs_ = nowMs;
        return;
    }
    const std::int64_t elapsed = std::max<std::int64_t>(0, nowMs - lastReportAtMs_);
    accountTime(nowMs);
    const double allowed = static_cast<double>(elapsed) * std::max(rate_, 1.0) * 1.5 +
                           static_cast<double>(kJumpSlackMs);
    const bool continuous = positionMs >= lastPositionMs_ &&
                            static_cast<double>(positionMs - lastPositionMs_) <= allowed;
    if (!continuous) {
        closeRun();
        runStartMs_ = positionMs;
    } else if (!runStartMs_) {
        runStartMs_ = lastPositionMs_;
    }
    lastPositionMs_ = positionMs;
}

void PlaybackTracker::seek(std::uint64_t toMs, std::int64_t nowMs) {
    accountTime(nowMs);
    closeRun();
    lastPositionMs_ = toMs;
    if (playing_)
        runStartMs_ = toMs;
}

ProgressEvent PlaybackTracker::event(ProgressKind kind) {
    ProgressEvent e;
    e.id = newUuidV7();
    e.courseId = lesson_.courseId;
    e.lessonId = lesson_.lessonId;
    e.deviceId = deviceId_;
    e.hlc = clock_.now();
    e.kind = kind;
    e.durationMs = lesson_.durationMs;
    return e;
}

std::vector<ProgressEvent> PlaybackTracker::flush(std::int64_t nowMs) {
    accountTime(nowMs);
    if (playing_) {
        // Cut the running interval here; watching continues from the same point.
        const std::uint64_t at = lastPositionMs_;
        closeRun();
        runStartMs_ = at;
    }
    std::vector<ProgressEvent> events;
    if (!openedSent_) {
        events.push_back(event(ProgressKind::Opened));
        openedSent_ = true;
    }
    if (lesson_.durationMs > 0) {
        for (const Interval& i : mergeWatchedIntervals(std::move(unflushed_))) {
            const std::uint64_t end = std::min(i.endMs, lesson_.durationMs);
            if (end <= i.startMs)
                continue;
            ProgressEvent e = event(ProgressKind::Watched);
            e.startMs = i.startMs;
            e.endMs = end;
            events.push_back(e);
        }
        unflushed_.clear();
    }
    const std::uint64_t resume =
        lesson_.durationMs > 0 ? std::min(lastPositionMs_, lesson_.durationMs) : lastPositionMs_;
    if (flushedResumeMs_ != resume) {
        ProgressEvent e = event(ProgressKind::Resume);
        e.positionMs = resume;
        events.push_back(e);
        flushedResumeMs_ = resume;
    }
    if (sessionTimeMs_ > flushedTimeMs_) {
        ProgressEvent e = event(ProgressKind::TimeSpent);
        e.totalMs = std::min(timeSpentMs(), kMaxTimeSpentMs);
        events.push_back(e);
        flushedTimeMs_ = sessionTimeMs_;
    }
    return events;
}

std::vector<ProgressEvent> PlaybackTracker::pause(std::uint64_t positionMs, std::int64_t nowMs) {
    position(positionMs, nowMs);
    closeRun();
    playing_ = false;
    return flush(nowMs);
}

std::vector<ProgressEvent> PlaybackTracker::close(std::int64_t nowMs) {
    if (playing_)
        return pause(lastPositionMs_, nowMs);
    return flush(nowMs);
}

}  // namespace satchel::client
