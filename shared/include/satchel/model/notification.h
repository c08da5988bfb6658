#pragma once
// Notifications shown to a user: a new course version, a grade, a reminder, an announcement,
// an enrollment, a certificate. The server keeps them as push events (docs/push.md) and
// delivers them both live over the push channel and in the sync pull.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "satchel/ids.h"

namespace satchel {

enum class NotificationKind {
    CoursePublished,
    AttemptGraded,
    Reminder,
    Announcement,
    EnrollmentAdded,
    CertificateReady
};
// "coursePublished", "attemptGraded", "reminder", "announcement", "enrollmentAdded",
// "certificateReady"
std::string_view toString(NotificationKind kind);
std::optional<NotificationKind> parseNotificationKind(std::string_view text);

struct Notification {
    Uuid id;
    Uuid userId;
    NotificationKind kind = NotificationKind::Announcement;
    std::string title;
    std::string body;
    std::optional<Uuid> courseId;
    std::optional<std::uint32_t> courseVersion;  // CoursePublished
    std::optional<Uuid> attemptId;               // AttemptGraded
    std::int64_t createdAtMs = 0;
    std::optional<std::int64_t> readAtMs;
    friend bool operator==(const Notification&, const Notification&) = default;
};

}  // namespace satchel
