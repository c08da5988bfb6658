#pragma once
// Wire protocol v1: the messages the app and the server exchange (docs/protocol.md shows
// each one as JSON). Every top-level message carries "protocol": 1; records nested in them
// (events, attempts, notifications, the manifest's parts) do not.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "satchel/ids.h"
#include "satchel/model.h"

namespace satchel {

// Limits the decoder enforces (the server may enforce tighter ones of its own).
namespace wire {
inline constexpr std::size_t kMaxShortText = 200;     // titles, names, emails
inline constexpr std::size_t kMaxLongText = 20'000;   // descriptions, bodies, prompts
inline constexpr std::size_t kMaxTokenLength = 4096;  // access / refresh tokens, cursors
inline constexpr std::size_t kMaxPasswordLength = 1024;
inline constexpr std::size_t kMinPasswordLength = 8;
inline constexpr std::size_t kMaxUrlLength = 8192;
inline constexpr std::size_t kMaxEventsPerPush = 5000;
inline constexpr std::size_t kMaxAttemptsPerPush = 200;
inline constexpr std::size_t kMaxPageItems = 5000;  // per array of a pull page
inline constexpr std::size_t kMaxCatalogCourses = 10'000;
inline constexpr std::size_t kMaxModules = 500;
inline constexpr std::size_t kMaxLessonsPerModule = 500;
inline constexpr std::size_t kMaxAssets = 10'000;
inline constexpr std::size_t kMaxQuestions = 500;
inline constexpr std::size_t kMaxChoices = 50;
inline constexpr std::size_t kMaxAcceptedAnswers = 50;
inline constexpr std::size_t kMaxUploadParts = 10'000;
inline constexpr std::uint64_t kMaxAssetSize = 64ull << 30;  // 64 GiB
inline constexpr std::uint32_t kMaxPoints = 1000;
inline constexpr std::uint32_t kMaxPullLimit = 5000;
}  // namespace wire

// ---- auth ---------------------------------------------------------------------------------

struct RegisterRequest {
    std::string email;
    std::string password;
    std::string displayName;
    friend bool operator==(const RegisterRequest&, const RegisterRequest&) = default;
};

struct LoginRequest {
    std::string email;
    std::string password;
    Uuid deviceId;
    std::string deviceName;
    friend bool operator==(const LoginRequest&, const LoginRequest&) = default;
};

struct RefreshRequest {
    std::string refreshToken;
    Uuid deviceId;
    friend bool operator==(const RefreshRequest&, const RefreshRequest&) = default;
};

struct LogoutRequest {
    std::string refreshToken;
    friend bool operator==(const LogoutRequest&, const LogoutRequest&) = default;
};

// Answer to register, login and refresh. The refresh token rotates on every use.
struct AuthResponse {
    std::string accessToken;
    std::string refreshToken;
    std::uint32_t accessExpiresInSeconds = 0;
    User user;
    friend bool operator==(const AuthResponse&, const AuthResponse&) = default;
};

// The body of every non-2xx answer. code is a stable machine word ("unauthorized",
// "invalid", "notFound", "conflict", "tooLarge", "unsupportedVersion", ...); field names the
// offending field when there is one.
struct ErrorResponse {
    std::string code;
    std::string message;
    std::string field;
    friend bool operator==(const ErrorResponse&, const ErrorResponse&) = default;
};

// ---- catalog ------------------------------------------------------------------------------

struct CourseSummary {
    Uuid courseId;
    std::string title;
    std::string description;
    std::uint32_t latestVersion = 0;
    std::int64_t publishedAtMs = 0;
    std::uint64_t totalBytes = 0;
    std::uint32_t lessonCount = 0;
    bool enrolled = false;
    friend bool operator==(const CourseSummary&, const CourseSummary&) = default;
};

struct CatalogResponse {
    std::vector<CourseSummary> courses;
    friend bool operator==(const CatalogResponse&, const CatalogResponse&) = default;
};

struct EnrollRequest {
    Uuid courseId;
    friend bool operator==(const EnrollRequest&, const EnrollRequest&) = default;
};

// ---- publishing and assets ----------------------------------------------------------------

// Before uploading an asset the editor asks where to put it. When the store already holds
// the bytes, alreadyPresent is true and nothing needs uploading.
struct AssetUploadRequest {
    std::string sha256;
    std::uint64_t size = 0;
    std::string mediaType;
    friend bool operator==(const AssetUploadRequest&, const AssetUploadRequest&) = default;
};

// Single PUT: uploadUrl (+ headers). Multipart (large files): uploadId, partSize and one
// presigned URL per part, finished with CompleteUploadRequest.
struct AssetUploadResponse {
    std::string sha256;
    bool alreadyPresent = false;
    std::string uploadUrl;
    std::map<std::string, std::string> headers;
    std::string uploadId;
    std::uint64_t partSize = 0;
    std::vector<std::string> partUrls;
    std::int64_t expiresAtMs = 0;
    friend bool operator==(const AssetUploadResponse&, const AssetUploadResponse&) = default;
};

struct UploadedPart {
    std::uint32_t number = 0;  // 1-based
    std::string etag;
    friend bool operator==(const UploadedPart&, const UploadedPart&) = default;
};

struct CompleteUploadRequest {
    std::string sha256;
    std::string uploadId;
    std::vector<UploadedPart> parts;
    friend bool operator==(const CompleteUploadRequest&, const CompleteUploadRequest&) = default;
};

// A short-lived URL to download one asset from (supports Range).
struct AssetUrlResponse {
    std::string sha256;
    std::string url;
    std::int64_t expiresAtMs = 0;
    friend bool operator==(const AssetUrlResponse&, const AssetUrlResponse&) = default;
};

// The editor publishes a manifest; the server assigns manifest.version (the editor's value
// is a proposal) and answers with the version it created.
struct PublishRequest {
    CourseManifest manifest;
    friend bool operator==(const PublishRequest&, const PublishRequest&) = default;
};

struct PublishResponse {
    Uuid courseId;
    std::uint32_t version = 0;
    std::string manifestSha256;
    friend bool operator==(const PublishResponse&, const PublishResponse&) = default;
};

// ---- sync ---------------------------------------------------------------------------------

struct PushRequest {
    Uuid deviceId;
    std::vector<ProgressEvent> events;
    std::vector<QuizAttempt> attempts;
    friend bool operator==(const PushRequest&, const PushRequest&) = default;
};

enum class AckStatus { Applied, Duplicate, Rejected };
std::string_view toString(AckStatus status);  // "applied", "duplicate", "rejected"
std::optional<AckStatus> parseAckStatus(std::string_view text);

// Why the server refused an event or attempt; it stays in the client's outbox marked so.
enum class RejectReason { Invalid, UnknownCourse, UnknownLesson, NotEnrolled, Conflict, Forbidden };
// "invalid", "unknownCourse", "unknownLesson", "notEnrolled", "conflict", "forbidden"
std::string_view toString(RejectReason reason);
std::optional<RejectReason> parseRejectReason(std::string_view text);

// One acknowledgement per pushed event and attempt, in the order they were pushed.
struct EventAck {
    Uuid id;
    AckStatus status = AckStatus::Applied;
    std::optional<RejectReason> reason;  // set exactly when status == Rejected
    std::string message;                 // human-readable detail, may be empty
    friend bool operator==(const EventAck&, const EventAck&) = default;
};

struct PushResponse {
    std::vector<EventAck> acks;
    friend bool operator==(const PushResponse&, const PushResponse&) = default;
};

// cursor is opaque to the client: empty means "from the beginning"; otherwise a value a
// previous PullResponse returned.
struct PullRequest {
    std::string cursor;
    std::uint32_t limit = 1000;  // 1..wire::kMaxPullLimit
    friend bool operator==(const PullRequest&, const PullRequest&) = default;
};

// Changes since the request's cursor. hasMore: ask again with cursor right away.
struct PullResponse {
    std::vector<ProgressEvent> events;
    std::vector<QuizAttempt> attempts;
    std::vector<AttemptGrade> grades;
    std::vector<Notification> notifications;
    std::vector<CourseVersion> courseVersions;  // new versions of enrolled courses
    std::string cursor;
    bool hasMore = false;
    friend bool operator==(const PullResponse&, const PullResponse&) = default;
};

// ---- push channel (WebSocket, server -> client) --------------------------------------------

struct NotificationMessage {
    Notification notification;
    friend bool operator==(const NotificationMessage&, const NotificationMessage&) = default;
};

}  // namespace satchel
