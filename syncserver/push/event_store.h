#pragma once
// The push module's repository: creating per-user events inside a caller's transaction, and
// reading them back for delivery. The SQL functions behind it are in
// db/migrations/0020_push_events.sql; see there for why a user's events commit in sequence
// order.
//
// Other modules create events in the transaction that makes the change they describe, so an
// event exists exactly when the change does:
//
//     Transaction tx(*conn);
//     ... grade the attempt ...
//     createPushEvent(*conn, studentId, push_kind::kQuizGraded, {{"attempt_id", id}, {"score",
//     s}}); tx.commit();   // the event becomes visible and every instance is notified
//
// Enrollment and publication events are created by database triggers (same migration), so
// the enroll and publish routes need no code for them.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "db/connection.h"

namespace satchel::server {

// Event kinds on the wire ("kind" of an event message).
namespace push_kind {
inline constexpr std::string_view kCourseVersionPublished = "course.version_published";
inline constexpr std::string_view kQuizGraded = "quiz.graded";
inline constexpr std::string_view kEnrollmentAdded = "enrollment.added";
inline constexpr std::string_view kCourseAnnouncement = "course.announcement";
inline constexpr std::string_view kCertificateReady = "certificate.ready";
inline constexpr std::string_view kCourseReminder = "course.reminder";
}  // namespace push_kind

// Creates one event for `userId`; returns its sequence number (1, 2, ... per user). Throws
// DatabaseError / DatabaseUnavailable like any statement; the event vanishes with a rollback.
long long createPushEvent(PgConnection& conn, const std::string& userId, std::string_view kind,
                          const nlohmann::json& data);

// Creates the same event for every user enrolled in `courseId` except `exceptUserId`; returns
// how many users got one.
int createCourseEvent(PgConnection& conn, const std::string& courseId, std::string_view kind,
                      const nlohmann::json& data,
                      const std::optional<std::string>& exceptUserId = {});

// The highest sequence number `userId` has (0 when none).
long long latestPushSeq(PgConnection& conn, const std::string& userId);

// One stored event, rendered as the message a client receives:
// {"type":"event","id":7,"notification_id":"<uuid>","kind":"quiz.graded","title":"Quiz graded",
//  "body":"Forces: 4 of 5 points, passed.","data":{...},"created_at":"2026-...Z"}
// notification_id, title and body are those the sync pull delivers for the same event (one
// store, db/migrations/0050), so a client stores both by notification_id.
struct StoredPushEvent {
    long long seq = 0;
    std::string message;
};

// What one subscriber still needs: events of `userId` after `afterSeq`.
struct PushCursor {
    std::string userId;
    long long afterSeq = 0;
};

// For each cursor, in order, its next events (at most `pageSize`, ascending). One round trip
// for any number of cursors.
std::vector<std::vector<StoredPushEvent>> fetchPushEvents(PgConnection& conn,
                                                          const std::vector<PushCursor>& cursors,
                                                          int pageSize);

// The message of event `seq` with `notificationId` whose remaining fields are `tail` (what
// fetchPushEventTail returns). fetchPushEvents renders every event through it, so a message
// built from a broadcast's template is byte for byte the one a fetch would give.
std::string renderPushEventMessage(long long seq, std::string_view notificationId,
                                   std::string_view tail);

// The rendered fields after the notification id (kind, title, body, data, created_at) of one
// stored event; nullopt when it does not exist (any more). Every recipient of a course
// broadcast has the same ones (db/migrations/0070), so one read serves them all.
std::optional<std::string> fetchPushEventTail(PgConnection& conn, const std::string& userId,
                                              long long seq);

}  // namespace satchel::server
