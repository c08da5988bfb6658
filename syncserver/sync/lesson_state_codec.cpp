#include "sync/lesson_state_codec.h"

#include <cstring>
#include <stdexcept>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace satchel::server::sync {
namespace {

using nlohmann::json;

json stampJson(const Stamp& stamp) {
    return json::array({stamp.hlc.packed(), stamp.deviceId.toString()});
}

Uuid uuidOf(const json& value) {
    auto id = Uuid::parse(value.get<std::string>());
    if (!id)
        throw std::invalid_argument("bad uuid");
    return *id;
}

Stamp stampOf(const json& value) {
    return Stamp{Hlc::fromPacked(value.at(0).get<std::uint64_t>()), uuidOf(value.at(1))};
}

// Watched intervals, version 2: one string instead of an array of [start, end] pairs. A video
// watched in scattered pieces has hundreds of intervals; as JSON numbers they made the state
// several kilobytes that PostgreSQL parsed as jsonb, compressed (TOAST) and decompressed, and
// the server parsed and printed, on every push touching the lesson. Here: per interval the gap
// from the previous end (zigzag, so even an unnormalised list survives) and the length, each
// an unsigned LEB128 varint, the bytes in base64url without padding.
constexpr char kBase64Url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

void putVarint(std::string& out, std::uint64_t value) {
    while (value >= 0x80) {
        out.push_back(static_cast<char>((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.push_back(static_cast<char>(value));
}

std::string base64Url(const std::string& bytes) {
    std::string out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    std::size_t i = 0;
    auto byte = [&](std::size_t k) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[k]));
    };
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t v = byte(i) << 16 | byte(i + 1) << 8 | byte(i + 2);
        for (int shift = 18; shift >= 0; shift -= 6)
            out.push_back(kBase64Url[(v >> shift) & 63]);
    }
    if (const std::size_t rest = bytes.size() - i; rest > 0) {
        const std::uint32_t v = byte(i) << 16 | (rest == 2 ? byte(i + 1) << 8 : 0);
        out.push_back(kBase64Url[(v >> 18) & 63]);
        out.push_back(kBase64Url[(v >> 12) & 63]);
        if (rest == 2)
            out.push_back(kBase64Url[(v >> 6) & 63]);
    }
    return out;
}

std::string fromBase64Url(std::string_view text) {
    if (text.size() % 4 == 1)
        throw std::invalid_argument("bad watched intervals");
    std::string out;
    out.reserve(text.size() * 3 / 4);
    std::uint32_t bits = 0;
    int count = 0;
    for (const char c : text) {
        const char* at = c == '\0' ? nullptr : std::strchr(kBase64Url, c);
        if (at == nullptr)
            throw std::invalid_argument("bad watched intervals");
        bits = bits << 6 | static_cast<std::uint32_t>(at - kBase64Url);
        if (++count == 4) {
            out.push_back(static_cast<char>(bits >> 16));
            out.push_back(static_cast<char>(bits >> 8));
            out.push_back(static_cast<char>(bits));
            bits = 0;
            count = 0;
        }
    }
    if (count == 2)
        out.push_back(static_cast<char>(bits >> 4));
    if (count == 3) {
        out.push_back(static_cast<char>(bits >> 10));
        out.push_back(static_cast<char>(bits >> 2));
    }
    return out;
}

std::string encodeIntervals(const std::vector<Interval>& intervals) {
    std::string bytes;
    bytes.reserve(intervals.size() * 6);
    std::uint64_t previousEnd = 0;
    for (const auto& interval : intervals) {
        const auto gap = static_cast<std::int64_t>(interval.startMs - previousEnd);
        putVarint(bytes,
                  (static_cast<std::uint64_t>(gap) << 1) ^ static_cast<std::uint64_t>(gap >> 63));
        putVarint(bytes, interval.endMs - interval.startMs);
        previousEnd = interval.endMs;
    }
    return base64Url(bytes);
}

std::vector<Interval> decodeIntervals(std::string_view text) {
    const std::string bytes = fromBase64Url(text);
    std::size_t at = 0;
    auto varint = [&] {
        std::uint64_t value = 0;
        for (int shift = 0;; shift += 7) {
            if (at == bytes.size() || shift > 63)
                throw std::invalid_argument("bad watched intervals");
            const auto b = static_cast<unsigned char>(bytes[at++]);
            value |= static_cast<std::uint64_t>(b & 0x7f) << shift;
            if ((b & 0x80) == 0)
                return value;
        }
    };
    std::vector<Interval> intervals;
    std::uint64_t previousEnd = 0;
    while (at < bytes.size()) {
        const std::uint64_t zigzag = varint();
        const auto gap =
            static_cast<std::int64_t>(zigzag >> 1) ^ -static_cast<std::int64_t>(zigzag & 1);
        const std::uint64_t start = previousEnd + static_cast<std::uint64_t>(gap);
        const std::uint64_t end = start + varint();
        intervals.push_back(Interval{start, end});
        previousEnd = end;
    }
    return intervals;
}

}  // namespace

std::string encodeLessonState(const LessonState& state) {
    json time = json::object();
    for (const auto& [device, ms] : state.timeSpentByDevice)
        time[device.toString()] = ms;
    json out{{"v", 2},
             {"course", state.courseId.toString()},
             {"lesson", state.lessonId.toString()},
             {"watched", encodeIntervals(state.watched.intervals())},
             {"duration", state.mediaDurationMs},
             {"time", std::move(time)}};
    if (state.resume)
        out["resume"] = json::array({state.resume->positionMs, stampJson(state.resume->stamp)});
    if (state.firstOpened)
        out["opened"] = stampJson(*state.firstOpened);
    if (state.completed)
        out["completed"] = stampJson(*state.completed);
    return out.dump();
}

Result<LessonState, std::string> decodeLessonState(const std::string& text) {
    try {
        const json in = json::parse(text);
        const int version = in.at("v").get<int>();
        if (version != 1 && version != 2)
            return fail(std::string("unknown lesson state version"));
        LessonState state;
        state.courseId = uuidOf(in.at("course"));
        state.lessonId = uuidOf(in.at("lesson"));
        std::vector<Interval> intervals;
        if (version == 2) {
            intervals = decodeIntervals(in.at("watched").get_ref<const std::string&>());
        } else {  // version 1, as written before: [[start, end], ...]
            for (const auto& item : in.at("watched"))
                intervals.push_back(
                    Interval{item.at(0).get<std::uint64_t>(), item.at(1).get<std::uint64_t>()});
        }
        state.watched = WatchedIntervals(std::move(intervals));
        state.mediaDurationMs = in.at("duration").get<std::uint64_t>();
        for (const auto& [device, ms] : in.at("time").items())
            state.timeSpentByDevice[uuidOf(json(device))] = ms.get<std::uint64_t>();
        if (in.contains("resume"))
            state.resume = ResumePosition{in["resume"].at(0).get<std::uint64_t>(),
                                          stampOf(in["resume"].at(1))};
        if (in.contains("opened"))
            state.firstOpened = stampOf(in["opened"]);
        if (in.contains("completed"))
            state.completed = stampOf(in["completed"]);
        return state;
    } catch (const std::exception& e) {
        return fail(std::string("unreadable lesson state: ") + e.what());
    }
}

}  // namespace satchel::server::sync
