#include "satchel/grading.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace satchel {
namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

double choiceCredit(const Question& q, const Answer& answer) {
    std::unordered_set<std::string> selected(answer.choiceIds.begin(), answer.choiceIds.end());
    std::unordered_set<std::string> correct(q.correctChoiceIds.begin(), q.correctChoiceIds.end());
    if (correct.empty())
        return 0.0;
    if (q.type == QuestionType::SingleChoice) {
        return selected.size() == 1 && correct.count(*selected.begin()) ? 1.0 : 0.0;
    }
    std::size_t right = 0, wrong = 0;
    for (const auto& id : selected)
        (correct.count(id) ? right : wrong)++;
    if (wrong >= right)
        return 0.0;
    return static_cast<double>(right - wrong) / static_cast<double>(correct.size());
}

bool numericMatches(const NumericAnswer& rule, double x) {
    if (!std::isfinite(x))
        return false;
    auto slack = [](double reference) { return 1e-9 * std::max(1.0, std::fabs(reference)); };
    if (rule.value) {
        return std::fabs(x - *rule.value) <= rule.tolerance + slack(*rule.value);
    }
    if (rule.min && rule.max) {
        return x >= *rule.min - slack(*rule.min) && x <= *rule.max + slack(*rule.max);
    }
    return false;
}

double credit(const Question& q, const Answer& answer) {
    switch (q.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
            return choiceCredit(q, answer);
        case QuestionType::TrueFalse:
            return answer.boolean && *answer.boolean == q.correctBool ? 1.0 : 0.0;
        case QuestionType::ShortAnswer: {
            if (!answer.text)
                return 0.0;
            std::string given = normaliseShortAnswer(*answer.text, q.shortAnswer);
            if (given.empty())
                return 0.0;
            for (const auto& accepted : q.acceptedAnswers) {
                if (normaliseShortAnswer(accepted, q.shortAnswer) == given)
                    return 1.0;
            }
            return 0.0;
        }
        case QuestionType::Numeric:
            return answer.number && numericMatches(q.numeric, *answer.number) ? 1.0 : 0.0;
    }
    return 0.0;
}

}  // namespace

std::string normaliseShortAnswer(std::string_view text, const ShortAnswerRules& rules) {
    std::string out;
    out.reserve(text.size());
    if (rules.collapseWhitespace) {
        bool pendingSpace = false;
        for (char c : text) {
            if (isSpace(c)) {
                pendingSpace = !out.empty();
                continue;
            }
            if (pendingSpace)
                out.push_back(' ');
            pendingSpace = false;
            out.push_back(c);
        }
    } else {
        out.assign(text);
    }
    if (!rules.caseSensitive) {
        for (char& c : out) {
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

QuestionGrade gradeQuestion(const Question& question, const Answer* answer) {
    QuestionGrade grade;
    grade.questionId = question.id;
    grade.maxPoints = question.points;
    double fraction = answer ? credit(question, *answer) : 0.0;
    grade.points = fraction * question.points;
    grade.fullCredit = fraction >= 1.0;
    return grade;
}

GradeReport gradeAttempt(const Quiz& quiz, const std::vector<Answer>& answers) {
    GradeReport report;
    report.questions.reserve(quiz.questions.size());
    for (const auto& question : quiz.questions) {
        auto found = std::find_if(answers.begin(), answers.end(),
                                  [&](const Answer& a) { return a.questionId == question.id; });
        auto grade = gradeQuestion(question, found == answers.end() ? nullptr : &*found);
        report.score.points += grade.points;
        report.score.maxPoints += grade.maxPoints;
        report.questions.push_back(std::move(grade));
    }
    // Compare with a tiny slack so that 3 of 5 points meets a 60 % threshold exactly.
    report.score.passed =
        report.score.maxPoints > 0 &&
        report.score.points * 100.0 >= quiz.passPercent * report.score.maxPoints - 1e-9;
    return report;
}

}  // namespace satchel
