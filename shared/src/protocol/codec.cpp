// The public face of the codec: parsing, the "protocol" field, the explicit instantiations
// of fromJson/decode for every wire type, and the writers of top-level messages.
#include "satchel/protocol/codec.h"

#include <type_traits>

#include "protocol/codec_internal.h"
#include "protocol/fast_push.h"

namespace satchel {

using wire_detail::json;
using wire_detail::Reader;
using wire_detail::write;

namespace {

// Records travel inside messages and carry no "protocol" field of their own.
template <class T>
constexpr bool kIsRecord =
    std::is_same_v<T, ProgressEvent> || std::is_same_v<T, QuizAttempt> ||
    std::is_same_v<T, AttemptGrade> || std::is_same_v<T, Notification> || std::is_same_v<T, User> ||
    std::is_same_v<T, Quiz> || std::is_same_v<T, CourseVersion>;
// Error bodies are exactly {"error":{...}}: a server may answer an error before it knows
// which protocol version the caller speaks, so they carry no "protocol" field either.
template <class T>
constexpr bool kHasNoProtocolField = kIsRecord<T> || std::is_same_v<T, ErrorResponse>;

constexpr int kMaxNesting = 64;
// Beyond this the full decoder will refuse the batch anyway (too many events); let it say so.
constexpr std::size_t kMaxFastPushBytes = 64u << 20;

// nlohmann's parser is iterative, but the values it builds are walked recursively later:
// refuse absurd nesting before parsing. Brackets inside strings do not count.
bool nestingWithinLimit(std::string_view text) {
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxNesting)
                return false;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return true;
}

json withProtocol(json body) {
    body["protocol"] = kWireProtocolVersion;
    return body;
}

}  // namespace

std::string_view toString(DecodeErrorCode code) {
    switch (code) {
        case DecodeErrorCode::Syntax:
            return "syntax";
        case DecodeErrorCode::UnsupportedVersion:
            return "unsupportedVersion";
        case DecodeErrorCode::MissingField:
            return "missingField";
        case DecodeErrorCode::WrongType:
            return "wrongType";
        case DecodeErrorCode::OutOfRange:
            return "outOfRange";
        case DecodeErrorCode::TooLong:
            return "tooLong";
        case DecodeErrorCode::TooMany:
            return "tooMany";
        case DecodeErrorCode::InvalidUtf8:
            return "invalidUtf8";
        case DecodeErrorCode::InvalidId:
            return "invalidId";
        case DecodeErrorCode::InvalidValue:
            return "invalidValue";
        case DecodeErrorCode::Duplicate:
            return "duplicate";
        case DecodeErrorCode::Inconsistent:
            return "inconsistent";
    }
    return "unknown";
}

std::string DecodeError::describe() const {
    std::string text = field.empty() ? message : field + ": " + message;
    return text + " (" + std::string(toString(code)) + ")";
}

ErrorResponse toErrorResponse(const DecodeError& error) {
    bool version = error.code == DecodeErrorCode::UnsupportedVersion;
    return ErrorResponse{version ? "unsupportedVersion" : "invalid", error.describe(), error.field};
}

std::string_view toString(AckStatus status) {
    switch (status) {
        case AckStatus::Applied:
            return "applied";
        case AckStatus::Duplicate:
            return "duplicate";
        case AckStatus::Rejected:
            return "rejected";
    }
    return "unknown";
}

std::optional<AckStatus> parseAckStatus(std::string_view text) {
    for (auto s : {AckStatus::Applied, AckStatus::Duplicate, AckStatus::Rejected}) {
        if (toString(s) == text)
            return s;
    }
    return std::nullopt;
}

std::string_view toString(RejectReason reason) {
    switch (reason) {
        case RejectReason::Invalid:
            return "invalid";
        case RejectReason::UnknownCourse:
            return "unknownCourse";
        case RejectReason::UnknownLesson:
            return "unknownLesson";
        case RejectReason::NotEnrolled:
            return "notEnrolled";
        case RejectReason::Conflict:
            return "conflict";
        case RejectReason::Forbidden:
            return "forbidden";
    }
    return "unknown";
}

std::optional<RejectReason> parseRejectReason(std::string_view text) {
    for (auto r : {RejectReason::Invalid, RejectReason::UnknownCourse, RejectReason::UnknownLesson,
                   RejectReason::NotEnrolled, RejectReason::Conflict, RejectReason::Forbidden}) {
        if (toString(r) == text)
            return r;
    }
    return std::nullopt;
}

Decoded<json> parseJson(std::string_view text) {
    if (!nestingWithinLimit(text)) {
        return fail(DecodeError{DecodeErrorCode::Syntax, "",
                                "nested deeper than " + std::to_string(kMaxNesting) + " levels"});
    }
    try {
        return json::parse(text.begin(), text.end());
    } catch (const json::exception& e) {
        return fail(DecodeError{DecodeErrorCode::Syntax, "", e.what()});
    } catch (const std::exception& e) {
        return fail(DecodeError{DecodeErrorCode::Syntax, "", e.what()});
    }
}

template <class T>
Decoded<T> fromJson(const json& value) {
    try {
        Reader reader;
        T out{};
        if (!value.is_object()) {
            reader.fail(DecodeErrorCode::WrongType, "expected a JSON object");
        } else {
            if constexpr (!kHasNoProtocolField<T>)
                reader.requireProtocolVersion(value);
            if (reader.ok())
                wire_detail::read(reader, value, out);
        }
        if (!reader.ok())
            return fail(reader.error());
        return out;
    } catch (const std::exception& e) {
        // The readers check types before reading; reaching this is a bug or out of memory.
        return fail(DecodeError{DecodeErrorCode::Syntax, "", std::string("decoder: ") + e.what()});
    }
}

template <class T>
Decoded<T> decode(std::string_view text) {
    auto parsed = parseJson(text);
    if (!parsed)
        return fail(parsed.error());
    return fromJson<T>(*parsed);
}

// The push batch is the server's hottest input: try the allocation-light scanner first; the
// full decoder below remains the authority for anything it does not take (fast_push.h).
template <>
Decoded<PushRequest> decode<PushRequest>(std::string_view text) {
    if (text.size() <= kMaxFastPushBytes) {
        if (auto fast = wire_detail::decodePushRequestFast(text))
            return std::move(*fast);
    }
    auto parsed = parseJson(text);
    if (!parsed)
        return fail(parsed.error());
    return fromJson<PushRequest>(*parsed);
}

std::optional<PushRequest> decodePushRequestFast(std::string_view text) {
    if (text.size() > kMaxFastPushBytes)
        return std::nullopt;
    return wire_detail::decodePushRequestFast(text);
}

#define SATCHEL_WIRE_TYPE(T)                                \
    template Decoded<T> fromJson<T>(const nlohmann::json&); \
    template Decoded<T> decode<T>(std::string_view);

SATCHEL_WIRE_TYPE(RegisterRequest)
SATCHEL_WIRE_TYPE(LoginRequest)
SATCHEL_WIRE_TYPE(RefreshRequest)
SATCHEL_WIRE_TYPE(LogoutRequest)
SATCHEL_WIRE_TYPE(AuthResponse)
SATCHEL_WIRE_TYPE(ErrorResponse)
SATCHEL_WIRE_TYPE(CatalogResponse)
SATCHEL_WIRE_TYPE(EnrollRequest)
SATCHEL_WIRE_TYPE(AssetUploadRequest)
SATCHEL_WIRE_TYPE(AssetUploadResponse)
SATCHEL_WIRE_TYPE(CompleteUploadRequest)
SATCHEL_WIRE_TYPE(AssetUrlResponse)
SATCHEL_WIRE_TYPE(PublishRequest)
SATCHEL_WIRE_TYPE(PublishResponse)
template Decoded<PushRequest> fromJson<PushRequest>(const nlohmann::json&);
SATCHEL_WIRE_TYPE(PushResponse)
SATCHEL_WIRE_TYPE(PullRequest)
SATCHEL_WIRE_TYPE(PullResponse)
SATCHEL_WIRE_TYPE(NotificationMessage)
SATCHEL_WIRE_TYPE(CourseManifest)
SATCHEL_WIRE_TYPE(ProgressEvent)
SATCHEL_WIRE_TYPE(QuizAttempt)
SATCHEL_WIRE_TYPE(AttemptGrade)
SATCHEL_WIRE_TYPE(Notification)
SATCHEL_WIRE_TYPE(User)
SATCHEL_WIRE_TYPE(Quiz)
SATCHEL_WIRE_TYPE(CourseVersion)
#undef SATCHEL_WIRE_TYPE

// ---- writers ------------------------------------------------------------------------------

json toJson(const RegisterRequest& m) {
    return withProtocol(
        {{"email", m.email}, {"password", m.password}, {"displayName", m.displayName}});
}

json toJson(const LoginRequest& m) {
    return withProtocol({{"email", m.email},
                         {"password", m.password},
                         {"deviceId", m.deviceId.toString()},
                         {"deviceName", m.deviceName}});
}

json toJson(const RefreshRequest& m) {
    return withProtocol({{"refresh_token", m.refreshToken}, {"deviceId", m.deviceId.toString()}});
}

json toJson(const LogoutRequest& m) {
    return withProtocol({{"refresh_token", m.refreshToken}});
}

json toJson(const AuthResponse& m) {
    // OAuth 2.0's names for the token fields (RFC 6749 section 5.1), as issue 4 requires.
    return withProtocol({{"access_token", m.accessToken},
                         {"refresh_token", m.refreshToken},
                         {"token_type", "Bearer"},
                         {"expires_in", m.accessExpiresInSeconds},
                         {"user", write(m.user)}});
}

json toJson(const ErrorResponse& m) {
    json error{{"code", m.code}, {"message", m.message}};
    if (!m.field.empty())
        error["field"] = m.field;
    return json{{"error", std::move(error)}};
}

json toJson(const CatalogResponse& m) {
    json courses = json::array();
    for (const auto& c : m.courses)
        courses.push_back(write(c));
    return withProtocol({{"courses", std::move(courses)}});
}

json toJson(const EnrollRequest& m) {
    return withProtocol({{"courseId", m.courseId.toString()}});
}

json toJson(const AssetUploadRequest& m) {
    return withProtocol({{"sha256", m.sha256}, {"size", m.size}, {"mediaType", m.mediaType}});
}

json toJson(const AssetUploadResponse& m) {
    json out = withProtocol({{"sha256", m.sha256}, {"alreadyPresent", m.alreadyPresent}});
    if (!m.uploadUrl.empty())
        out["uploadUrl"] = m.uploadUrl;
    if (!m.headers.empty())
        out["headers"] = m.headers;
    if (!m.uploadId.empty())
        out["uploadId"] = m.uploadId;
    if (m.partSize > 0)
        out["partSize"] = m.partSize;
    if (!m.partUrls.empty())
        out["partUrls"] = m.partUrls;
    if (m.expiresAtMs > 0)
        out["expiresAtMs"] = m.expiresAtMs;
    return out;
}

json toJson(const CompleteUploadRequest& m) {
    json parts = json::array();
    for (const auto& p : m.parts)
        parts.push_back(json{{"number", p.number}, {"etag", p.etag}});
    return withProtocol(
        {{"sha256", m.sha256}, {"uploadId", m.uploadId}, {"parts", std::move(parts)}});
}

json toJson(const AssetUrlResponse& m) {
    return withProtocol({{"sha256", m.sha256}, {"url", m.url}, {"expiresAtMs", m.expiresAtMs}});
}

json toJson(const PublishRequest& m) {
    return withProtocol({{"manifest", write(m.manifest)}});
}

json toJson(const PublishResponse& m) {
    return withProtocol({{"courseId", m.courseId.toString()},
                         {"version", m.version},
                         {"manifestSha256", m.manifestSha256}});
}

json toJson(const PushRequest& m) {
    json events = json::array();
    for (const auto& e : m.events)
        events.push_back(write(e));
    json attempts = json::array();
    for (const auto& a : m.attempts)
        attempts.push_back(write(a));
    return withProtocol({{"deviceId", m.deviceId.toString()},
                         {"events", std::move(events)},
                         {"attempts", std::move(attempts)}});
}

json toJson(const PushResponse& m) {
    json acks = json::array();
    for (const auto& ack : m.acks) {
        json item{{"id", ack.id.toString()}, {"status", toString(ack.status)}};
        if (ack.reason)
            item["reason"] = toString(*ack.reason);
        if (!ack.message.empty())
            item["message"] = ack.message;
        acks.push_back(std::move(item));
    }
    return withProtocol({{"acks", std::move(acks)}});
}

std::string encode(const PushResponse& m) {
    // Keys in the order dump() sorts them: acks before protocol; id, message, reason, status.
    std::string out;
    out.reserve(32 + m.acks.size() * 64);
    out += "{\"acks\":[";
    char id[36];
    for (std::size_t i = 0; i < m.acks.size(); ++i) {
        const EventAck& ack = m.acks[i];
        if (i > 0)
            out += ',';
        out += "{\"id\":\"";
        ack.id.writeTo(id);
        out.append(id, sizeof id);
        out += '"';
        if (!ack.message.empty()) {
            out += ",\"message\":";
            out += json(ack.message).dump(-1, ' ', false, json::error_handler_t::replace);
        }
        if (ack.reason) {
            out += ",\"reason\":\"";
            out += toString(*ack.reason);
            out += '"';
        }
        out += ",\"status\":\"";
        out += toString(ack.status);
        out += "\"}";
    }
    out += "],\"protocol\":";
    out += std::to_string(kWireProtocolVersion);
    out += '}';
    return out;
}

json toJson(const PullRequest& m) {
    return withProtocol({{"cursor", m.cursor}, {"limit", m.limit}});
}

json toJson(const PullResponse& m) {
    auto list = [](const auto& items) {
        json out = json::array();
        for (const auto& item : items)
            out.push_back(write(item));
        return out;
    };
    return withProtocol({{"events", list(m.events)},
                         {"attempts", list(m.attempts)},
                         {"grades", list(m.grades)},
                         {"notifications", list(m.notifications)},
                         {"courseVersions", list(m.courseVersions)},
                         {"cursor", m.cursor},
                         {"hasMore", m.hasMore}});
}

json toJson(const NotificationMessage& m) {
    return withProtocol({{"type", "notification"}, {"notification", write(m.notification)}});
}

json toJson(const CourseManifest& m) {
    return withProtocol(write(m));
}
json toJson(const ProgressEvent& e) {
    return write(e);
}
json toJson(const QuizAttempt& a) {
    return write(a);
}
json toJson(const AttemptGrade& g) {
    return write(g);
}
json toJson(const Notification& n) {
    return write(n);
}
json toJson(const User& u) {
    return write(u);
}
json toJson(const Quiz& q) {
    return write(q);
}
json toJson(const CourseVersion& v) {
    return write(v);
}

}  // namespace satchel
