#pragma once
// The lexical half of the GIFT importer: splits a file into question blocks (blank-line
// separated, `//` comment lines dropped) and offers escape-aware scanning of a block's text.
// Offsets are byte offsets into GiftBlock::text; lineAt() turns one into a 1-based file line.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace satchel::gift {

struct GiftBlock {
    std::string text;                      // the block's non-comment lines joined with '\n'
    std::vector<std::size_t> lineStarts;   // offset in text where each kept line starts
    std::vector<std::size_t> lineNumbers;  // the 1-based file line of each kept line

    // The file line holding text[offset] (offset == text.size() gives the last line).
    std::size_t lineAt(std::size_t offset) const;
};

// Blocks in file order. A UTF-8 BOM and '\r' before '\n' are ignored.
std::vector<GiftBlock> splitBlocks(std::string_view file);

// The offset of the first unescaped occurrence of token at or after from, or npos. A backslash
// escapes the character after it, so "\=" never matches "=".
std::size_t findUnescaped(std::string_view text, std::string_view token, std::size_t from = 0);

// Resolves GIFT escapes: \~ \= \# \{ \} \: \\ become the character, \n a newline; any other
// backslash is kept as written (Moodle does the same).
std::string unescape(std::string_view text);

// Removes leading and trailing ASCII whitespace.
std::string_view trim(std::string_view text);

// Removes a leading [html], [markdown], [plain] or [moodle] format marker (the text is kept
// as written: Satchel stores it verbatim).
std::string_view stripFormatMarker(std::string_view text);

}  // namespace satchel::gift
