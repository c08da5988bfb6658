#include "satchel/client/webvtt.h"

#include <algorithm>
#include <charconv>
#include <optional>

#include "satchel/package.h"

namespace satchel::client {
namespace {

// Splits on LF, CRLF or CR (the three line terminators WebVTT allows).
std::vector<std::string_view> splitLines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r')
            continue;
        lines.push_back(text.substr(start, i - start));
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            ++i;
        start = i + 1;
    }
    if (start < text.size())
        lines.push_back(text.substr(start));
    return lines;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Reads "[hh:]mm:ss.ttt" at `pos` (advancing it); hours may have more than two digits.
std::optional<std::int64_t> readTimestamp(std::string_view line, std::size_t& pos) {
    std::vector<std::int64_t> parts;
    std::vector<std::size_t> widths;
    while (true) {
        const std::size_t begin = pos;
        while (pos < line.size() && isDigit(line[pos]))
            ++pos;
        if (pos == begin || pos - begin > 10)
            return std::nullopt;
        std::int64_t value = 0;
        std::from_chars(line.data() + begin, line.data() + pos, value);
        parts.push_back(value);
        widths.push_back(pos - begin);
        if (pos < line.size() && line[pos] == ':' && parts.size() < 3) {
            ++pos;
            continue;
        }
        break;
    }
    if (parts.size() < 2 || pos >= line.size() || line[pos] != '.')
        return std::nullopt;
    ++pos;
    const std::size_t begin = pos;
    while (pos < line.size() && isDigit(line[pos]))
        ++pos;
    if (pos - begin != 3)
        return std::nullopt;
    std::int64_t millis = 0;
    std::from_chars(line.data() + begin, line.data() + pos, millis);
    const std::int64_t hours = parts.size() == 3 ? parts[0] : 0;
    const std::int64_t minutes = parts[parts.size() - 2];
    const std::int64_t seconds = parts.back();
    const std::size_t minuteWidth = widths[widths.size() - 2];
    if (minuteWidth != 2 || widths.back() != 2 || minutes > 59 || seconds > 59)
        return std::nullopt;
    if (parts.size() == 2 && widths[0] != 2)
        return std::nullopt;
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

void skipBlanks(std::string_view line, std::size_t& pos) {
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t'))
        ++pos;
}

// "start --> end [settings]"
std::optional<std::pair<std::int64_t, std::int64_t>> readTiming(std::string_view line) {
    std::size_t pos = 0;
    skipBlanks(line, pos);
    const auto start = readTimestamp(line, pos);
    if (!start)
        return std::nullopt;
    skipBlanks(line, pos);
    if (line.substr(pos, 3) != "-->")
        return std::nullopt;
    pos += 3;
    skipBlanks(line, pos);
    const auto end = readTimestamp(line, pos);
    if (!end || (pos < line.size() && line[pos] != ' ' && line[pos] != '\t'))
        return std::nullopt;
    return std::pair{*start, *end};
}

// Removes markup and decodes the character references WebVTT defines by name (and numeric
// ones in the ASCII range).
std::string plainText(std::string_view payload) {
    std::string out;
    out.reserve(payload.size());
    for (std::size_t i = 0; i < payload.size(); ++i) {
        const char c = payload[i];
        if (c == '<') {
            const std::size_t close = payload.find('>', i);
            if (close == std::string_view::npos)
                break;  // an unterminated tag runs to the end of the cue
            i = close;
            continue;
        }
        if (c == '&') {
            static constexpr std::pair<std::string_view, std::string_view> kRefs[] = {
                {"&amp;", "&"},      {"&lt;", "<"},       {"&gt;", ">"},    {"&nbsp;", "\u00a0"},
                {"&lrm;", "\u200e"}, {"&rlm;", "\u200f"}, {"&quot;", "\""}, {"&apos;", "'"}};
            bool decoded = false;
            for (const auto& [ref, value] : kRefs) {
                if (payload.substr(i, ref.size()) == ref) {
                    out += value;
                    i += ref.size() - 1;
                    decoded = true;
                    break;
                }
            }
            if (!decoded)
                out += c;
            continue;
        }
        out += c;
    }
    return out;
}

bool startsWithWord(std::string_view line, std::string_view word) {
    return line.substr(0, word.size()) == word &&
           (line.size() == word.size() || line[word.size()] == ' ' || line[word.size()] == '\t');
}

}  // namespace

Result<Captions, WebVttError> parseWebVtt(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    const std::vector<std::string_view> lines = splitLines(text);
    if (lines.empty() || !startsWithWord(lines[0], "WEBVTT"))
        return fail(WebVttError{1, "the file does not start with the WEBVTT signature"});

    Captions captions;
    std::size_t i = 1;
    // The header's other lines run up to the first blank line.
    while (i < lines.size() && !lines[i].empty())
        ++i;
    while (i < lines.size()) {
        while (i < lines.size() && lines[i].empty())
            ++i;
        if (i == lines.size())
            break;
        const std::size_t blockStart = i;
        std::size_t blockEnd = i;
        while (blockEnd < lines.size() && !lines[blockEnd].empty())
            ++blockEnd;
        i = blockEnd;
        const std::string_view first = lines[blockStart];
        if (startsWithWord(first, "NOTE") || startsWithWord(first, "STYLE") ||
            startsWithWord(first, "REGION"))
            continue;
        // An optional identifier line comes before the timing line.
        std::size_t timingLine = blockStart;
        if (first.find("-->") == std::string_view::npos)
            timingLine = blockStart + 1;
        const auto timing = timingLine < blockEnd ? readTiming(lines[timingLine]) : std::nullopt;
        if (!timing || timing->second <= timing->first) {
            ++captions.skipped;
            continue;
        }
        std::string payload;
        for (std::size_t l = timingLine + 1; l < blockEnd; ++l) {
            if (!payload.empty())
                payload += '\n';
            payload += lines[l];
        }
        captions.cues.push_back(Cue{timing->first, timing->second, plainText(payload)});
    }
    return captions;
}

std::string cueTextAt(const Captions& captions, std::int64_t positionMs) {
    std::string text;
    for (const Cue& cue : captions.cues) {
        if (cue.startMs <= positionMs && positionMs < cue.endMs) {
            if (!text.empty())
                text += '\n';
            text += cue.text;
        }
    }
    return text;
}

const Asset* captionsAssetFor(const CourseManifest& manifest, const Lesson& lesson) {
    // The shape every publisher of this project makes (package.h): captions/<lesson id>.vtt.
    const std::string published = captionsAssetPath(lesson.id);
    for (const Asset& asset : manifest.assets)
        if (asset.mediaType == kCaptionsMediaType && asset.path == published)
            return &asset;
    // Otherwise a file named after the video, as hand-made manifests and archives name them.
    const Asset* video = manifest.findAsset(lesson.assetSha256);
    if (!video)
        return nullptr;
    const std::string& path = video->path;
    const std::size_t slash = path.rfind('/');
    const std::size_t dot = path.rfind('.');
    const std::string stem = dot == std::string::npos || (slash != std::string::npos && dot < slash)
                                 ? path
                                 : path.substr(0, dot);
    const Asset* found = nullptr;
    for (const Asset& asset : manifest.assets) {
        if (asset.mediaType != "text/vtt" || !asset.path.starts_with(stem + "."))
            continue;
        const std::string_view rest = std::string_view(asset.path).substr(stem.size() + 1);
        // "vtt", or "<language>.vtt" with no further dot or slash in the language.
        const bool plain = rest == "vtt";
        const bool tagged =
            rest.ends_with(".vtt") &&
            rest.substr(0, rest.size() - 4).find_first_of("./") == std::string_view::npos &&
            rest.size() > 4;
        if (plain)
            return &asset;
        if (tagged && !found)
            found = &asset;
    }
    return found;
}

}  // namespace satchel::client
