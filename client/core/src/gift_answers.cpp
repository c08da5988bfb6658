#include "gift_answers.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>

namespace satchel::gift {

std::optional<double> parseNumber(std::string_view text) {
    text = trim(text);
    if (text.empty())
        return std::nullopt;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || ptr != text.data() + text.size() || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

std::string clean(std::string_view raw) {
    return std::string(trim(unescape(trim(stripFormatMarker(raw)))));
}

// Splits off an answer's `#feedback`, warning that it is dropped.
std::string_view dropFeedback(std::string_view raw, std::size_t line, Diagnostics& d) {
    const auto hash = findUnescaped(raw, "#");
    if (hash == std::string_view::npos)
        return raw;
    if (!trim(raw.substr(hash + 1)).empty()) {
        d.warn(line, "answer feedback dropped: Satchel quizzes have no per-answer feedback");
    }
    return raw.substr(0, hash);
}

// Splits "=a ~%50%b" into answers. Returns false (with problems recorded) if malformed.
bool splitAnswers(const Span& span, std::vector<RawAnswer>& out, Diagnostics& d) {
    const auto text = span.text();
    auto nextMarker = [&](std::size_t from) {
        return std::min(findUnescaped(text, "=", from), findUnescaped(text, "~", from));
    };
    auto pos = nextMarker(0);
    if (!trim(text.substr(0, std::min(pos, text.size()))).empty()) {
        d.problem(span.line(0), "text before the first answer: each answer must start with = or ~");
        return false;
    }
    bool ok = true;
    while (pos != std::string_view::npos) {
        const auto next = nextMarker(pos + 1);
        RawAnswer answer;
        answer.marker = text[pos];
        answer.line = span.line(pos);
        auto raw =
            text.substr(pos + 1, (next == std::string_view::npos ? text.size() : next) - pos - 1);
        if (!raw.empty() && raw.front() == '%') {
            const auto close = raw.find('%', 1);
            const auto weight = close == std::string_view::npos
                                    ? std::nullopt
                                    : parseNumber(raw.substr(1, close - 1));
            if (!weight || *weight < -100 - kWeightSlack || *weight > 100 + kWeightSlack) {
                d.problem(answer.line, "malformed weight: write %N% with N between -100 and 100");
                ok = false;
                pos = next;
                continue;
            }
            answer.weight = weight;
            raw.remove_prefix(close + 1);
        }
        answer.text = clean(dropFeedback(raw, answer.line, d));
        if (answer.text.empty()) {
            d.problem(answer.line, "empty answer");
            ok = false;
        }
        out.push_back(std::move(answer));
        pos = next;
    }
    if (ok && out.empty()) {
        d.problem(span.line(0), "no answers between the braces");
        ok = false;
    }
    return ok;
}

bool nearWeight(double a, double b) {
    return std::fabs(a - b) <= kWeightSlack;
}

namespace {

std::string choiceId(std::size_t index) {
    return "a" + std::to_string(index + 1);
}

bool mapShortAnswer(const std::vector<RawAnswer>& answers, Question& q, Diagnostics& d) {
    bool ok = true;
    q.type = QuestionType::ShortAnswer;
    q.shortAnswer = ShortAnswerRules{};  // Moodle's default: case-insensitive
    for (const auto& a : answers) {
        if (a.weight && !nearWeight(*a.weight, 100)) {
            d.problem(a.line,
                      "short answers with partial credit are not supported: every accepted answer "
                      "is worth 100%");
            ok = false;
        } else if (a.text.find('*') != std::string::npos) {
            d.problem(a.line, "Moodle's * wildcard in short answers is not supported");
            ok = false;
        }
        q.acceptedAnswers.push_back(a.text);
    }
    return ok;
}

bool mapSingleChoice(const std::vector<RawAnswer>& answers, Question& q, Diagnostics& d) {
    bool ok = true;
    q.type = QuestionType::SingleChoice;
    std::size_t rightCount = 0;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const auto& a = answers[i];
        q.choices.push_back({choiceId(i), a.text});
        if (a.marker == '=') {
            ++rightCount;
            q.correctChoiceIds.push_back(choiceId(i));
            if (a.weight && !nearWeight(*a.weight, 100)) {
                d.problem(a.line,
                          "the = answer of a single-choice question is worth 100%; other weights "
                          "are not supported");
                ok = false;
            }
            if (rightCount == 2) {
                d.problem(
                    a.line,
                    "a second = answer: a single-choice question has exactly one right answer");
                ok = false;
            }
        } else if (a.weight && !nearWeight(*a.weight, 0)) {
            d.problem(
                a.line,
                "partial credit on a ~ answer of a single-choice question is not supported (use "
                "only ~ without weight, or drop the = answer to make it multiple choice)");
            ok = false;
        }
    }
    return ok;
}

// Satchel's grader gives p * max(0, (right - wrong) / k): exactly Moodle's summed weights when
// each of the k right answers weighs 100/k % and each wrong one -100/k %.
bool mapMultipleChoice(const std::vector<RawAnswer>& answers, Question& q, Diagnostics& d) {
    q.type = QuestionType::MultipleChoice;
    const auto k = std::count_if(answers.begin(), answers.end(), [](const RawAnswer& a) {
        return a.weight && *a.weight > kWeightSlack;
    });
    if (k == 0) {
        d.problem(answers.front().line,
                  "no right answer: give the right answers of a multiple-answer question a "
                  "positive weight such as ~%50%, or mark the single right answer with =");
        return false;
    }
    const double share = 100.0 / double(k);
    char expected[64];
    std::snprintf(expected, sizeof expected, "%.5g%%", share);
    bool ok = true;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const auto& a = answers[i];
        q.choices.push_back({choiceId(i), a.text});
        if (!a.weight) {
            d.problem(a.line, std::string("wrong answer without weight: with ") +
                                  std::to_string(k) + " right answers Satchel takes " + expected +
                                  " off for each wrong one; write ~%-" + expected + " explicitly");
            ok = false;
        } else if (*a.weight > kWeightSlack) {
            q.correctChoiceIds.push_back(choiceId(i));
            if (!nearWeight(*a.weight, share)) {
                d.problem(a.line, std::string("unsupported weight: each of the ") +
                                      std::to_string(k) + " right answers must weigh " + expected);
                ok = false;
            }
        } else if (!nearWeight(*a.weight, -share)) {
            d.problem(a.line, std::string("unsupported weight: with ") + std::to_string(k) +
                                  " right answers each wrong answer must weigh -" + expected +
                                  " (Satchel's partial credit is right minus wrong)");
            ok = false;
        }
    }
    return ok;
}

bool isTrueFalse(std::string_view word, bool& value) {
    std::string upper(trim(word));
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return char(std::toupper(c)); });
    if (upper == "T" || upper == "TRUE")
        return value = true, true;
    if (upper == "F" || upper == "FALSE")
        return value = false, true;
    return false;
}

}  // namespace

bool parseAnswerBlock(const GiftBlock& block, std::size_t begin, std::size_t end,
                      Question& question, Diagnostics& d) {
    Span span{block, begin, end};
    const auto general = findUnescaped(span.text(), "####");
    if (general != std::string_view::npos) {
        if (!trim(span.text().substr(general + 4)).empty()) {
            d.warn(span.line(general),
                   "general feedback (####) dropped: Satchel quizzes have no feedback");
        }
        span.end = begin + general;
    }
    const auto body = span.text();
    const auto trimmed = trim(body);
    if (trimmed.empty()) {
        d.problem(span.line(0), "essay questions ({}) are not supported");
        return false;
    }
    if (trimmed.front() == '#') {
        const auto hash = body.find('#');
        return mapNumeric(Span{block, begin + hash + 1, span.end}, question, d);
    }
    if (const auto arrow = findUnescaped(body, "->"); arrow != std::string_view::npos) {
        d.problem(span.line(arrow), "matching questions (->) are not supported");
        return false;
    }
    bool value = false;
    const auto hash = findUnescaped(body, "#");
    if (isTrueFalse(body.substr(0, hash), value)) {
        question.type = QuestionType::TrueFalse;
        question.correctBool = value;
        dropFeedback(body, span.line(0), d);
        return true;
    }
    std::vector<RawAnswer> answers;
    if (!splitAnswers(span, answers, d))
        return false;
    const bool anyRight = std::any_of(answers.begin(), answers.end(),
                                      [](const RawAnswer& a) { return a.marker == '='; });
    const bool anyWrong = std::any_of(answers.begin(), answers.end(),
                                      [](const RawAnswer& a) { return a.marker == '~'; });
    if (!anyWrong)
        return mapShortAnswer(answers, question, d);
    if (anyRight)
        return mapSingleChoice(answers, question, d);
    return mapMultipleChoice(answers, question, d);
}

}  // namespace satchel::gift
