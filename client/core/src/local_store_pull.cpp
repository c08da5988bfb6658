// LocalStore: applying what the server sent since the pull cursor.
#include <QDateTime>
#include <QSqlQuery>

#include "satchel/client/local_store.h"
#include "satchel/protocol/codec.h"
#include "sql_support.h"

namespace satchel::client {

using detail::bytes;
using detail::idText;
using detail::queryError;

StoreResult<void> LocalStore::applyPull(const PullResponse& page) {
    assertOwningThread();
    detail::Transaction txn(db_);
    if (!txn.begun())
        return txn.begun();

    Hlc highest = lastHlc_;
    if (auto merged = mergeIntoLessons(page.events, QDateTime::currentMSecsSinceEpoch()); !merged) {
        return merged;
    }
    for (const ProgressEvent& e : page.events)
        highest = std::max(highest, e.hlc);
    // Attempts before grades: a page may carry an attempt and its grade together.
    for (const QuizAttempt& attempt : page.attempts) {
        if (auto inserted = insertAttempt(attempt); !inserted)
            return fail(inserted.error());
        highest = std::max(highest, attempt.hlc);
    }
    for (const AttemptGrade& grade : page.grades) {
        if (auto stored = storeGrade(grade); !stored)
            return stored;
    }
    QSqlQuery notification(db_);
    notification.prepare(QStringLiteral(
        "INSERT INTO notification (id, payload, created_at_ms, read_at_ms) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET read_at_ms = coalesce(notification.read_at_ms, "
        "excluded.read_at_ms)"));
    for (const Notification& n : page.notifications) {
        notification.bindValue(0, idText(n.id));
        notification.bindValue(1, bytes(encode(n)));
        notification.bindValue(2, static_cast<qint64>(n.createdAtMs));
        notification.bindValue(
            3, n.readAtMs ? QVariant(static_cast<qint64>(*n.readAtMs)) : QVariant());
        if (!notification.exec()) {
            return fail(queryError(QStringLiteral("storing notification %1").arg(idText(n.id)),
                                   notification));
        }
    }
    QSqlQuery version(db_);
    version.prepare(
        QStringLiteral("INSERT OR IGNORE INTO course_version (course_id, version, manifest_sha256, "
                       "published_at_ms) VALUES (?, ?, ?, ?)"));
    for (const CourseVersion& v : page.courseVersions) {
        version.bindValue(0, idText(v.courseId));
        version.bindValue(1, static_cast<qint64>(v.number));
        version.bindValue(2, QString::fromStdString(v.manifestSha256));
        version.bindValue(3, static_cast<qint64>(v.publishedAtMs));
        if (!version.exec()) {
            return fail(queryError(QStringLiteral("storing a course version"), version));
        }
    }
    if (auto stored = storeLastHlc(highest); !stored)
        return stored;
    if (auto cursor = writeMeta(QStringLiteral("pull_cursor"), QString::fromStdString(page.cursor));
        !cursor) {
        return cursor;
    }
    if (auto committed = txn.commit(); !committed)
        return committed;
    lastHlc_ = highest;
    return {};
}

StoreResult<std::vector<Notification>> LocalStore::notifications(int limit) {
    assertOwningThread();
    QSqlQuery query(db_);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, payload, read_at_ms FROM notification "
                       "ORDER BY created_at_ms DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return fail(queryError(QStringLiteral("reading notifications"), query));
    std::vector<Notification> out;
    while (query.next()) {
        const QByteArray payload = query.value(1).toByteArray();
        auto n =
            decode<Notification>({payload.constData(), static_cast<std::size_t>(payload.size())});
        if (!n) {
            return fail(StoreError{
                StoreError::Kind::Corrupt,
                QStringLiteral("notification %1 does not decode").arg(query.value(0).toString())});
        }
        // The read_at_ms column is the read state (marked here or pulled); the payload keeps
        // the notification as it arrived.
        const QVariant readAt = query.value(2);
        n->readAtMs =
            readAt.isNull() ? std::nullopt : std::optional<std::int64_t>(readAt.toLongLong());
        out.push_back(std::move(*n));
    }
    return out;
}

}  // namespace satchel::client
