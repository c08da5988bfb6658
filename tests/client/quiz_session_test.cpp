// QuizSession: local provisional grading with shared's grader, answers in time only for timed
// quizzes (monotonic clock), one submission, and the attempt stored as awaiting its grade.
#define BOOST_TEST_MODULE quiz_session
#include <boost/test/unit_test.hpp>

#include "local_store_fixture.h"
#include "qt_fixture.h"
#include "satchel/client/quiz_session.h"

using namespace satchel;
using namespace std::chrono_literals;
using satchel::client::QuizError;
using satchel::client::QuizSession;

using satchel::testing::QtCoreApp;
BOOST_TEST_GLOBAL_FIXTURE(QtCoreApp);

namespace {

const Uuid kCourse = *Uuid::parse("0192a5a0-0000-7000-8000-00000000c001");

Lesson quizLesson(QuizMode mode, std::optional<std::uint32_t> limitSeconds) {
    Quiz quiz;
    quiz.mode = mode;
    quiz.passPercent = 60;
    quiz.timeLimitSeconds = limitSeconds;
    Question single;
    single.id = "q1";
    single.type = QuestionType::SingleChoice;
    single.prompt = "Where does a downloaded video play from?";
    single.choices = {{"a", "local"}, {"b", "server"}};
    single.correctChoiceIds = {"a"};
    Question truth;
    truth.id = "q2";
    truth.type = QuestionType::TrueFalse;
    truth.prompt = "Offline progress is lost.";
    truth.correctBool = false;
    Question number;
    number.id = "q3";
    number.type = QuestionType::Numeric;
    number.prompt = "Percent?";
    number.points = 2;
    number.numeric.value = 75;
    number.numeric.tolerance = 0.5;
    quiz.questions = {single, truth, number};

    Lesson lesson;
    lesson.id = newUuidV7();
    lesson.title = "Check";
    lesson.kind = LessonKind::Quiz;
    lesson.quiz = quiz;
    return lesson;
}

struct Clocks {
    std::chrono::milliseconds mono{5'000};
    std::int64_t wall = 1'700'000'000'000;
    HybridClock hlc{[this] { return static_cast<std::uint64_t>(wall); }};
    QuizSession::MonotonicClock monotonic() {
        return [this] { return mono; };
    }
    QuizSession::WallClock wallClock() {
        return [this] { return wall; };
    }
};

Answer choice(const char* question, const char* id) {
    Answer a;
    a.questionId = question;
    a.choiceIds = {id};
    return a;
}

}  // namespace

BOOST_FIXTURE_TEST_CASE(practice_quiz_is_graded_locally_and_final, Clocks) {
    const Uuid device = newUuidV7();
    auto session = QuizSession::start(quizLesson(QuizMode::Practice, std::nullopt),
                                      {kCourse, 3, device}, hlc, monotonic(), wallClock());
    BOOST_REQUIRE(session.ok());
    BOOST_TEST(!session->remaining().has_value());
    mono += 4s;
    BOOST_REQUIRE(session->answer(choice("q1", "a")).ok());
    Answer number;
    number.questionId = "q3";
    number.number = 75.4;
    mono += 6s;
    BOOST_REQUIRE(session->answer(number).ok());
    wall += 10'000;

    auto submitted = session->submit();
    BOOST_REQUIRE(submitted.ok());
    BOOST_TEST(submitted->final());
    const QuizAttempt& a = submitted->attempt;
    BOOST_TEST(a.courseId == kCourse);
    BOOST_TEST(a.courseVersion == 3u);
    BOOST_TEST(a.deviceId == device);
    BOOST_TEST(a.submittedAtMs - a.startedAtMs == 10'000);
    BOOST_REQUIRE(a.answers.size() == 2u);
    BOOST_TEST(a.answers[0].questionId == "q1");
    BOOST_TEST(a.answers[0].timeSpentMs == 4'000u);
    BOOST_TEST(a.answers[1].timeSpentMs == 6'000u);
    BOOST_REQUIRE(a.provisionalScore.has_value());
    BOOST_TEST(a.provisionalScore->points == 3.0);  // q1 (1) + q3 (2); q2 unanswered
    BOOST_TEST(a.provisionalScore->maxPoints == 4.0);
    BOOST_TEST(a.provisionalScore->passed);
    BOOST_TEST(submitted->report->questions.size() == 3u);

    BOOST_TEST((session->submit().error().kind == QuizError::Kind::AlreadySubmitted));
    BOOST_TEST(
        (session->answer(choice("q1", "b")).error().kind == QuizError::Kind::AlreadySubmitted));
}

BOOST_FIXTURE_TEST_CASE(timed_quiz_refuses_late_answers_by_the_monotonic_clock, Clocks) {
    auto session = QuizSession::start(quizLesson(QuizMode::Graded, 60), {kCourse, 1, newUuidV7()},
                                      hlc, monotonic(), wallClock());
    BOOST_REQUIRE(session.ok());
    BOOST_TEST(session->remaining()->count() == 60'000);
    mono += 20s;
    wall -= 3'600'000;  // the user sets the wall clock back an hour: no extra time
    BOOST_TEST(session->remaining()->count() == 40'000);
    BOOST_REQUIRE(session->answer(choice("q1", "b")).ok());
    mono += 41s;
    BOOST_TEST(session->timeUp());
    BOOST_TEST(session->remaining()->count() == 0);
    auto late = session->answer(choice("q1", "a"));
    BOOST_REQUIRE(!late.ok());
    BOOST_TEST((late.error().kind == QuizError::Kind::TimeUp));

    auto submitted = session->submit();
    BOOST_REQUIRE(submitted.ok());
    BOOST_TEST(!submitted->final());
    BOOST_REQUIRE(submitted->attempt.answers.size() == 1u);
    BOOST_TEST(submitted->attempt.answers[0].choiceIds == std::vector<std::string>{"b"});
    BOOST_TEST(submitted->attempt.provisionalScore->points == 0.0);
    BOOST_TEST(submitted->attempt.submittedAtMs >= submitted->attempt.startedAtMs);
}

BOOST_FIXTURE_TEST_CASE(answers_to_unknown_questions_and_non_quizzes_are_refused, Clocks) {
    Lesson reading;
    reading.id = newUuidV7();
    reading.kind = LessonKind::Reading;
    auto notQuiz = QuizSession::start(reading, {kCourse, 1, newUuidV7()}, hlc);
    BOOST_REQUIRE(!notQuiz.ok());
    BOOST_TEST((notQuiz.error().kind == QuizError::Kind::NotAQuiz));

    auto session = QuizSession::start(quizLesson(QuizMode::Practice, std::nullopt),
                                      {kCourse, 1, newUuidV7()}, hlc, monotonic(), wallClock());
    auto unknown = session->answer(choice("q9", "a"));
    BOOST_REQUIRE(!unknown.ok());
    BOOST_TEST((unknown.error().kind == QuizError::Kind::UnknownQuestion));
}

BOOST_AUTO_TEST_CASE(a_graded_attempt_is_stored_awaiting_its_grade_then_graded) {
    satchel::testing::StoreDir dir;
    auto store = dir.open();
    HybridClock clock(systemUnixMillis, store->lastHlc());
    const Lesson lesson = quizLesson(QuizMode::Graded, std::nullopt);
    auto session = QuizSession::start(lesson, {kCourse, 1, store->deviceId()}, clock);
    BOOST_REQUIRE(session->answer(choice("q1", "a")).ok());
    auto submitted = session->submit();
    BOOST_REQUIRE(submitted.ok());
    BOOST_REQUIRE(store->recordAttempt(submitted->attempt).ok());

    auto stored = store->attempts(lesson.id);
    BOOST_REQUIRE(stored->size() == 1u);
    BOOST_TEST((*stored)[0].awaitingGrade());
    BOOST_TEST((*stored)[0].attempt.provisionalScore->points == 1.0);

    PullResponse page;
    page.grades = {AttemptGrade{submitted->attempt.id, kCourse, lesson.id, Score{1, 4, false}, 99}};
    page.cursor = "c1";
    BOOST_REQUIRE(store->applyPull(page).ok());
    stored = store->attempts(lesson.id);
    BOOST_TEST(!(*stored)[0].awaitingGrade());
    BOOST_TEST((*stored)[0].grade->score.maxPoints == 4.0);
}

// What a student receives for a graded quiz: no answer keys. The session must not grade it
// (the grader would score every answer zero), only record the attempt for the server.
BOOST_AUTO_TEST_CASE(a_withheld_graded_quiz_is_recorded_unscored_and_graded_by_the_server) {
    satchel::testing::StoreDir dir;
    auto store = dir.open();
    HybridClock clock(systemUnixMillis, store->lastHlc());
    Lesson lesson = quizLesson(QuizMode::Graded, std::nullopt);
    lesson.quiz = withholdAnswerKeys(*lesson.quiz);
    BOOST_REQUIRE(lesson.quiz->answerKeysWithheld);
    auto session = QuizSession::start(lesson, {kCourse, 2, store->deviceId()}, clock);
    BOOST_REQUIRE(session.ok());
    BOOST_REQUIRE(session->answer(choice("q1", "a")).ok());
    Answer number;
    number.questionId = "q3";
    number.number = 75;
    BOOST_REQUIRE(session->answer(number).ok());
    auto submitted = session->submit();
    BOOST_REQUIRE(submitted.ok());
    BOOST_TEST(submitted->serverGradedOnly());
    BOOST_TEST(!submitted->final());
    BOOST_TEST(!submitted->report.has_value());
    BOOST_TEST(!submitted->attempt.provisionalScore.has_value());
    BOOST_REQUIRE_EQUAL(submitted->attempt.answers.size(), 2u);
    BOOST_TEST(submitted->attempt.answers[0].choiceIds == std::vector<std::string>{"a"});
    BOOST_TEST(*submitted->attempt.answers[1].number == 75.0);

    // Stored and queued like any attempt, awaiting the grade that pull brings.
    BOOST_REQUIRE(store->recordAttempt(submitted->attempt).ok());
    auto stored = store->attempts(lesson.id);
    BOOST_REQUIRE(stored->size() == 1u);
    BOOST_TEST((*stored)[0].awaitingGrade());
    BOOST_TEST(!(*stored)[0].attempt.provisionalScore.has_value());
    PullResponse page;
    page.grades = {AttemptGrade{submitted->attempt.id, kCourse, lesson.id, Score{3, 4, true}, 99}};
    page.cursor = "c1";
    BOOST_REQUIRE(store->applyPull(page).ok());
    stored = store->attempts(lesson.id);
    BOOST_TEST(!(*stored)[0].awaitingGrade());
    BOOST_TEST((*stored)[0].grade->score.points == 3.0);
}

BOOST_FIXTURE_TEST_CASE(a_graded_quiz_with_its_keys_still_gets_a_provisional_score, Clocks) {
    auto session = QuizSession::start(quizLesson(QuizMode::Graded, std::nullopt),
                                      {kCourse, 1, newUuidV7()}, hlc, monotonic(), wallClock());
    BOOST_REQUIRE(session->answer(choice("q1", "a")).ok());
    auto submitted = session->submit();
    BOOST_REQUIRE(submitted.ok());
    BOOST_TEST(!submitted->serverGradedOnly());
    BOOST_TEST(!submitted->final());
    BOOST_REQUIRE(submitted->report.has_value());
    BOOST_TEST(submitted->attempt.provisionalScore->points == 1.0);
}
