#pragma once
// The answer half of the GIFT importer: turns the text between a question's braces into the
// type-specific fields of a satchel::Question (see gift_import.h for the supported subset).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gift_lexer.h"
#include "satchel/client/gift_import.h"
#include "satchel/model/quiz.h"

namespace satchel::gift {

struct Diagnostics {
    std::vector<GiftDiagnostic> problems;
    std::vector<GiftDiagnostic> warnings;
    void problem(std::size_t line, std::string message) {
        problems.push_back({line, std::move(message)});
    }
    void warn(std::size_t line, std::string message) {
        warnings.push_back({line, std::move(message)});
    }
};

// Helpers shared by the answer parsers (gift_answers.cpp, gift_numeric.cpp).

// GIFT weights are percentages written with up to five decimals (33.33333 for a third).
inline constexpr double kWeightSlack = 0.001;

// One `=` or `~` answer as written.
struct RawAnswer {
    char marker = '=';
    std::size_t line = 0;
    std::optional<double> weight;  // percent
    std::string text;              // unescaped, format marker removed, trimmed
};

// A view of the answer block that knows where it sits in the block, for line numbers.
struct Span {
    const GiftBlock& block;
    std::size_t begin;
    std::size_t end;
    std::string_view text() const {
        return std::string_view(block.text).substr(begin, end - begin);
    }
    std::size_t line(std::size_t offsetInSpan) const { return block.lineAt(begin + offsetInSpan); }
};

// A finite decimal number filling all of text (surrounding whitespace allowed).
std::optional<double> parseNumber(std::string_view text);
// Unescaped answer text with its format marker removed, trimmed.
std::string clean(std::string_view raw);
// Splits off an answer's `#feedback`, warning that it is dropped.
std::string_view dropFeedback(std::string_view raw, std::size_t line, Diagnostics& d);
// Splits "=a ~%50%b" into answers. Returns false (with problems recorded) if malformed.
bool splitAnswers(const Span& span, std::vector<RawAnswer>& out, Diagnostics& d);
// Two weights in percent are the same within kWeightSlack.
bool nearWeight(double a, double b);
// {#...}: span is the text after '#'. One value±tolerance or one range (several accepted
// answers are merged when they form one interval).
bool mapNumeric(const Span& span, Question& q, Diagnostics& d);

// The answer block is block.text[begin, end) (braces excluded). Sets question.type and its
// answer fields and returns true, or records every problem found and returns false.
bool parseAnswerBlock(const GiftBlock& block, std::size_t begin, std::size_t end,
                      Question& question, Diagnostics& diagnostics);

}  // namespace satchel::gift
