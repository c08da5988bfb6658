#include "sync/cursor.h"

#include <cstdint>

namespace satchel::server::sync {
namespace {

constexpr std::string_view kPrefix = "c1.";
constexpr std::string_view kPullPrefix = "c2.";
constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr std::size_t kEncodedLength = 11;  // 64 bits in 6-bit digits

int digitValue(char c) {
    const auto pos = kAlphabet.find(c);
    return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

// 8 bytes are 64 bits; base64 without padding writes them as 11 digits, the last of which
// carries 4 bits followed by two zero bits.
void appendSeq(std::string& out, std::int64_t seq) {
    const auto value = static_cast<std::uint64_t>(seq);
    for (std::size_t i = 0; i < kEncodedLength; ++i) {
        const int shift = 58 - static_cast<int>(i) * 6;
        const auto digit = shift >= 0 ? (value >> shift) & 0x3f : (value << -shift) & 0x3f;
        out += kAlphabet[digit];
    }
}

// The seq written by appendSeq() in `digits` (exactly kEncodedLength long).
std::optional<std::int64_t> parseSeq(std::string_view digits) {
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < kEncodedLength; ++i) {
        const int digit = digitValue(digits[i]);
        if (digit < 0)
            return std::nullopt;
        const int shift = 58 - static_cast<int>(i) * 6;
        if (shift >= 0) {
            value |= static_cast<std::uint64_t>(digit) << shift;
        } else {
            if ((digit & 0x3) != 0)
                return std::nullopt;  // the padding bits must be zero
            value |= static_cast<std::uint64_t>(digit) >> -shift;
        }
    }
    if (value > static_cast<std::uint64_t>(INT64_MAX))
        return std::nullopt;
    return static_cast<std::int64_t>(value);
}

}  // namespace

std::string encodeCursor(std::int64_t seq) {
    std::string out(kPrefix);
    appendSeq(out, seq);
    return out;
}

std::optional<std::int64_t> decodeCursor(std::string_view text) {
    if (text.size() != kPrefix.size() + kEncodedLength || text.substr(0, kPrefix.size()) != kPrefix)
        return std::nullopt;
    return parseSeq(text.substr(kPrefix.size()));
}

std::string encodePullCursor(const PullCursor& cursor) {
    std::string out(kPullPrefix);
    appendSeq(out, cursor.feedSeq);
    appendSeq(out, cursor.noticeSeq);
    return out;
}

std::optional<PullCursor> decodePullCursor(std::string_view text) {
    if (const auto feedOnly = decodeCursor(text))
        return PullCursor{*feedOnly, 0};
    if (text.size() != kPullPrefix.size() + 2 * kEncodedLength ||
        text.substr(0, kPullPrefix.size()) != kPullPrefix)
        return std::nullopt;
    const auto feed = parseSeq(text.substr(kPullPrefix.size(), kEncodedLength));
    const auto notice = parseSeq(text.substr(kPullPrefix.size() + kEncodedLength));
    if (!feed || !notice)
        return std::nullopt;
    return PullCursor{*feed, *notice};
}

}  // namespace satchel::server::sync
