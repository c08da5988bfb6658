#pragma once
// The merge rules of ARCHITECTURE.md as pure functions. Every rule is commutative,
// associative and idempotent, so devices that have seen the same set of events hold the same
// state, whatever the order, duplicates or replays:
//
//  watched intervals  set union, normalised (sorted, disjoint, non-adjacent)
//  media duration     maximum seen (for percent watched when no manifest is at hand)
//  resume position    last writer wins by Stamp (hlc, then device id)
//  time spent         per-device grow-only counter (max), summed for display
//  opened / completed monotonic; the earliest Stamp is kept as "when"
//  quiz attempts      immutable, keyed by id; grades keyed by attempt id
//
// apply(state, event) is merge(state, stateOf(event)); merge(a, b) works on whole states.
// Completion is recorded by Completed events. The device that sees a lesson's completion rule
// met (completionRuleMet) emits one; because it is an event, the fact survives later changes
// of the rule in new course versions.

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "satchel/hlc.h"
#include "satchel/ids.h"
#include "satchel/model/course.h"
#include "satchel/model/progress.h"
#include "satchel/model/quiz.h"

namespace satchel {

// A half-open span [startMs, endMs) of a video. Empty when startMs >= endMs.
struct Interval {
    std::uint64_t startMs = 0;
    std::uint64_t endMs = 0;
    std::uint64_t length() const { return endMs > startMs ? endMs - startMs : 0; }
    friend auto operator<=>(const Interval&, const Interval&) = default;
};

// Sorts and coalesces: the result is ascending, disjoint, with no two intervals touching, and
// no empty interval. This normal form makes equal coverage compare equal.
std::vector<Interval> mergeWatchedIntervals(std::vector<Interval> intervals);

// A normalised set of watched intervals (the invariant of mergeWatchedIntervals always holds).
class WatchedIntervals {
public:
    WatchedIntervals() = default;
    explicit WatchedIntervals(std::vector<Interval> intervals);

    void add(Interval interval);
    void add(const WatchedIntervals& other);
    const std::vector<Interval>& intervals() const { return intervals_; }
    bool empty() const { return intervals_.empty(); }
    std::uint64_t coveredMs() const;
    // Coverage clipped to [0, durationMs).
    std::uint64_t coveredMsWithin(std::uint64_t durationMs) const;
    friend bool operator==(const WatchedIntervals&, const WatchedIntervals&) = default;

private:
    std::vector<Interval> intervals_;
};

// Percent (0..100) of [0, durationMs) covered; 0 when durationMs is 0.
double percentWatched(const WatchedIntervals& watched, std::uint64_t durationMs);

struct ResumePosition {
    std::uint64_t positionMs = 0;
    Stamp stamp;
    friend bool operator==(const ResumePosition&, const ResumePosition&) = default;
};

// Everything known about one student's progress in one lesson.
struct LessonState {
    Uuid courseId;
    Uuid lessonId;
    WatchedIntervals watched;
    std::uint64_t mediaDurationMs = 0;
    std::optional<ResumePosition> resume;
    std::map<Uuid, std::uint64_t> timeSpentByDevice;
    std::optional<Stamp> firstOpened;
    std::optional<Stamp> completed;

    bool isOpened() const { return firstOpened.has_value(); }
    bool isCompleted() const { return completed.has_value(); }
    std::uint64_t totalTimeSpentMs() const;
    friend bool operator==(const LessonState&, const LessonState&) = default;
};

// One student's progress across courses: lessons by lesson id, attempts and grades by
// attempt id.
struct ProgressState {
    std::map<Uuid, LessonState> lessons;
    std::map<Uuid, QuizAttempt> attempts;
    std::map<Uuid, AttemptGrade> grades;

    const LessonState* lesson(const Uuid& lessonId) const;
    friend bool operator==(const ProgressState&, const ProgressState&) = default;
};

enum class ApplyEffect { Changed, Unchanged };

// Folds one event into the state. Precondition for the LessonState overload: the event's
// lessonId equals state.lessonId, or the state is fresh (nil lessonId), in which case it is
// adopted. Events are assumed valid (the protocol decoder checks them).
ApplyEffect apply(LessonState& state, const ProgressEvent& event);
ApplyEffect apply(ProgressState& state, const ProgressEvent& event);
// An attempt is immutable: the same id with the same content is Unchanged. Two different
// attempts under one id (a client bug) resolve to the one whose canonical encoding sorts
// first, so replicas still agree.
ApplyEffect apply(ProgressState& state, const QuizAttempt& attempt);
// Grades are the server's; for one attempt the latest gradedAtMs wins (ties by score).
ApplyEffect apply(ProgressState& state, const AttemptGrade& grade);

// Join of two states (precondition for LessonState: same lessonId, or one of them fresh).
LessonState merge(const LessonState& a, const LessonState& b);
ProgressState merge(const ProgressState& a, const ProgressState& b);

// The score that counts for an attempt: the server's grade when present, else provisional.
std::optional<Score> effectiveScore(const ProgressState& state, const Uuid& attemptId);

// Whether the lesson's completion rule holds in state. mediaDurationMs is the video's length
// from the manifest (0 to fall back to the longest duration seen in events).
bool completionRuleMet(const ProgressState& state, const Lesson& lesson,
                       std::uint64_t mediaDurationMs);
// Completed: a Completed event was recorded, or the rule holds now.
bool isLessonCompleted(const ProgressState& state, const Lesson& lesson,
                       std::uint64_t mediaDurationMs);
// Rule met but no Completed event recorded yet: the caller should emit one.
bool completionDue(const ProgressState& state, const Lesson& lesson, std::uint64_t mediaDurationMs);

}  // namespace satchel
