#pragma once
// The one grader. The app uses it for the provisional score shown right after an attempt;
// the server runs the same code for the authoritative grade. It is a pure, deterministic
// function of the quiz and the answers.
//
// Per question (points p):
//  single     p if exactly the one correct choice is selected, else 0
//  multiple   partial credit: p * max(0, (right - wrong) / correctCount), where right/wrong
//             count distinct selected choices that are / are not correct
//  truefalse  p if the boolean matches
//  short      p if the normalised text equals a normalised accepted answer (ShortAnswerRules)
//  numeric    p if |x - value| <= tolerance, or min <= x <= max (bounds inclusive); a
//             relative slack of 1e-9 absorbs decimal-to-binary rounding
// A missing answer, or one using the wrong field for the type, scores 0.
// passed: points * 100 >= passPercent * maxPoints (a quiz worth 0 points never passes).

#include <string>
#include <string_view>
#include <vector>

#include "satchel/model/quiz.h"

namespace satchel {

struct QuestionGrade {
    std::string questionId;
    double points = 0.0;
    double maxPoints = 0.0;
    bool fullCredit = false;
    friend bool operator==(const QuestionGrade&, const QuestionGrade&) = default;
};

struct GradeReport {
    Score score;
    std::vector<QuestionGrade> questions;  // in quiz order
};

// answer may be null (unanswered).
QuestionGrade gradeQuestion(const Question& question, const Answer* answer);
// Answers are matched to questions by questionId; the first answer for an id counts, answers
// to unknown questions are ignored.
GradeReport gradeAttempt(const Quiz& quiz, const std::vector<Answer>& answers);

// Applies ShortAnswerRules: trims, collapses internal whitespace runs to one space, and folds
// ASCII case, as the rules say.
std::string normaliseShortAnswer(std::string_view text, const ShortAnswerRules& rules);

}  // namespace satchel
