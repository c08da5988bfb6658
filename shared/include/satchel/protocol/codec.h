#pragma once
// JSON codec for wire protocol v1 (nlohmann::json).
//
// encode(x) / toJson(x) produce the wire form. decode<T>(text) / fromJson<T>(json) validate
// strictly and return a DecodeError naming the field on any problem; they never throw.
// Unknown fields are ignored. Top-level messages must carry "protocol": 1 (kProtocolVersion);
// a missing one is MissingField, another number UnsupportedVersion.
//
// T may be any message of satchel/protocol/messages.h, CourseManifest (a message: it is
// fetched on its own), or one of the records ProgressEvent, QuizAttempt, AttemptGrade,
// Notification, User, Quiz, CourseVersion (no "protocol" field; handy for storing records as
// JSON, e.g. the client's outbox).

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "satchel/protocol/error.h"
#include "satchel/protocol/messages.h"

namespace satchel {

// The protocol version this build speaks (also kProtocolVersion in satchel/version.h).
inline constexpr int kWireProtocolVersion = 1;

// Parses JSON text without throwing (Syntax on failure, nesting capped at 64 levels).
Decoded<nlohmann::json> parseJson(std::string_view text);

// Defined for every T listed above; other T do not link.
template <class T>
Decoded<T> fromJson(const nlohmann::json& json);
template <class T>
Decoded<T> decode(std::string_view text);
// Push batches take a faster, allocation-light path first (same results, same errors).
template <>
Decoded<PushRequest> decode<PushRequest>(std::string_view text);
// That fast path alone, for callers with a slower path of their own (the server decodes a
// batch item by item when something in it is wrong). A value only for a valid batch inside the
// scanner's strict subset (printable-ASCII strings without escapes, non-negative integers, no
// attempts, every event from the batch's device, ids unique), and then exactly the value
// decode<PushRequest> returns; nullopt for anything else, valid or not.
std::optional<PushRequest> decodePushRequestFast(std::string_view text);

nlohmann::json toJson(const RegisterRequest&);
nlohmann::json toJson(const LoginRequest&);
nlohmann::json toJson(const RefreshRequest&);
nlohmann::json toJson(const LogoutRequest&);
nlohmann::json toJson(const AuthResponse&);
nlohmann::json toJson(const ErrorResponse&);
nlohmann::json toJson(const CatalogResponse&);
nlohmann::json toJson(const EnrollRequest&);
nlohmann::json toJson(const AssetUploadRequest&);
nlohmann::json toJson(const AssetUploadResponse&);
nlohmann::json toJson(const CompleteUploadRequest&);
nlohmann::json toJson(const AssetUrlResponse&);
nlohmann::json toJson(const PublishRequest&);
nlohmann::json toJson(const PublishResponse&);
nlohmann::json toJson(const PushRequest&);
nlohmann::json toJson(const PushResponse&);
nlohmann::json toJson(const PullRequest&);
nlohmann::json toJson(const PullResponse&);
nlohmann::json toJson(const NotificationMessage&);
nlohmann::json toJson(const CourseManifest&);
// records
nlohmann::json toJson(const ProgressEvent&);
nlohmann::json toJson(const QuizAttempt&);
nlohmann::json toJson(const AttemptGrade&);
nlohmann::json toJson(const Notification&);
nlohmann::json toJson(const User&);
nlohmann::json toJson(const Quiz&);
nlohmann::json toJson(const CourseVersion&);

// Compact JSON text; deterministic (object keys sorted), so equal values encode equally.
template <class T>
std::string encode(const T& value) {
    return toJson(value).dump();
}

// The push answer written straight to text (one ack per pushed item, hundreds per answer),
// byte for byte what toJson(response).dump() gives, without building the tree first. Text that
// is not valid UTF-8 in a message is replaced (U+FFFD) instead of throwing.
std::string encode(const PushResponse& response);

// The DecodeError as an ErrorResponse body (code "invalid" or "unsupportedVersion").
ErrorResponse toErrorResponse(const DecodeError& error);

}  // namespace satchel
