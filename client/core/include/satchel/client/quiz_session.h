#pragma once
// QuizSession: one student taking one quiz on this device.
//
// - Practice quizzes are graded here, with shared/'s grader, and the result is final for
//   the student (the server regrades with the same code).
// - Graded quizzes get the same provisional score, recorded as the attempt's
//   provisionalScore, and are shown as "awaiting grade" until the server's grade arrives.
// - Graded quizzes as students receive them carry no answer keys (Quiz::answerKeysWithheld):
//   they are graded on the server only. The session records the attempt with no score at
//   all (no report, no provisionalScore); the grade arrives through pull.
// - Timed quizzes run on a monotonic clock (never the wall clock, which the user can change):
//   once the time is up, answers are refused and submit() records what was answered in time.
//
// The session builds the immutable QuizAttempt; the caller stores it with
// LocalStore::recordAttempt (which also queues it for the server).

#include <QString>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>

#include "satchel/grading.h"
#include "satchel/hlc.h"
#include "satchel/ids.h"
#include "satchel/model/course.h"
#include "satchel/result.h"

namespace satchel::client {

struct QuizError {
    enum class Kind {
        NotAQuiz,         // the lesson has no quiz
        UnknownQuestion,  // an answer names a question the quiz does not have
        TimeUp,           // the time limit has passed
        AlreadySubmitted,
    };
    Kind kind;
    QString message;
};

struct SubmittedQuiz {
    QuizAttempt attempt;  // provisionalScore set exactly when report is
    // Per question, for the result screen; nullopt when the quiz's answer keys are withheld.
    std::optional<GradeReport> report;
    QuizMode mode = QuizMode::Practice;
    // The score shown is the student's result (practice quizzes).
    bool final() const { return mode == QuizMode::Practice && report.has_value(); }
    // Only the server can grade this attempt: no score of any kind until pull brings it.
    bool serverGradedOnly() const { return !report.has_value(); }
};

class QuizSession {
public:
    using MonotonicClock = std::function<std::chrono::milliseconds()>;
    using WallClock = std::function<std::int64_t()>;  // Unix milliseconds, for the record only

    struct Context {
        Uuid courseId;
        std::uint32_t courseVersion = 0;
        Uuid deviceId;
    };

    // Starts the session now. Fails with NotAQuiz when the lesson carries no quiz.
    static Result<QuizSession, QuizError> start(const Lesson& lesson, Context context,
                                                HybridClock& clock, MonotonicClock monotonic = {},
                                                WallClock wall = {});

    const Quiz& quiz() const { return quiz_; }
    // Remaining time for a timed quiz (never negative); nullopt when untimed.
    std::optional<std::chrono::milliseconds> remaining() const;
    bool timeUp() const;

    // Records or replaces the answer to answer.questionId; the time since the question was
    // last answered (or since the start) is added to its timeSpentMs.
    Result<void, QuizError> answer(Answer answer);
    const std::map<std::string, Answer>& answers() const { return answers_; }

    // Builds the attempt, graded locally unless the quiz's answer keys are withheld. Allowed
    // once, also after the time is up.
    Result<SubmittedQuiz, QuizError> submit();

private:
    QuizSession(const Lesson& lesson, Context context, HybridClock& clock, MonotonicClock monotonic,
                WallClock wall);
    std::chrono::milliseconds elapsed() const;

    Uuid lessonId_;
    Quiz quiz_;
    Context context_;
    HybridClock* clock_;
    MonotonicClock monotonic_;
    WallClock wall_;
    std::chrono::milliseconds startedMono_{};
    std::chrono::milliseconds lastAnswerMono_{};
    std::int64_t startedAtMs_ = 0;
    std::map<std::string, Answer> answers_;
    bool submitted_ = false;
};

}  // namespace satchel::client
