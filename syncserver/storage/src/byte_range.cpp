#include "satchel/storage/byte_range.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>

namespace satchel::storage {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::optional<std::uint64_t> number(std::string_view s) {
    if (s.empty() || s.size() > 19)
        return std::nullopt;
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size())
        return std::nullopt;
    return value;
}

RangeDecision whole(std::uint64_t size) {
    return {200, 0, size, {}};
}

RangeDecision unsatisfiable(std::uint64_t size) {
    return {416, 0, 0, "bytes */" + std::to_string(size)};
}

RangeDecision partial(std::uint64_t first, std::uint64_t last, std::uint64_t size) {
    return {
        206, first, last - first + 1,
        "bytes " + std::to_string(first) + "-" + std::to_string(last) + "/" + std::to_string(size)};
}

// If-Range holds an entity tag (strong comparison: weak tags never match) or an HTTP-date.
bool ifRangeMatches(std::string_view ifRange, std::string_view etag,
                    std::string_view lastModified) {
    ifRange = trim(ifRange);
    if (ifRange.empty())
        return true;
    if (ifRange.front() == '"' || ifRange.rfind("W/", 0) == 0)
        return ifRange == etag;
    return !lastModified.empty() && ifRange == lastModified;
}

}  // namespace

RangeDecision decideRange(std::string_view range, std::string_view ifRange, std::uint64_t size,
                          std::string_view etag, std::string_view lastModified) {
    range = trim(range);
    if (range.empty())
        return whole(size);
    if (!ifRangeMatches(ifRange, etag, lastModified))
        return whole(size);
    constexpr std::string_view kUnit = "bytes=";
    if (range.size() < kUnit.size())
        return whole(size);
    for (std::size_t i = 0; i < kUnit.size(); ++i)  // the unit is case-insensitive
        if (std::tolower(static_cast<unsigned char>(range[i])) != kUnit[i])
            return whole(size);
    const std::string_view spec = trim(range.substr(kUnit.size()));
    if (spec.find(',') != std::string_view::npos)
        return whole(size);
    const auto dash = spec.find('-');
    if (dash == std::string_view::npos)
        return whole(size);
    const std::string_view firstText = trim(spec.substr(0, dash));
    const std::string_view lastText = trim(spec.substr(dash + 1));

    if (firstText.empty()) {  // suffix range: the last N bytes
        const auto suffix = number(lastText);
        if (!suffix)
            return whole(size);
        if (*suffix == 0 || size == 0)
            return unsatisfiable(size);
        const std::uint64_t length = std::min(*suffix, size);
        return partial(size - length, size - 1, size);
    }
    const auto first = number(firstText);
    if (!first)
        return whole(size);
    std::uint64_t last = size == 0 ? 0 : size - 1;
    if (!lastText.empty()) {
        const auto parsed = number(lastText);
        if (!parsed || *parsed < *first)
            return whole(size);  // invalid: ignored
        last = std::min(*parsed, last);
    }
    if (*first >= size)
        return unsatisfiable(size);
    return partial(*first, last, size);
}

}  // namespace satchel::storage
