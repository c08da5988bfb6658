#include "gift_lexer.h"

#include <algorithm>
#include <array>

namespace satchel::gift {

std::size_t GiftBlock::lineAt(std::size_t offset) const {
    // lineStarts is ascending: the line is the last one starting at or before offset.
    auto it = std::upper_bound(lineStarts.begin(), lineStarts.end(), offset);
    const auto index = it == lineStarts.begin() ? 0 : std::size_t(it - lineStarts.begin()) - 1;
    return lineNumbers.at(index);
}

namespace {

bool isBlank(std::string_view line) {
    return trim(line).empty();
}

bool isComment(std::string_view line) {
    return trim(line).substr(0, 2) == "//";
}

}  // namespace

std::vector<GiftBlock> splitBlocks(std::string_view file) {
    if (file.substr(0, 3) == "\xEF\xBB\xBF")
        file.remove_prefix(3);
    std::vector<GiftBlock> blocks;
    GiftBlock current;
    auto flush = [&] {
        if (!current.lineStarts.empty())
            blocks.push_back(std::move(current));
        current = GiftBlock{};
    };
    std::size_t lineNumber = 0;
    std::size_t pos = 0;
    while (pos <= file.size()) {
        const auto end = std::min(file.find('\n', pos), file.size());
        std::string_view line = file.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        ++lineNumber;
        if (isBlank(line)) {
            flush();
        } else if (!isComment(line)) {
            if (!current.text.empty())
                current.text += '\n';
            current.lineStarts.push_back(current.text.size());
            current.lineNumbers.push_back(lineNumber);
            current.text += line;
        }
        if (end == file.size())
            break;
        pos = end + 1;
    }
    flush();
    return blocks;
}

std::size_t findUnescaped(std::string_view text, std::string_view token, std::size_t from) {
    for (std::size_t i = from; i < text.size(); ++i) {
        if (text[i] == '\\') {
            ++i;  // skip the escaped character
            continue;
        }
        if (text.substr(i, token.size()) == token)
            return i;
    }
    return std::string_view::npos;
}

std::string unescape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        const char next = text[i + 1];
        if (std::string_view("~=#{}:\\").find(next) != std::string_view::npos) {
            out += next;
            ++i;
        } else if (next == 'n') {
            out += '\n';
            ++i;
        } else {
            out += '\\';
        }
    }
    return out;
}

std::string_view trim(std::string_view text) {
    constexpr std::string_view space = " \t\r\n\f\v";
    const auto first = text.find_first_not_of(space);
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(space) - first + 1);
}

std::string_view stripFormatMarker(std::string_view text) {
    const auto trimmed = trim(text);
    constexpr std::array<std::string_view, 4> markers{"[html]", "[markdown]", "[plain]",
                                                      "[moodle]"};
    for (auto marker : markers) {
        if (trimmed.substr(0, marker.size()) == marker)
            return trimmed.substr(marker.size());
    }
    return text;
}

}  // namespace satchel::gift
