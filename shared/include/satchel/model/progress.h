#pragma once
// Progress events: the facts a device records while a student learns, pushed to the server
// and pulled by the student's other devices. Every event is immutable and keyed by a UUIDv7
// made on the device; replaying one changes nothing (see satchel/merge.h for the rules).

#include <cstdint>
#include <optional>
#include <string_view>

#include "satchel/hlc.h"
#include "satchel/ids.h"

namespace satchel {

enum class ProgressKind { Watched, Resume, TimeSpent, Opened, Completed };
// "watched", "resume", "timeSpent", "opened", "completed"
std::string_view toString(ProgressKind kind);
std::optional<ProgressKind> parseProgressKind(std::string_view text);

// Longest media Satchel accepts (24 h): bounds every millisecond field of an event.
inline constexpr std::uint64_t kMaxMediaDurationMs = 24ull * 60 * 60 * 1000;
// Longest time one device may claim on one lesson (10,000 h).
inline constexpr std::uint64_t kMaxTimeSpentMs = 10'000ull * 60 * 60 * 1000;

// Which fields are meaningful depends on kind:
//  Watched:   [startMs, endMs) of the video was played; durationMs is the video's length
//             (0 < durationMs <= kMaxMediaDurationMs, startMs < endMs <= durationMs).
//  Resume:    positionMs is where to continue (<= durationMs when durationMs > 0).
//  TimeSpent: totalMs is this device's running total for the lesson (a grow-only counter,
//             not a delta: the larger value wins, so replays and reordering are harmless).
//  Opened, Completed: no payload.
struct ProgressEvent {
    Uuid id;
    Uuid courseId;
    Uuid lessonId;
    Uuid deviceId;
    Hlc hlc;
    ProgressKind kind = ProgressKind::Opened;
    std::uint64_t startMs = 0;
    std::uint64_t endMs = 0;
    std::uint64_t durationMs = 0;
    std::uint64_t positionMs = 0;
    std::uint64_t totalMs = 0;

    Stamp stamp() const { return Stamp{hlc, deviceId}; }
    friend bool operator==(const ProgressEvent&, const ProgressEvent&) = default;
};

}  // namespace satchel
