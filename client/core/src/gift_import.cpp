#include "satchel/client/gift_import.h"

#include <algorithm>

#include "gift_answers.h"
#include "gift_lexer.h"

namespace satchel {
namespace {

using gift::Diagnostics;
using gift::findUnescaped;
using gift::GiftBlock;
using gift::trim;

constexpr std::string_view kCategory = "$CATEGORY:";

// Parses one question block; on success appends to out. Problems go to d.
void parseQuestion(const GiftBlock& block, const std::string& category,
                   std::vector<GiftQuestion>& out, Diagnostics& d) {
    const std::string_view text = block.text;
    const auto firstLine = block.lineAt(0);
    GiftQuestion imported;
    imported.line = firstLine;
    imported.category = category;

    std::size_t pos = text.find_first_not_of(" \t");
    if (text.substr(pos, 2) == "::") {
        const auto close = findUnescaped(text, "::", pos + 2);
        if (close == std::string_view::npos) {
            d.problem(firstLine, "the title's closing :: is missing");
            return;
        }
        imported.title = std::string(trim(gift::unescape(text.substr(pos + 2, close - pos - 2))));
        pos = close + 2;
    }

    const auto open = findUnescaped(text, "{", pos);
    if (open == std::string_view::npos) {
        d.problem(firstLine, "no answer block {...}: description-only items are not supported");
        return;
    }
    const auto close = findUnescaped(text, "}", open + 1);
    const auto nestedOpen = findUnescaped(text, "{", open + 1);
    if (close == std::string_view::npos) {
        d.problem(block.lineAt(open),
                  "the { opened here is never closed (a blank line ends the question)");
        return;
    }
    if (nestedOpen < close) {
        d.problem(block.lineAt(nestedOpen), "a { inside an answer block: escape it as \\{");
        return;
    }
    const auto after = text.substr(close + 1);
    if (!trim(after).empty()) {
        const auto where = close + 1 + after.find_first_not_of(" \t\n");
        d.problem(block.lineAt(where),
                  findUnescaped(after, "{") != std::string_view::npos
                      ? "several answer blocks in one question are not supported"
                      : "missing-word questions (text after the answer block) are not supported");
        return;
    }
    if (const auto stray = findUnescaped(text.substr(0, open), "}", pos);
        stray != std::string_view::npos) {
        d.problem(block.lineAt(stray), "a } without its {: escape it as \\}");
        return;
    }

    auto& q = imported.question;
    q.prompt = std::string(
        trim(gift::unescape(trim(gift::stripFormatMarker(text.substr(pos, open - pos))))));
    if (q.prompt.empty()) {
        d.problem(firstLine, "the question has no text before its answer block");
        return;
    }
    if (!gift::parseAnswerBlock(block, open + 1, close, q, d))
        return;
    q.id = "q" + std::to_string(out.size() + 1);
    out.push_back(std::move(imported));
}

}  // namespace

Result<GiftImport, GiftError> parseGift(std::string_view text) {
    GiftImport result;
    Diagnostics d;
    std::string category;
    for (const auto& block : gift::splitBlocks(text)) {
        const auto head = trim(block.text);
        if (head.substr(0, kCategory.size()) == kCategory) {
            if (block.lineStarts.size() > 1) {
                d.problem(block.lineNumbers[1],
                          "a $CATEGORY: line must be followed by a blank line");
                continue;
            }
            category = std::string(trim(head.substr(kCategory.size())));
            continue;
        }
        parseQuestion(block, category, result.questions, d);
    }
    // Answers are checked after their block's general feedback: put everything in line order.
    auto byLine = [](const GiftDiagnostic& a, const GiftDiagnostic& b) { return a.line < b.line; };
    std::stable_sort(d.problems.begin(), d.problems.end(), byLine);
    std::stable_sort(d.warnings.begin(), d.warnings.end(), byLine);
    if (!d.problems.empty())
        return fail(GiftError{std::move(d.problems)});
    result.warnings = std::move(d.warnings);
    return result;
}

std::string describe(const GiftError& error) {
    std::string out;
    for (const auto& p : error.problems) {
        if (!out.empty())
            out += '\n';
        out += "line " + std::to_string(p.line) + ": " + p.message;
    }
    return out;
}

}  // namespace satchel
