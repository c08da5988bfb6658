// Readers for the top-level messages (their writers are in codec.cpp, next to the
// "protocol" field they all carry).
#include <unordered_set>

#include "protocol/codec_internal.h"
#include "satchel/hash.h"

namespace satchel::wire_detail {
namespace {

inline constexpr TextRule kPassword{wire::kMaxPasswordLength, wire::kMinPasswordLength,
                                    TextKind::Line};

// Deliberately loose (one '@', something either side, no spaces): the server's
// confirmation mail is the real test of an address.
std::string readEmail(Reader& r, const json& o) {
    std::string email = r.text(o, "email", TextRule{254, 3, TextKind::Line});
    if (!r.ok())
        return email;
    auto at = email.find('@');
    if (at == std::string::npos || at == 0 || at + 1 == email.size() ||
        email.find('@', at + 1) != std::string::npos || email.find(' ') != std::string::npos) {
        r.fail(DecodeErrorCode::InvalidValue, "not an email address", "email");
    }
    return email;
}

// Event and attempt ids must be unique within one push: each gets exactly one ack.
template <class Item>
void requireUniqueIds(Reader& r, const std::vector<Item>& items, std::string_view arrayKey,
                      std::unordered_set<Uuid>& seen) {
    for (std::size_t i = 0; i < items.size() && r.ok(); ++i) {
        if (!seen.insert(items[i].id).second) {
            Reader::Scope array(r, arrayKey);
            Reader::Scope at(r, i);
            r.fail(DecodeErrorCode::Duplicate, "id pushed twice in one batch", "id");
        }
    }
}

}  // namespace

void read(Reader& r, const json& o, RegisterRequest& m) {
    m.email = readEmail(r, o);
    m.password = r.text(o, "password", kPassword);
    m.displayName = r.text(o, "displayName", kTitle);
}

void read(Reader& r, const json& o, LoginRequest& m) {
    m.email = readEmail(r, o);
    m.password = r.text(o, "password", TextRule{wire::kMaxPasswordLength, 1, TextKind::Line});
    m.deviceId = r.uuid(o, "deviceId");
    m.deviceName = r.text(o, "deviceName", kName, false);
}

// Token fields carry OAuth 2.0's names (RFC 6749 section 5.1), as issue 4 requires of login.
void read(Reader& r, const json& o, RefreshRequest& m) {
    m.refreshToken = r.text(o, "refresh_token", kToken);
    m.deviceId = r.uuid(o, "deviceId");
}

void read(Reader& r, const json& o, LogoutRequest& m) {
    m.refreshToken = r.text(o, "refresh_token", kToken);
}

void read(Reader& r, const json& o, AuthResponse& m) {
    m.accessToken = r.text(o, "access_token", kToken);
    m.refreshToken = r.text(o, "refresh_token", kToken);
    m.accessExpiresInSeconds =
        static_cast<std::uint32_t>(r.unsignedInt(o, "expires_in", 1, 7 * 24 * 3600));
    r.nested(o, "user", true, [&](const json& u) { read(r, u, m.user); });
}

// {"error":{"code","message"[,"field"]}}: the one error shape (issue 4).
void read(Reader& r, const json& o, ErrorResponse& m) {
    r.nested(o, "error", true, [&](const json& e) {
        m.code = r.text(e, "code", TextRule{64, 1, TextKind::Token});
        m.message = r.text(e, "message", kProse, false);
        m.field = r.text(e, "field", kName, false);
    });
}

void read(Reader& r, const json& o, CatalogResponse& m) {
    r.objects(o, "courses", wire::kMaxCatalogCourses, true, [&](const json& item) {
        CourseSummary course;
        read(r, item, course);
        m.courses.push_back(std::move(course));
    });
}

void read(Reader& r, const json& o, EnrollRequest& m) {
    m.courseId = r.uuid(o, "courseId");
}

void read(Reader& r, const json& o, AssetUploadRequest& m) {
    m.sha256 = r.sha256(o, "sha256");
    m.size = r.unsignedInt(o, "size", 0, wire::kMaxAssetSize);
    m.mediaType = r.text(o, "mediaType", TextRule{127, 3, TextKind::Token});
}

void read(Reader& r, const json& o, AssetUploadResponse& m) {
    m.sha256 = r.sha256(o, "sha256");
    m.alreadyPresent = r.boolean(o, "alreadyPresent");
    m.uploadUrl = r.text(o, "uploadUrl", TextRule{wire::kMaxUrlLength, 0, TextKind::Token}, false);
    if (const json* headers = r.member(o, "headers", false)) {
        Reader::Scope scope(r, "headers");
        if (r.expectObject(*headers)) {
            if (headers->size() > 50)
                r.fail(DecodeErrorCode::TooMany, "more than 50 headers");
            for (auto it = headers->begin(); r.ok() && it != headers->end(); ++it) {
                m.headers[it.key()] = r.text(*headers, it.key(), TextRule{4096, 0, TextKind::Line});
            }
        }
    }
    m.uploadId = r.text(o, "uploadId", TextRule{1024, 0, TextKind::Token}, false);
    m.partSize = r.unsignedInt(o, "partSize", 0, wire::kMaxAssetSize, false);
    r.array(o, "partUrls", wire::kMaxUploadParts, false, [&](const json& item) {
        json holder{{"url", item}};
        m.partUrls.push_back(r.text(holder, "url", kUrl));
    });
    m.expiresAtMs = r.signedInt(o, "expiresAtMs", 0, kMaxTimestampMs, false);
    if (!r.ok() || m.alreadyPresent)
        return;
    if (m.uploadUrl.empty() && m.partUrls.empty()) {
        r.fail(DecodeErrorCode::MissingField, "an upload needs uploadUrl or partUrls", "uploadUrl");
    } else if (!m.partUrls.empty() && (m.uploadId.empty() || m.partSize == 0)) {
        r.fail(DecodeErrorCode::MissingField, "a multipart upload needs uploadId and partSize",
               m.uploadId.empty() ? "uploadId" : "partSize");
    }
}

void read(Reader& r, const json& o, CompleteUploadRequest& m) {
    m.sha256 = r.sha256(o, "sha256");
    m.uploadId = r.text(o, "uploadId", TextRule{1024, 1, TextKind::Token});
    r.objects(o, "parts", wire::kMaxUploadParts, true, [&](const json& item) {
        UploadedPart part;
        part.number =
            static_cast<std::uint32_t>(r.unsignedInt(item, "number", 1, wire::kMaxUploadParts));
        part.etag = r.text(item, "etag", TextRule{1024, 1, TextKind::Line});
        if (r.ok() && part.number != m.parts.size() + 1) {
            r.fail(DecodeErrorCode::Inconsistent, "parts must be numbered 1, 2, 3, ...", "number");
        }
        m.parts.push_back(std::move(part));
    });
}

void read(Reader& r, const json& o, AssetUrlResponse& m) {
    m.sha256 = r.sha256(o, "sha256");
    m.url = r.text(o, "url", kUrl);
    m.expiresAtMs = r.signedInt(o, "expiresAtMs", 0, kMaxTimestampMs);
}

void read(Reader& r, const json& o, PublishRequest& m) {
    r.nested(o, "manifest", true, [&](const json& manifest) { read(r, manifest, m.manifest); });
}

void read(Reader& r, const json& o, PublishResponse& m) {
    m.courseId = r.uuid(o, "courseId");
    m.version = static_cast<std::uint32_t>(r.unsignedInt(o, "version", 1, UINT32_MAX));
    m.manifestSha256 = r.sha256(o, "manifestSha256");
}

void read(Reader& r, const json& o, PushRequest& m) {
    m.deviceId = r.uuid(o, "deviceId");
    r.objects(o, "events", wire::kMaxEventsPerPush, false, [&](const json& item) {
        ProgressEvent event;
        read(r, item, event);
        if (r.ok() && event.deviceId != m.deviceId) {
            r.fail(DecodeErrorCode::Inconsistent, "event from another device", "deviceId");
        }
        m.events.push_back(event);
    });
    r.objects(o, "attempts", wire::kMaxAttemptsPerPush, false, [&](const json& item) {
        QuizAttempt attempt;
        read(r, item, attempt);
        if (r.ok() && attempt.deviceId != m.deviceId) {
            r.fail(DecodeErrorCode::Inconsistent, "attempt from another device", "deviceId");
        }
        m.attempts.push_back(std::move(attempt));
    });
    std::unordered_set<Uuid> seen;
    requireUniqueIds(r, m.events, "events", seen);
    requireUniqueIds(r, m.attempts, "attempts", seen);
}

void read(Reader& r, const json& o, PushResponse& m) {
    r.objects(o, "acks", wire::kMaxEventsPerPush + wire::kMaxAttemptsPerPush, true,
              [&](const json& item) {
                  EventAck ack;
                  ack.id = r.uuid(item, "id");
                  ack.status = r.enumeration(item, "status", parseAckStatus, AckStatus::Rejected);
                  if (r.ok() && ack.status == AckStatus::Rejected) {
                      ack.reason =
                          r.enumeration(item, "reason", parseRejectReason, RejectReason::Invalid);
                  }
                  ack.message = r.text(item, "message", kProse, false);
                  m.acks.push_back(std::move(ack));
              });
}

void read(Reader& r, const json& o, PullRequest& m) {
    m.cursor = r.text(o, "cursor", TextRule{wire::kMaxTokenLength, 0, TextKind::Token}, false);
    m.limit =
        static_cast<std::uint32_t>(r.unsignedInt(o, "limit", 1, wire::kMaxPullLimit, false, 1000));
}

void read(Reader& r, const json& o, PullResponse& m) {
    auto each = [&](std::string_view key, auto& into) {
        r.objects(o, key, wire::kMaxPageItems, false, [&](const json& item) {
            typename std::decay_t<decltype(into)>::value_type value;
            read(r, item, value);
            into.push_back(std::move(value));
        });
    };
    each("events", m.events);
    each("attempts", m.attempts);
    each("grades", m.grades);
    each("notifications", m.notifications);
    each("courseVersions", m.courseVersions);
    m.cursor = r.text(o, "cursor", TextRule{wire::kMaxTokenLength, 1, TextKind::Token});
    m.hasMore = r.boolean(o, "hasMore");
}

void read(Reader& r, const json& o, NotificationMessage& m) {
    std::string type = r.text(o, "type", TextRule{64, 1, TextKind::Token});
    if (r.ok() && type != "notification") {
        r.fail(DecodeErrorCode::InvalidValue, "expected \"notification\"", "type");
    }
    r.nested(o, "notification", true, [&](const json& n) { read(r, n, m.notification); });
}

}  // namespace satchel::wire_detail
