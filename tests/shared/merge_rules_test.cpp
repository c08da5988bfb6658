// Example-based tests of each merge rule and of lesson completion.
#define BOOST_TEST_MODULE shared_merge_rules
#include <boost/test/unit_test.hpp>

#include "satchel/merge.h"

using namespace satchel;

namespace {

const Uuid kCourse = *Uuid::parse("0190a000-0000-7000-8000-000000000001");
const Uuid kLesson = *Uuid::parse("0190a000-0000-7000-8000-000000000002");
const Uuid kDeviceA = *Uuid::parse("00000000-0000-4000-8000-00000000000a");
const Uuid kDeviceB = *Uuid::parse("00000000-0000-4000-8000-00000000000b");

ProgressEvent event(ProgressKind kind, const Uuid& device, std::uint64_t wall) {
    ProgressEvent e;
    e.id = newUuidV7();
    e.courseId = kCourse;
    e.lessonId = kLesson;
    e.deviceId = device;
    e.hlc = Hlc{wall, 0};
    e.kind = kind;
    return e;
}

ProgressEvent watched(std::uint64_t start, std::uint64_t end, std::uint64_t duration = 100'000) {
    auto e = event(ProgressKind::Watched, kDeviceA, 1);
    e.startMs = start;
    e.endMs = end;
    e.durationMs = duration;
    return e;
}

ProgressEvent resume(const Uuid& device, std::uint64_t wall, std::uint64_t position) {
    auto e = event(ProgressKind::Resume, device, wall);
    e.positionMs = position;
    return e;
}

ProgressEvent timeSpent(const Uuid& device, std::uint64_t total) {
    auto e = event(ProgressKind::TimeSpent, device, 1);
    e.totalMs = total;
    return e;
}

Lesson videoLesson(std::uint32_t percent) {
    Lesson lesson;
    lesson.id = kLesson;
    lesson.kind = LessonKind::Video;
    lesson.completion = CompletionRule{CompletionKind::Watched, percent, 0};
    return lesson;
}

}  // namespace

BOOST_AUTO_TEST_CASE(watched_intervals_union_and_percent) {
    ProgressState state;
    (void)apply(state, watched(0, 10'000));
    (void)apply(state, watched(5'000, 20'000));
    (void)apply(state, watched(20'000, 30'000));  // touching: coalesced
    (void)apply(state, watched(50'000, 60'000));
    const auto& lesson = *state.lesson(kLesson);
    BOOST_TEST(lesson.watched.intervals().size() == 2u);
    BOOST_TEST(lesson.watched.coveredMs() == 40'000u);
    BOOST_TEST(percentWatched(lesson.watched, 100'000) == 40.0);
    BOOST_TEST(percentWatched(lesson.watched, 0) == 0.0);
}

BOOST_AUTO_TEST_CASE(completion_from_watched_rule_is_exact_at_the_threshold) {
    ProgressState state;
    (void)apply(state, watched(0, 89'999));
    BOOST_TEST(!completionRuleMet(state, videoLesson(90), 100'000));
    (void)apply(state, watched(89'999, 90'000));
    BOOST_TEST(completionRuleMet(state, videoLesson(90), 100'000));
    BOOST_TEST(completionDue(state, videoLesson(90), 100'000));
    // Falls back to the duration seen in events when the manifest gives none.
    BOOST_TEST(completionRuleMet(state, videoLesson(90), 0));
    (void)apply(state, event(ProgressKind::Completed, kDeviceA, 5));
    BOOST_TEST(!completionDue(state, videoLesson(90), 100'000));
    // A stricter rule in a later version does not take completion back.
    BOOST_TEST(isLessonCompleted(state, videoLesson(100), 100'000));
}

BOOST_AUTO_TEST_CASE(resume_is_last_writer_wins_with_device_tie_break) {
    ProgressState one, two;
    auto early = resume(kDeviceB, 100, 5'000);
    auto late = resume(kDeviceA, 200, 7'000);
    (void)apply(one, early);
    (void)apply(one, late);
    (void)apply(two, late);
    (void)apply(two, early);
    BOOST_TEST(one.lesson(kLesson)->resume->positionMs == 7'000u);
    BOOST_CHECK(one == two);
    // Same HLC on two devices: the larger device id wins, on both replicas.
    ProgressState three, four;
    auto fromA = resume(kDeviceA, 300, 1'000);
    auto fromB = resume(kDeviceB, 300, 2'000);
    (void)apply(three, fromA);
    (void)apply(three, fromB);
    (void)apply(four, fromB);
    (void)apply(four, fromA);
    BOOST_TEST(three.lesson(kLesson)->resume->positionMs == 2'000u);
    BOOST_CHECK(three == four);
}

BOOST_AUTO_TEST_CASE(time_spent_is_a_per_device_grow_only_counter) {
    ProgressState state;
    (void)apply(state, timeSpent(kDeviceA, 1'000));
    (void)apply(state, timeSpent(kDeviceA, 3'000));
    BOOST_CHECK(apply(state, timeSpent(kDeviceA, 2'000)) == ApplyEffect::Unchanged);  // stale
    (void)apply(state, timeSpent(kDeviceB, 500));
    BOOST_TEST(state.lesson(kLesson)->totalTimeSpentMs() == 3'500u);
}

BOOST_AUTO_TEST_CASE(opened_and_completed_are_monotonic_and_keep_the_earliest_stamp) {
    ProgressState state;
    (void)apply(state, event(ProgressKind::Opened, kDeviceA, 50));
    (void)apply(state, event(ProgressKind::Opened, kDeviceB, 20));
    (void)apply(state, event(ProgressKind::Opened, kDeviceA, 90));
    BOOST_TEST(state.lesson(kLesson)->firstOpened->hlc.wallMillis == 20u);
    BOOST_CHECK(state.lesson(kLesson)->firstOpened->deviceId == kDeviceB);
    BOOST_TEST(!state.lesson(kLesson)->isCompleted());
}

BOOST_AUTO_TEST_CASE(quiz_completion_uses_the_server_grade_over_the_provisional_score) {
    Lesson lesson;
    lesson.id = kLesson;
    lesson.kind = LessonKind::Quiz;
    lesson.completion = CompletionRule{CompletionKind::QuizPassed, 90, 0};
    ProgressState state;
    QuizAttempt attempt;
    attempt.id = newUuidV7();
    attempt.courseId = kCourse;
    attempt.lessonId = kLesson;
    attempt.deviceId = kDeviceA;
    attempt.provisionalScore = Score{4, 5, true};
    BOOST_CHECK(apply(state, attempt) == ApplyEffect::Changed);
    BOOST_CHECK(apply(state, attempt) == ApplyEffect::Unchanged);
    BOOST_TEST(completionRuleMet(state, lesson, 0));
    (void)apply(state, AttemptGrade{attempt.id, kCourse, kLesson, Score{2, 5, false}, 10});
    BOOST_TEST(!completionRuleMet(state, lesson, 0));
    lesson.completion.kind = CompletionKind::QuizSubmitted;
    BOOST_TEST(completionRuleMet(state, lesson, 0));
}

BOOST_AUTO_TEST_CASE(opened_rule_can_require_time_spent) {
    Lesson reading;
    reading.id = kLesson;
    reading.kind = LessonKind::Reading;
    reading.completion = CompletionRule{CompletionKind::Opened, 90, 60'000};
    ProgressState state;
    (void)apply(state, event(ProgressKind::Opened, kDeviceA, 1));
    BOOST_TEST(!completionRuleMet(state, reading, 0));
    (void)apply(state, timeSpent(kDeviceA, 30'000));
    (void)apply(state, timeSpent(kDeviceB, 30'000));
    BOOST_TEST(completionRuleMet(state, reading, 0));
}
