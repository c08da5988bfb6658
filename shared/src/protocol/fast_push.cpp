#include "protocol/fast_push.h"

#include <algorithm>
#include <cstdint>

namespace satchel::wire_detail {
namespace {

constexpr int kMaxDepth = 64;

// A cursor over the text; every method returns false when the input leaves the subset.
class Scanner {
public:
    explicit Scanner(std::string_view text) : p_(text.data()), end_(text.data() + text.size()) {}

    void skipSpace() {
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t'))
            ++p_;
    }
    bool atEnd() {
        skipSpace();
        return p_ == end_;
    }
    bool consume(char c) {
        skipSpace();
        if (p_ == end_ || *p_ != c)
            return false;
        ++p_;
        return true;
    }
    bool peek(char c) {
        skipSpace();
        return p_ != end_ && *p_ == c;
    }
    bool string(std::string_view& out) {
        if (!consume('"'))
            return false;
        const char* start = p_;
        while (p_ != end_) {
            unsigned char c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                out = std::string_view(start, static_cast<std::size_t>(p_ - start));
                ++p_;
                return true;
            }
            if (c < 0x20 || c > 0x7e || c == '\\')
                return false;
            ++p_;
        }
        return false;
    }
    bool unsignedInteger(std::uint64_t& out) {
        skipSpace();
        if (p_ == end_ || *p_ < '0' || *p_ > '9')
            return false;
        if (*p_ == '0' && p_ + 1 != end_ && p_[1] >= '0' && p_[1] <= '9')
            return false;
        std::uint64_t value = 0;
        while (p_ != end_ && *p_ >= '0' && *p_ <= '9') {
            unsigned digit = static_cast<unsigned>(*p_ - '0');
            if (value > (UINT64_MAX - digit) / 10)
                return false;
            value = value * 10 + digit;
            ++p_;
        }
        if (p_ != end_ && (*p_ == '.' || *p_ == 'e' || *p_ == 'E'))
            return false;
        out = value;
        return true;
    }
    bool literal(std::string_view word) {
        skipSpace();
        if (static_cast<std::size_t>(end_ - p_) < word.size() ||
            std::string_view(p_, word.size()) != word) {
            return false;
        }
        p_ += word.size();
        return true;
    }
    // Skips the value of a field this decoder does not know (the subset applies there too).
    bool skipValue(int depth) {
        if (depth > kMaxDepth)
            return false;
        skipSpace();
        if (p_ == end_)
            return false;
        std::string_view ignored;
        std::uint64_t number;
        switch (*p_) {
            case '"':
                return string(ignored);
            case 't':
                return literal("true");
            case 'f':
                return literal("false");
            case '{':
                ++p_;
                if (consume('}'))
                    return true;
                do {
                    if (!string(ignored) || !consume(':') || !skipValue(depth + 1))
                        return false;
                } while (consume(','));
                return consume('}');
            case '[':
                ++p_;
                if (consume(']'))
                    return true;
                do {
                    if (!skipValue(depth + 1))
                        return false;
                } while (consume(','));
                return consume(']');
            default:
                return unsignedInteger(number);
        }
    }

private:
    const char* p_;
    const char* end_;
};

enum Field : unsigned {
    kId = 1u << 0,
    kCourse = 1u << 1,
    kLesson = 1u << 2,
    kDevice = 1u << 3,
    kHlc = 1u << 4,
    kType = 1u << 5,
    kStart = 1u << 6,
    kEnd = 1u << 7,
    kDuration = 1u << 8,
    kPosition = 1u << 9,
    kTotal = 1u << 10,
};

bool readUuid(Scanner& s, Uuid& out) {
    std::string_view text;
    if (!s.string(text))
        return false;
    auto id = Uuid::parse(text);
    if (!id || id->isNil())
        return false;
    out = *id;
    return true;
}

struct RawEvent {
    ProgressEvent event;
    std::uint64_t hlc = 0, start = 0, end = 0, duration = 0, position = 0, total = 0;
    std::string_view type;
    unsigned seen = 0;
};

bool readEventField(Scanner& s, std::string_view key, RawEvent& raw) {
    auto once = [&](Field f) {
        if (raw.seen & f)
            return false;
        raw.seen |= f;
        return true;
    };
    if (key == "id")
        return once(kId) && readUuid(s, raw.event.id);
    if (key == "courseId")
        return once(kCourse) && readUuid(s, raw.event.courseId);
    if (key == "lessonId")
        return once(kLesson) && readUuid(s, raw.event.lessonId);
    if (key == "deviceId")
        return once(kDevice) && readUuid(s, raw.event.deviceId);
    if (key == "hlc")
        return once(kHlc) && s.unsignedInteger(raw.hlc);
    if (key == "type")
        return once(kType) && s.string(raw.type);
    if (key == "startMs")
        return once(kStart) && s.unsignedInteger(raw.start);
    if (key == "endMs")
        return once(kEnd) && s.unsignedInteger(raw.end);
    if (key == "durationMs")
        return once(kDuration) && s.unsignedInteger(raw.duration);
    if (key == "positionMs")
        return once(kPosition) && s.unsignedInteger(raw.position);
    if (key == "totalMs")
        return once(kTotal) && s.unsignedInteger(raw.total);
    return s.skipValue(2);
}

// The rules of read(Reader&, const json&, ProgressEvent&), for values already typed.
bool finishEvent(RawEvent& raw) {
    constexpr unsigned kCommon = kId | kCourse | kLesson | kDevice | kHlc | kType;
    if ((raw.seen & kCommon) != kCommon || raw.event.id.version() != 7 || raw.hlc == 0) {
        return false;
    }
    auto kind = parseProgressKind(raw.type);
    if (!kind)
        return false;
    ProgressEvent& e = raw.event;
    e.hlc = Hlc::fromPacked(raw.hlc);
    e.kind = *kind;
    switch (e.kind) {
        case ProgressKind::Watched:
            if ((raw.seen & (kStart | kEnd | kDuration)) != (kStart | kEnd | kDuration) ||
                raw.duration == 0 || raw.duration > kMaxMediaDurationMs || raw.start >= raw.end ||
                raw.end > raw.duration) {
                return false;
            }
            e.startMs = raw.start;
            e.endMs = raw.end;
            e.durationMs = raw.duration;
            return true;
        case ProgressKind::Resume:
            if (!(raw.seen & kPosition) || raw.position > kMaxMediaDurationMs ||
                raw.duration > kMaxMediaDurationMs ||
                (raw.duration > 0 && raw.position > raw.duration)) {
                return false;
            }
            e.positionMs = raw.position;
            e.durationMs = raw.duration;
            return true;
        case ProgressKind::TimeSpent:
            if (!(raw.seen & kTotal) || raw.total > kMaxTimeSpentMs)
                return false;
            e.totalMs = raw.total;
            return true;
        case ProgressKind::Opened:
        case ProgressKind::Completed:
            return true;
    }
    return false;
}

bool readEvent(Scanner& s, ProgressEvent& out) {
    RawEvent raw;
    if (!s.consume('{'))
        return false;
    if (!s.consume('}')) {
        do {
            std::string_view key;
            if (!s.string(key) || !s.consume(':') || !readEventField(s, key, raw))
                return false;
        } while (s.consume(','));
        if (!s.consume('}'))
            return false;
    }
    if (!finishEvent(raw))
        return false;
    out = raw.event;
    return true;
}

bool readEvents(Scanner& s, std::vector<ProgressEvent>& events) {
    if (!s.consume('['))
        return false;
    if (s.consume(']'))
        return true;
    do {
        if (events.size() == wire::kMaxEventsPerPush)
            return false;
        events.emplace_back();
        if (!readEvent(s, events.back()))
            return false;
    } while (s.consume(','));
    return s.consume(']');
}

}  // namespace

std::optional<PushRequest> decodePushRequestFast(std::string_view text) {
    Scanner s(text);
    PushRequest push;
    bool seenProtocol = false, seenDevice = false, seenEvents = false, seenAttempts = false;
    if (!s.consume('{'))
        return std::nullopt;
    if (!s.peek('}')) {
        do {
            std::string_view key;
            if (!s.string(key) || !s.consume(':'))
                return std::nullopt;
            bool ok;
            if (key == "protocol") {
                std::uint64_t version = 0;
                ok = !seenProtocol && s.unsignedInteger(version) && version == 1;
                seenProtocol = true;
            } else if (key == "deviceId") {
                ok = !seenDevice && readUuid(s, push.deviceId);
                seenDevice = true;
            } else if (key == "events") {
                ok = !seenEvents && readEvents(s, push.events);
                seenEvents = true;
            } else if (key == "attempts") {  // attempts are rare: the full decoder takes them
                ok = !seenAttempts && s.consume('[') && s.consume(']');
                seenAttempts = true;
            } else {
                ok = s.skipValue(1);
            }
            if (!ok)
                return std::nullopt;
        } while (s.consume(','));
    }
    if (!s.consume('}') || !s.atEnd() || !seenProtocol || !seenDevice)
        return std::nullopt;
    std::vector<Uuid> ids;
    ids.reserve(push.events.size());
    for (const auto& e : push.events) {
        if (e.deviceId != push.deviceId)
            return std::nullopt;
        ids.push_back(e.id);
    }
    std::sort(ids.begin(), ids.end());
    if (std::adjacent_find(ids.begin(), ids.end()) != ids.end())
        return std::nullopt;
    return push;
}

}  // namespace satchel::wire_detail
