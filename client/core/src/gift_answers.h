#pragma once
// The answer half of the GIFT importer: turns the text between a question's braces into the
// type-specific fields of a satchel::Question (see gift_import.h for the supported subset).

#include <cstddef>
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

// The answer block is block.text[begin, end) (braces excluded). Sets question.type and its
// answer fields and returns true, or records every problem found and returns false.
bool parseAnswerBlock(const GiftBlock& block, std::size_t begin, std::size_t end,
                      Question& question, Diagnostics& diagnostics);

}  // namespace satchel::gift
