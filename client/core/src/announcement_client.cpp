#include "satchel/client/announcement_client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace satchel::client {
namespace {

QString announcementsPath(const Uuid& courseId) {
    return QStringLiteral("/api/v1/courses/%1/announcements")
        .arg(QString::fromStdString(courseId.toString()));
}

int codePoints(const QString& text) {
    return static_cast<int>(text.toUcs4().size());
}

ApiError protocolError(const QString& message) {
    return ApiError{ApiError::Kind::Protocol, 200, {}, message};
}

std::optional<Announcement> announcementOf(const QJsonObject& o) {
    Announcement a;
    a.id = o.value(QStringLiteral("id")).toString();
    const auto course = Uuid::parse(o.value(QStringLiteral("courseId")).toString().toStdString());
    const auto author = Uuid::parse(o.value(QStringLiteral("authorId")).toString().toStdString());
    a.title = o.value(QStringLiteral("title")).toString();
    a.body = o.value(QStringLiteral("body")).toString();
    a.createdAt = o.value(QStringLiteral("createdAt")).toString();
    if (a.id.isEmpty() || !course || !author || a.title.isEmpty())
        return std::nullopt;
    a.courseId = *course;
    a.authorId = *author;
    if (const QJsonValue n = o.value(QStringLiteral("recipients")); n.isDouble())
        a.recipients = n.toInt();
    return a;
}

}  // namespace

std::optional<AnnouncementProblem> checkAnnouncement(const QString& title, const QString& body) {
    using P = AnnouncementProblem;
    if (title.trimmed().isEmpty())
        return P{P::Field::Title, P::Kind::Empty};
    if (codePoints(title) > kMaxAnnouncementTitle)
        return P{P::Field::Title, P::Kind::TooLong};
    if (body.trimmed().isEmpty())
        return P{P::Field::Body, P::Kind::Empty};
    if (codePoints(body) > kMaxAnnouncementBody)
        return P{P::Field::Body, P::Kind::TooLong};
    return std::nullopt;
}

void AnnouncementClient::post(const Uuid& courseId, const QString& title, const QString& body,
                              const QObject* context, ApiClient::Callback<Announcement> done) {
    if (const auto problem = checkAnnouncement(title, body)) {
        const bool isTitle = problem->field == AnnouncementProblem::Field::Title;
        done(fail(ApiError{ApiError::Kind::Rejected, 0, "invalid_field",
                           isTitle ? QStringLiteral("title") : QStringLiteral("body")}));
        return;
    }
    const QJsonObject payload{{QStringLiteral("title"), title}, {QStringLiteral("body"), body}};
    api_.authenticatedRequest(
        "POST", announcementsPath(courseId), QJsonDocument(payload).toJson(QJsonDocument::Compact),
        context, [done = std::move(done)](ApiResult<QByteArray> reply) {
            if (!reply) {
                done(fail(reply.error()));
                return;
            }
            const auto made = announcementOf(QJsonDocument::fromJson(*reply).object());
            if (!made) {
                done(fail(protocolError(QStringLiteral("the announcement answer is malformed"))));
                return;
            }
            done(*made);
        });
}

void AnnouncementClient::list(const Uuid& courseId, const QObject* context,
                              ApiClient::Callback<std::vector<Announcement>> done) {
    api_.authenticatedRequest(
        "GET", announcementsPath(courseId), {}, context,
        [done = std::move(done)](ApiResult<QByteArray> reply) {
            if (!reply) {
                done(fail(reply.error()));
                return;
            }
            const QJsonValue items =
                QJsonDocument::fromJson(*reply).object().value(QStringLiteral("announcements"));
            if (!items.isArray()) {
                done(fail(protocolError(QStringLiteral("no announcements array in the answer"))));
                return;
            }
            std::vector<Announcement> out;
            for (const QJsonValue& item : items.toArray()) {
                auto a = announcementOf(item.toObject());
                if (!a) {
                    done(fail(protocolError(QStringLiteral("a malformed announcement"))));
                    return;
                }
                a->recipients = -1;
                out.push_back(std::move(*a));
            }
            done(std::move(out));
        });
}

}  // namespace satchel::client
