// Numeric GIFT answers: {#value}, {#value:tolerance}, {#min..max} and several `=` answers
// that together form one interval (Satchel's NumericAnswer holds exactly one).
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "gift_answers.h"

namespace satchel::gift {
namespace {

struct Interval {
    double lo, hi;
    NumericAnswer form;
    std::size_t line;
};

std::optional<Interval> parseNumericAnswer(std::string_view text, std::size_t line,
                                           Diagnostics& d) {
    text = trim(text);
    NumericAnswer form;
    if (const auto dots = text.find(".."); dots != std::string_view::npos) {
        const auto lo = parseNumber(text.substr(0, dots));
        const auto hi = parseNumber(text.substr(dots + 2));
        if (!lo || !hi || *lo > *hi) {
            d.problem(line, "malformed numeric range: write #min..max with min <= max");
            return std::nullopt;
        }
        form.min = lo;
        form.max = hi;
        return Interval{*lo, *hi, form, line};
    }
    const auto colon = text.find(':');
    const auto value = parseNumber(text.substr(0, colon));
    const auto tolerance = colon == std::string_view::npos ? std::optional<double>(0.0)
                                                           : parseNumber(text.substr(colon + 1));
    if (!value || !tolerance || *tolerance < 0) {
        d.problem(line, "malformed numeric answer: write #value, #value:tolerance or #min..max");
        return std::nullopt;
    }
    form.value = value;
    form.tolerance = *tolerance;
    return Interval{*value - *tolerance, *value + *tolerance, form, line};
}

}  // namespace

bool mapNumeric(const Span& span, Question& q, Diagnostics& d) {
    q.type = QuestionType::Numeric;
    const auto text = span.text();
    std::vector<Interval> intervals;
    bool ok = true;
    const auto firstMarker = std::min(findUnescaped(text, "=", 0), findUnescaped(text, "~", 0));
    if (firstMarker == std::string_view::npos) {
        const auto line = span.line(0);
        auto interval = parseNumericAnswer(dropFeedback(text, line, d), line, d);
        if (!interval)
            return false;
        intervals.push_back(*interval);
    } else {
        // Numbers are split by hand: "=1..2" must not be cut at its '.'; only = and ~ matter.
        std::vector<RawAnswer> answers;
        if (!splitAnswers(span, answers, d))
            return false;
        for (const auto& a : answers) {
            if (a.marker == '~') {
                d.problem(a.line,
                          "~ answers in a numeric question are not supported: list the accepted "
                          "values with =");
                ok = false;
            } else if (a.weight && !nearWeight(*a.weight, 100)) {
                d.problem(a.line,
                          "numeric answers with partial credit are not supported: every accepted "
                          "value is worth 100%");
                ok = false;
            } else if (auto interval = parseNumericAnswer(a.text, a.line, d)) {
                intervals.push_back(*interval);
            } else {
                ok = false;
            }
        }
        if (!ok)
            return false;
    }
    std::sort(intervals.begin(), intervals.end(),
              [](const Interval& a, const Interval& b) { return a.lo < b.lo; });
    Interval merged = intervals.front();
    for (std::size_t i = 1; i < intervals.size(); ++i) {
        if (intervals[i].lo > merged.hi) {
            d.problem(intervals[i].line,
                      "numeric answers that are not one interval are not supported: Satchel "
                      "accepts one value with tolerance or one range");
            return false;
        }
        if (!(intervals[i].form == merged.form)) {
            merged.hi = std::max(merged.hi, intervals[i].hi);
            merged.form = NumericAnswer{};
            merged.form.min = merged.lo;
            merged.form.max = merged.hi;
        }
    }
    q.numeric = merged.form;
    return true;
}

}  // namespace satchel::gift
