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
    // Filed under the account the record is for. A read time from the server (read on some
    // device, perhaps this one) also ends a queued read of it here.
    QSqlQuery notification(db_);
    notification.prepare(QStringLiteral(
        "INSERT INTO notification (id, account_id, payload, created_at_ms, read_at_ms) "
        "VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET read_at_ms = coalesce(notification.read_at_ms, "
        "excluded.read_at_ms), read_pending = CASE WHEN excluded.read_at_ms IS NULL "
        "THEN notification.read_pending ELSE 0 END"));
    for (const Notification& n : page.notifications) {
        notification.bindValue(0, idText(n.id));
        notification.bindValue(1, idText(n.userId));
        notification.bindValue(2, bytes(encode(n)));
        notification.bindValue(3, static_cast<qint64>(n.createdAtMs));
        notification.bindValue(
            4, n.readAtMs ? QVariant(static_cast<qint64>(*n.readAtMs)) : QVariant());
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

}  // namespace satchel::client
