#include "satchel/merge.h"

#include <algorithm>
#include <tuple>

#include "satchel/protocol/codec.h"

namespace satchel {
namespace {

template <class T>
bool keepMinimum(std::optional<T>& slot, const T& candidate) {
    if (slot && !(candidate < *slot))
        return false;
    slot = candidate;
    return true;
}

// Resume positions are ordered by stamp; the position breaks the (impossible in practice)
// tie of one device stamping two positions with one HLC, so the choice stays deterministic.
bool resumeBefore(const ResumePosition& a, const ResumePosition& b) {
    return std::tie(a.stamp, a.positionMs) < std::tie(b.stamp, b.positionMs);
}

bool keepLatest(std::optional<ResumePosition>& slot, const ResumePosition& candidate) {
    if (slot && !resumeBefore(*slot, candidate))
        return false;
    slot = candidate;
    return true;
}

// Nil loses; two different ids (a caller bug) resolve to the smaller, deterministically.
void joinId(Uuid& into, const Uuid& other) {
    if (into.isNil() || (!other.isNil() && other < into))
        into = other;
}

bool gradeBefore(const AttemptGrade& a, const AttemptGrade& b) {
    auto key = [](const AttemptGrade& g) {
        return std::make_tuple(g.gradedAtMs, g.score.points, g.score.maxPoints, g.score.passed);
    };
    if (key(a) != key(b))
        return key(a) < key(b);
    return encode(a) < encode(b);
}

}  // namespace

std::vector<Interval> mergeWatchedIntervals(std::vector<Interval> intervals) {
    std::erase_if(intervals, [](const Interval& i) { return i.startMs >= i.endMs; });
    std::sort(intervals.begin(), intervals.end());
    std::vector<Interval> merged;
    merged.reserve(intervals.size());
    for (const auto& interval : intervals) {
        if (!merged.empty() && interval.startMs <= merged.back().endMs) {
            merged.back().endMs = std::max(merged.back().endMs, interval.endMs);
        } else {
            merged.push_back(interval);
        }
    }
    return merged;
}

WatchedIntervals::WatchedIntervals(std::vector<Interval> intervals)
    : intervals_(mergeWatchedIntervals(std::move(intervals))) {}

void WatchedIntervals::add(Interval interval) {
    if (interval.startMs >= interval.endMs)
        return;
    // First interval that ends at or after the new start: it and the following ones up to
    // the new end overlap or touch the new interval and are absorbed into it.
    auto first = std::lower_bound(
        intervals_.begin(), intervals_.end(), interval.startMs,
        [](const Interval& existing, std::uint64_t start) { return existing.endMs < start; });
    auto last = first;
    while (last != intervals_.end() && last->startMs <= interval.endMs) {
        interval.startMs = std::min(interval.startMs, last->startMs);
        interval.endMs = std::max(interval.endMs, last->endMs);
        ++last;
    }
    if (first == last) {
        intervals_.insert(first, interval);
    } else {
        *first = interval;
        intervals_.erase(first + 1, last);
    }
}

void WatchedIntervals::add(const WatchedIntervals& other) {
    if (other.intervals_.empty())
        return;
    if (intervals_.empty()) {
        intervals_ = other.intervals_;
        return;
    }
    std::vector<Interval> all;
    all.reserve(intervals_.size() + other.intervals_.size());
    std::merge(intervals_.begin(), intervals_.end(), other.intervals_.begin(),
               other.intervals_.end(), std::back_inserter(all));
    intervals_ = mergeWatchedIntervals(std::move(all));
}

std::uint64_t WatchedIntervals::coveredMs() const {
    std::uint64_t total = 0;
    for (const auto& i : intervals_)
        total += i.length();
    return total;
}

std::uint64_t WatchedIntervals::coveredMsWithin(std::uint64_t durationMs) const {
    std::uint64_t total = 0;
    for (const auto& i : intervals_) {
        if (i.startMs >= durationMs)
            break;
        total += std::min(i.endMs, durationMs) - i.startMs;
    }
    return total;
}

double percentWatched(const WatchedIntervals& watched, std::uint64_t durationMs) {
    if (durationMs == 0)
        return 0.0;
    return 100.0 * static_cast<double>(watched.coveredMsWithin(durationMs)) /
           static_cast<double>(durationMs);
}

std::uint64_t LessonState::totalTimeSpentMs() const {
    std::uint64_t total = 0;
    for (const auto& [device, ms] : timeSpentByDevice)
        total += ms;
    return total;
}

const LessonState* ProgressState::lesson(const Uuid& lessonId) const {
    auto found = lessons.find(lessonId);
    return found == lessons.end() ? nullptr : &found->second;
}

ApplyEffect apply(LessonState& state, const ProgressEvent& event) {
    bool changed = false;
    if (state.lessonId.isNil()) {
        state.lessonId = event.lessonId;
        changed = true;
    }
    if (state.courseId != event.courseId) {
        Uuid before = state.courseId;
        joinId(state.courseId, event.courseId);
        changed = changed || before != state.courseId;
    }
    switch (event.kind) {
        case ProgressKind::Watched: {
            auto before = state.watched.intervals().size();
            auto coveredBefore = state.watched.coveredMs();
            state.watched.add(Interval{event.startMs, event.endMs});
            changed = changed || before != state.watched.intervals().size() ||
                      coveredBefore != state.watched.coveredMs();
            if (event.durationMs > state.mediaDurationMs) {
                state.mediaDurationMs = event.durationMs;
                changed = true;
            }
            break;
        }
        case ProgressKind::Resume:
            changed = keepLatest(state.resume, ResumePosition{event.positionMs, event.stamp()}) ||
                      changed;
            break;
        case ProgressKind::TimeSpent: {
            auto& counter = state.timeSpentByDevice[event.deviceId];
            if (event.totalMs > counter) {
                counter = event.totalMs;
                changed = true;
            }
            break;
        }
        case ProgressKind::Opened:
            changed = keepMinimum(state.firstOpened, event.stamp()) || changed;
            break;
        case ProgressKind::Completed:
            changed = keepMinimum(state.completed, event.stamp()) || changed;
            break;
    }
    return changed ? ApplyEffect::Changed : ApplyEffect::Unchanged;
}

ApplyEffect apply(ProgressState& state, const ProgressEvent& event) {
    return apply(state.lessons[event.lessonId], event);
}

ApplyEffect apply(ProgressState& state, const QuizAttempt& attempt) {
    auto [slot, inserted] = state.attempts.try_emplace(attempt.id, attempt);
    if (inserted)
        return ApplyEffect::Changed;
    if (slot->second == attempt)
        return ApplyEffect::Unchanged;
    if (encode(attempt) < encode(slot->second)) {
        slot->second = attempt;
        return ApplyEffect::Changed;
    }
    return ApplyEffect::Unchanged;
}

ApplyEffect apply(ProgressState& state, const AttemptGrade& grade) {
    auto [slot, inserted] = state.grades.try_emplace(grade.attemptId, grade);
    if (inserted)
        return ApplyEffect::Changed;
    if (slot->second == grade || !gradeBefore(slot->second, grade))
        return ApplyEffect::Unchanged;
    slot->second = grade;
    return ApplyEffect::Changed;
}

LessonState merge(const LessonState& a, const LessonState& b) {
    LessonState out = a;
    joinId(out.lessonId, b.lessonId);
    joinId(out.courseId, b.courseId);
    out.watched.add(b.watched);
    out.mediaDurationMs = std::max(a.mediaDurationMs, b.mediaDurationMs);
    if (b.resume)
        keepLatest(out.resume, *b.resume);
    for (const auto& [device, ms] : b.timeSpentByDevice) {
        auto& counter = out.timeSpentByDevice[device];
        counter = std::max(counter, ms);
    }
    if (b.firstOpened)
        keepMinimum(out.firstOpened, *b.firstOpened);
    if (b.completed)
        keepMinimum(out.completed, *b.completed);
    return out;
}

ProgressState merge(const ProgressState& a, const ProgressState& b) {
    ProgressState out = a;
    for (const auto& [id, lesson] : b.lessons) {
        auto found = out.lessons.find(id);
        if (found == out.lessons.end()) {
            out.lessons.emplace(id, lesson);
        } else {
            found->second = merge(found->second, lesson);
        }
    }
    for (const auto& [id, attempt] : b.attempts)
        (void)apply(out, attempt);
    for (const auto& [id, grade] : b.grades)
        (void)apply(out, grade);
    return out;
}

std::optional<Score> effectiveScore(const ProgressState& state, const Uuid& attemptId) {
    if (auto grade = state.grades.find(attemptId); grade != state.grades.end()) {
        return grade->second.score;
    }
    if (auto attempt = state.attempts.find(attemptId); attempt != state.attempts.end()) {
        return attempt->second.provisionalScore;
    }
    return std::nullopt;
}

bool completionRuleMet(const ProgressState& state, const Lesson& lesson,
                       std::uint64_t mediaDurationMs) {
    const LessonState* progress = state.lesson(lesson.id);
    const CompletionRule& rule = lesson.completion;
    switch (rule.kind) {
        case CompletionKind::Watched: {
            if (progress == nullptr)
                return false;
            std::uint64_t duration = mediaDurationMs ? mediaDurationMs : progress->mediaDurationMs;
            if (duration == 0)
                return false;
            // Integer arithmetic: no rounding at the threshold.
            return progress->watched.coveredMsWithin(duration) * 100 >=
                   std::uint64_t{rule.minWatchedPercent} * duration;
        }
        case CompletionKind::Opened:
            return progress != nullptr && progress->isOpened() &&
                   progress->totalTimeSpentMs() >= rule.minTimeSpentMs;
        case CompletionKind::QuizPassed:
        case CompletionKind::QuizSubmitted:
            for (const auto& [id, attempt] : state.attempts) {
                if (attempt.lessonId != lesson.id)
                    continue;
                if (rule.kind == CompletionKind::QuizSubmitted)
                    return true;
                auto score = effectiveScore(state, id);
                if (score && score->passed)
                    return true;
            }
            return false;
    }
    return false;
}

bool isLessonCompleted(const ProgressState& state, const Lesson& lesson,
                       std::uint64_t mediaDurationMs) {
    const LessonState* progress = state.lesson(lesson.id);
    return (progress != nullptr && progress->isCompleted()) ||
           completionRuleMet(state, lesson, mediaDurationMs);
}

bool completionDue(const ProgressState& state, const Lesson& lesson,
                   std::uint64_t mediaDurationMs) {
    const LessonState* progress = state.lesson(lesson.id);
    return !(progress != nullptr && progress->isCompleted()) &&
           completionRuleMet(state, lesson, mediaDurationMs);
}

}  // namespace satchel
