#pragma once
// AnnouncementClient: an instructor's announcement to a course (POST
// /api/v1/courses/{id}/announcements), which the server stores and delivers to every enrolled
// student as a "course.announcement" push event; and the course's list of announcements.
// Only the course's owner or an admin may post (others: ApiError::Kind::Forbidden).
// Asynchronous with ApiClient's contract.

#include <QMetaType>
#include <QString>
#include <optional>
#include <vector>

#include "satchel/client/api_client.h"

namespace satchel::client {

struct Announcement {
    QString id;
    Uuid courseId;
    QString title;
    QString body;
    Uuid authorId;
    QString createdAt;    // ISO 8601, UTC
    int recipients = -1;  // students the push went to; -1 in a listing (not reported there)
};

// The server's limits, counted in Unicode code points.
inline constexpr int kMaxAnnouncementTitle = 200;
inline constexpr int kMaxAnnouncementBody = 8000;

struct AnnouncementProblem {
    enum class Field { Title, Body };
    enum class Kind { Empty, TooLong };
    Field field;
    Kind kind;
};

// What the server would refuse in this announcement, checked before sending (nullopt: fine).
// Blank text (only white space) counts as empty.
std::optional<AnnouncementProblem> checkAnnouncement(const QString& title, const QString& body);

class AnnouncementClient {
public:
    explicit AnnouncementClient(ApiClient& api) : api_(api) {}

    // Posts it; an announcement checkAnnouncement() refuses fails at once with Kind::Rejected
    // and code "invalid_field", without a request.
    void post(const Uuid& courseId, const QString& title, const QString& body,
              const QObject* context, ApiClient::Callback<Announcement> done);
    // The course's latest announcements (at most 100), newest first. Anyone who may see the
    // course may read them.
    void list(const Uuid& courseId, const QObject* context,
              ApiClient::Callback<std::vector<Announcement>> done);

private:
    ApiClient& api_;
};

}  // namespace satchel::client

Q_DECLARE_METATYPE(satchel::client::Announcement)
