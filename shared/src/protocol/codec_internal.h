#pragma once
// Internal: the per-type readers and writers behind satchel/protocol/codec.h. read() fills
// a value and reports problems through the Reader; write() returns the wire JSON (without
// the "protocol" field, which codec.cpp adds to top-level messages).

#include <nlohmann/json.hpp>

#include "protocol/reader.h"
#include "satchel/protocol/messages.h"

namespace satchel::wire_detail {

// Text rules shared by the codecs.
inline constexpr TextRule kTitle{wire::kMaxShortText, 1, TextKind::Line};
inline constexpr TextRule kName{wire::kMaxShortText, 0, TextKind::Line};
inline constexpr TextRule kProse{wire::kMaxLongText, 0, TextKind::Multiline};
inline constexpr TextRule kToken{wire::kMaxTokenLength, 1, TextKind::Token};
inline constexpr TextRule kUrl{wire::kMaxUrlLength, 1, TextKind::Token};
inline constexpr std::int64_t kMaxTimestampMs = (std::int64_t{1} << 48) - 1;

void read(Reader&, const json&, ProgressEvent&);
void read(Reader&, const json&, QuizAttempt&);
void read(Reader&, const json&, AttemptGrade&);
void read(Reader&, const json&, Notification&);
void read(Reader&, const json&, User&);
void read(Reader&, const json&, Quiz&);
void read(Reader&, const json&, CourseVersion&);
void read(Reader&, const json&, CourseManifest&);
void read(Reader&, const json&, CourseSummary&);
void read(Reader&, const json&, RegisterRequest&);
void read(Reader&, const json&, LoginRequest&);
void read(Reader&, const json&, RefreshRequest&);
void read(Reader&, const json&, LogoutRequest&);
void read(Reader&, const json&, AuthResponse&);
void read(Reader&, const json&, ErrorResponse&);
void read(Reader&, const json&, CatalogResponse&);
void read(Reader&, const json&, EnrollRequest&);
void read(Reader&, const json&, AssetUploadRequest&);
void read(Reader&, const json&, AssetUploadResponse&);
void read(Reader&, const json&, CompleteUploadRequest&);
void read(Reader&, const json&, AssetUrlResponse&);
void read(Reader&, const json&, PublishRequest&);
void read(Reader&, const json&, PublishResponse&);
void read(Reader&, const json&, PushRequest&);
void read(Reader&, const json&, PushResponse&);
void read(Reader&, const json&, PullRequest&);
void read(Reader&, const json&, PullResponse&);
void read(Reader&, const json&, NotificationMessage&);

json write(const ProgressEvent&);
json write(const QuizAttempt&);
json write(const AttemptGrade&);
json write(const Notification&);
json write(const User&);
json write(const Quiz&);
json write(const CourseVersion&);
json write(const CourseManifest&);
json write(const CourseSummary&);

}  // namespace satchel::wire_detail
