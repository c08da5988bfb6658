#pragma once
// Quizzes, their questions and a student's answers. Question and choice ids are short local
// keys ([A-Za-z0-9_.-]{1,64}) unique within their quiz / question; they stay stable across
// course versions so that attempts remain readable.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "satchel/hlc.h"
#include "satchel/ids.h"

namespace satchel {

enum class QuestionType { SingleChoice, MultipleChoice, TrueFalse, ShortAnswer, Numeric };

std::string_view toString(
    QuestionType type);  // "single", "multiple", "truefalse", "short", "numeric"
std::optional<QuestionType> parseQuestionType(std::string_view text);

struct Choice {
    std::string id;
    std::string text;
    friend bool operator==(const Choice&, const Choice&) = default;
};

// How a short answer is compared with the accepted answers. Trimming and collapsing runs of
// whitespace happen before comparison when collapseWhitespace is set; caseSensitive=false
// folds ASCII letters only (a deliberate, documented limit: no locale-dependent folding).
struct ShortAnswerRules {
    bool caseSensitive = false;
    bool collapseWhitespace = true;
    friend bool operator==(const ShortAnswerRules&, const ShortAnswerRules&) = default;
};

// Numeric answers: either value ± tolerance (inclusive), or the closed range [min, max].
struct NumericAnswer {
    std::optional<double> value;
    double tolerance = 0.0;
    std::optional<double> min;
    std::optional<double> max;
    friend bool operator==(const NumericAnswer&, const NumericAnswer&) = default;
};

// One question; which fields matter depends on type:
//  SingleChoice/MultipleChoice: choices + correctChoiceIds (exactly one for SingleChoice)
//  TrueFalse: correctBool;  ShortAnswer: acceptedAnswers + shortAnswer;  Numeric: numeric.
struct Question {
    std::string id;
    QuestionType type = QuestionType::SingleChoice;
    std::string prompt;
    std::uint32_t points = 1;
    std::vector<Choice> choices;
    std::vector<std::string> correctChoiceIds;
    bool correctBool = false;
    std::vector<std::string> acceptedAnswers;
    ShortAnswerRules shortAnswer;
    NumericAnswer numeric;
    friend bool operator==(const Question&, const Question&) = default;
};

enum class QuizMode { Practice, Graded };
std::string_view toString(QuizMode mode);  // "practice", "graded"
std::optional<QuizMode> parseQuizMode(std::string_view text);

struct Quiz {
    std::vector<Question> questions;
    double passPercent = 60.0;  // 0..100: percent of points needed to pass
    QuizMode mode = QuizMode::Graded;
    std::optional<std::uint32_t> timeLimitSeconds;
    // Set in the copy of a graded quiz that students receive: prompts, choices and points are
    // there, every answer key is not (correctChoiceIds, correctBool, acceptedAnswers,
    // shortAnswer and numeric hold their defaults). Only the server, which keeps the keys, can
    // grade such a quiz. Wire form: "answerKeys": "withheld". Never set on a practice quiz.
    bool answerKeysWithheld = false;
    friend bool operator==(const Quiz&, const Quiz&) = default;
};

// The quiz as a student may have it: a graded quiz loses its answer keys and is marked
// answerKeysWithheld; a practice quiz (graded on the device) is returned unchanged.
Quiz withholdAnswerKeys(Quiz quiz);

// A student's answer to one question; the field used depends on the question's type
// (choiceIds for choice questions, boolean for true/false, text, number). An answer with the
// wrong field set scores zero.
struct Answer {
    std::string questionId;
    std::vector<std::string> choiceIds;
    std::optional<bool> boolean;
    std::optional<std::string> text;
    std::optional<double> number;
    std::uint64_t timeSpentMs = 0;
    friend bool operator==(const Answer&, const Answer&) = default;
};

// A score as the grader computes it.
struct Score {
    double points = 0.0;
    double maxPoints = 0.0;
    bool passed = false;
    friend bool operator==(const Score&, const Score&) = default;
};

// One submitted attempt: immutable once made, keyed by its UUIDv7. The client's score is
// provisional; the server's grade (AttemptGrade) is authoritative.
struct QuizAttempt {
    Uuid id;
    Uuid courseId;
    Uuid lessonId;
    std::uint32_t courseVersion = 0;
    Uuid deviceId;
    Hlc hlc;
    std::int64_t startedAtMs = 0;    // Unix milliseconds
    std::int64_t submittedAtMs = 0;  // >= startedAtMs
    std::vector<Answer> answers;
    std::optional<Score> provisionalScore;
    friend bool operator==(const QuizAttempt&, const QuizAttempt&) = default;
};

// The server's authoritative grade of an attempt, sent back to every device on pull.
struct AttemptGrade {
    Uuid attemptId;
    Uuid courseId;
    Uuid lessonId;
    Score score;
    std::int64_t gradedAtMs = 0;
    friend bool operator==(const AttemptGrade&, const AttemptGrade&) = default;
};

}  // namespace satchel
