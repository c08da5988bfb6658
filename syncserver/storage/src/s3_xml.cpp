#include "satchel/storage/s3_xml.h"

namespace satchel::storage {
namespace {

std::string decodeEntities(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '&') {
            out.push_back(text[i]);
            continue;
        }
        static constexpr std::pair<std::string_view, char> kEntities[] = {
            {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
        bool matched = false;
        for (const auto& [entity, ch] : kEntities) {
            if (text.substr(i, entity.size()) == entity) {
                out.push_back(ch);
                i += entity.size() - 1;
                matched = true;
                break;
            }
        }
        if (!matched)
            out.push_back('&');
    }
    return out;
}

}  // namespace

std::optional<std::string> xmlElementText(std::string_view document, std::string_view name) {
    const std::string open = "<" + std::string(name) + ">";
    const std::string close = "</" + std::string(name) + ">";
    const auto start = document.find(open);
    if (start == std::string_view::npos)
        return std::nullopt;
    const auto end = document.find(close, start + open.size());
    if (end == std::string_view::npos)
        return std::nullopt;
    return decodeEntities(document.substr(start + open.size(), end - start - open.size()));
}

std::string xmlEscape(std::string_view text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&apos;";
                break;
            default:
                out.push_back(c);
        }
    }
    return out;
}

}  // namespace satchel::storage
