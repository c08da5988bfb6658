// LocalStore: notifications that arrived over the push channel, read state (and the reads
// waiting to be sent to the server) and the channel's resume point, all per account (local
// migration 6). Pulled notifications land in the same `notification` table (applyPull), keyed
// by the same id, so a notification seen both ways is stored once.
#include <QSqlQuery>
#include <QStringList>

#include "satchel/client/local_store.h"
#include "satchel/protocol/codec.h"
#include "sql_support.h"

namespace satchel::client {

using detail::bytes;
using detail::idText;
using detail::queryError;

StoreResult<std::vector<Notification>> LocalStore::notifications(const Uuid& accountId, int limit) {
    assertOwningThread();
    QSqlQuery query(db_);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, payload, read_at_ms FROM notification WHERE account_id = ? "
                       "ORDER BY created_at_ms DESC, id DESC LIMIT ?"));
    query.addBindValue(idText(accountId));
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
        // The read_at_ms column is the read state (marked here or learnt from the server); the
        // payload keeps the notification as it arrived.
        const QVariant readAt = query.value(2);
        n->readAtMs =
            readAt.isNull() ? std::nullopt : std::optional<std::int64_t>(readAt.toLongLong());
        out.push_back(std::move(*n));
    }
    return out;
}

StoreResult<bool> LocalStore::storePushedNotification(const Uuid& accountId,
                                                      const Notification* notification,
                                                      std::int64_t eventId,
                                                      const std::string& eventKind,
                                                      const std::string& eventDataJson) {
    assertOwningThread();
    if (notification && notification->userId != accountId) {
        return fail(StoreError{StoreError::Kind::Invalid,
                               QStringLiteral("notification %1 is for another account")
                                   .arg(idText(notification->id))});
    }
    detail::Transaction txn(db_);
    if (!txn.begun())
        return fail(txn.begun().error());
    bool inserted = false;
    if (notification) {
        const QString id = idText(notification->id);
        QSqlQuery insert(db_);
        insert.prepare(QStringLiteral(
            "INSERT INTO notification (id, account_id, payload, created_at_ms, read_at_ms) "
            "VALUES (?, ?, ?, ?, NULL) ON CONFLICT (id) DO NOTHING"));
        insert.addBindValue(id);
        insert.addBindValue(idText(accountId));
        insert.addBindValue(bytes(encode(*notification)));
        insert.addBindValue(static_cast<qint64>(notification->createdAtMs));
        if (!insert.exec())
            return fail(queryError(QStringLiteral("storing notification %1").arg(id), insert));
        inserted = insert.numRowsAffected() > 0;
        QSqlQuery event(db_);
        event.prepare(
            QStringLiteral("INSERT INTO notification_event (notification_id, event_id, kind, data) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (notification_id) DO NOTHING"));
        event.addBindValue(id);
        event.addBindValue(static_cast<qint64>(eventId));
        event.addBindValue(QString::fromStdString(eventKind));
        event.addBindValue(bytes(eventDataJson));
        if (!event.exec())
            return fail(
                queryError(QStringLiteral("storing the event of notification %1").arg(id), event));
    }
    // Only forward: a replayed older event must not move the resume point back.
    QSqlQuery resume(db_);
    resume.prepare(QStringLiteral(
        "INSERT INTO push_resume (account_id, last_event_id) VALUES (?, ?) ON CONFLICT "
        "(account_id) DO UPDATE SET last_event_id = max(last_event_id, excluded.last_event_id)"));
    resume.addBindValue(idText(accountId));
    resume.addBindValue(static_cast<qint64>(eventId));
    if (!resume.exec())
        return fail(queryError(QStringLiteral("storing the push resume point"), resume));
    if (auto committed = txn.commit(); !committed)
        return fail(committed.error());
    return inserted;
}

StoreResult<std::optional<std::int64_t>> LocalStore::lastPushEventId(const Uuid& accountId) {
    assertOwningThread();
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("SELECT last_event_id FROM push_resume WHERE account_id = ?"));
    query.addBindValue(idText(accountId));
    if (!query.exec())
        return fail(queryError(QStringLiteral("reading the push resume point"), query));
    if (!query.next())
        return std::optional<std::int64_t>{};
    return std::optional<std::int64_t>(query.value(0).toLongLong());
}

StoreResult<std::int64_t> LocalStore::unreadNotificationCount(const Uuid& accountId) {
    assertOwningThread();
    QSqlQuery query(db_);
    query.prepare(QStringLiteral(
        "SELECT count(*) FROM notification WHERE account_id = ? AND read_at_ms IS NULL"));
    query.addBindValue(idText(accountId));
    if (!query.exec() || !query.next())
        return fail(queryError(QStringLiteral("counting unread notifications"), query));
    return static_cast<std::int64_t>(query.value(0).toLongLong());
}

StoreResult<void> LocalStore::markNotificationRead(const Uuid& accountId, const Uuid& id,
                                                   std::int64_t atMs) {
    assertOwningThread();
    QSqlQuery query(db_);
    query.prepare(
        QStringLiteral("UPDATE notification SET read_at_ms = ?, read_pending = 1 "
                       "WHERE account_id = ? AND id = ? AND read_at_ms IS NULL"));
    query.addBindValue(static_cast<qint64>(atMs));
    query.addBindValue(idText(accountId));
    query.addBindValue(idText(id));
    if (!query.exec())
        return fail(
            queryError(QStringLiteral("marking notification %1 read").arg(idText(id)), query));
    return {};
}

StoreResult<void> LocalStore::markAllNotificationsRead(const Uuid& accountId, std::int64_t atMs) {
    assertOwningThread();
    QSqlQuery query(db_);
    query.prepare(
        QStringLiteral("UPDATE notification SET read_at_ms = ?, read_pending = 1 "
                       "WHERE account_id = ? AND read_at_ms IS NULL"));
    query.addBindValue(static_cast<qint64>(atMs));
    query.addBindValue(idText(accountId));
    if (!query.exec())
        return fail(queryError(QStringLiteral("marking notifications read"), query));
    return {};
}

StoreResult<std::vector<Uuid>> LocalStore::pendingNotificationReads(const Uuid& accountId,
                                                                    int limit) {
    assertOwningThread();
    QSqlQuery query(db_);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id FROM notification WHERE account_id = ? AND read_pending = 1 "
                       "ORDER BY read_at_ms, id LIMIT ?"));
    query.addBindValue(idText(accountId));
    query.addBindValue(limit);
    if (!query.exec())
        return fail(queryError(QStringLiteral("reading reads to send"), query));
    std::vector<Uuid> ids;
    while (query.next()) {
        const auto id = Uuid::parse(query.value(0).toString().toStdString());
        if (!id) {
            return fail(StoreError{
                StoreError::Kind::Corrupt,
                QStringLiteral("notification id %1 is not a UUID").arg(query.value(0).toString())});
        }
        ids.push_back(*id);
    }
    return ids;
}

namespace {
// "?, ?, ?" for an IN list of n values.
QString placeholders(std::size_t n) {
    QStringList marks;
    for (std::size_t i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}
}  // namespace

StoreResult<void> LocalStore::confirmNotificationReads(const Uuid& accountId,
                                                       const std::vector<Uuid>& ids) {
    assertOwningThread();
    if (ids.empty())
        return {};
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("UPDATE notification SET read_pending = 0 "
                                 "WHERE account_id = ? AND id IN (%1)")
                      .arg(placeholders(ids.size())));
    query.addBindValue(idText(accountId));
    for (const Uuid& id : ids)
        query.addBindValue(idText(id));
    if (!query.exec())
        return fail(queryError(QStringLiteral("recording reads the server accepted"), query));
    return {};
}

StoreResult<int> LocalStore::applyNotificationReads(const Uuid& accountId,
                                                    const std::vector<Uuid>& ids,
                                                    std::int64_t atMs) {
    assertOwningThread();
    if (ids.empty())
        return 0;
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("UPDATE notification SET read_at_ms = coalesce(read_at_ms, ?), "
                                 "read_pending = 0 WHERE account_id = ? AND id IN (%1) "
                                 "AND (read_at_ms IS NULL OR read_pending = 1)")
                      .arg(placeholders(ids.size())));
    query.addBindValue(static_cast<qint64>(atMs));
    query.addBindValue(idText(accountId));
    for (const Uuid& id : ids)
        query.addBindValue(idText(id));
    if (!query.exec())
        return fail(queryError(QStringLiteral("applying reads from the server"), query));
    return query.numRowsAffected();
}

namespace {
QString sessionAccountKey(const QString& server) {
    return QStringLiteral("session_account:") + server;
}
}  // namespace

StoreResult<void> LocalStore::saveSessionAccount(const QString& server, const Uuid& accountId) {
    assertOwningThread();
    return writeMeta(sessionAccountKey(server), idText(accountId));
}

StoreResult<std::optional<Uuid>> LocalStore::sessionAccount(const QString& server) {
    assertOwningThread();
    auto text = readMeta(sessionAccountKey(server));
    if (!text)
        return fail(text.error());
    if (!text->has_value())
        return std::optional<Uuid>{};
    const auto id = Uuid::parse(**text);
    if (!id) {
        return fail(StoreError{
            StoreError::Kind::Corrupt,
            QStringLiteral("meta %1 is not an account id").arg(sessionAccountKey(server))});
    }
    return std::optional<Uuid>(*id);
}

StoreResult<std::optional<LocalStore::NotificationEvent>> LocalStore::notificationEvent(
    const Uuid& id) {
    assertOwningThread();
    QSqlQuery query(db_);
    query.prepare(QStringLiteral(
        "SELECT event_id, kind, data FROM notification_event WHERE notification_id = ?"));
    query.addBindValue(idText(id));
    if (!query.exec())
        return fail(queryError(
            QStringLiteral("reading the event of notification %1").arg(idText(id)), query));
    if (!query.next())
        return std::optional<NotificationEvent>{};
    return std::optional<NotificationEvent>(
        NotificationEvent{query.value(0).toLongLong(), query.value(1).toString().toStdString(),
                          query.value(2).toByteArray().toStdString()});
}

}  // namespace satchel::client
