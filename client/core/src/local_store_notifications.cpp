// LocalStore: notifications that arrived over the push channel, read state and the channel's
// resume point. Pulled notifications land in the same `notification` table (applyPull), keyed
// by the same id, so a notification seen both ways is stored once.
#include <QSqlQuery>

#include "satchel/client/local_store.h"
#include "satchel/protocol/codec.h"
#include "sql_support.h"

namespace satchel::client {

using detail::bytes;
using detail::idText;
using detail::queryError;

namespace {
const QString kLastPushEventKey = QStringLiteral("push_last_event_id");
}

StoreResult<bool> LocalStore::storePushedNotification(const Notification* notification,
                                                      std::int64_t eventId,
                                                      const std::string& eventKind,
                                                      const std::string& eventDataJson) {
    assertOwningThread();
    detail::Transaction txn(db_);
    if (!txn.begun())
        return fail(txn.begun().error());
    bool inserted = false;
    if (notification) {
        const QString id = idText(notification->id);
        QSqlQuery insert(db_);
        insert.prepare(
            QStringLiteral("INSERT INTO notification (id, payload, created_at_ms, read_at_ms) "
                           "VALUES (?, ?, ?, NULL) ON CONFLICT (id) DO NOTHING"));
        insert.addBindValue(id);
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
    auto last = lastPushEventId();
    if (!last)
        return fail(last.error());
    if (!*last || **last < eventId) {
        if (auto written = writeMeta(kLastPushEventKey, QString::number(eventId)); !written)
            return fail(written.error());
    }
    if (auto committed = txn.commit(); !committed)
        return fail(committed.error());
    return inserted;
}

StoreResult<std::optional<std::int64_t>> LocalStore::lastPushEventId() {
    assertOwningThread();
    auto text = readMeta(kLastPushEventKey);
    if (!text)
        return fail(text.error());
    if (!text->has_value())
        return std::optional<std::int64_t>{};
    bool ok = false;
    const qint64 id = QString::fromStdString(**text).toLongLong(&ok);
    if (!ok || id <= 0) {
        return fail(
            StoreError{StoreError::Kind::Corrupt,
                       QStringLiteral("meta %1 is not an event id").arg(kLastPushEventKey)});
    }
    return std::optional<std::int64_t>(id);
}

StoreResult<std::int64_t> LocalStore::unreadNotificationCount() {
    assertOwningThread();
    QSqlQuery query(db_);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM notification WHERE read_at_ms IS NULL")) ||
        !query.next()) {
        return fail(queryError(QStringLiteral("counting unread notifications"), query));
    }
    return static_cast<std::int64_t>(query.value(0).toLongLong());
}

StoreResult<void> LocalStore::markNotificationRead(const Uuid& id, std::int64_t atMs) {
    assertOwningThread();
    QSqlQuery query(db_);
    query.prepare(QStringLiteral(
        "UPDATE notification SET read_at_ms = ? WHERE id = ? AND read_at_ms IS NULL"));
    query.addBindValue(static_cast<qint64>(atMs));
    query.addBindValue(idText(id));
    if (!query.exec())
        return fail(
            queryError(QStringLiteral("marking notification %1 read").arg(idText(id)), query));
    return {};
}

StoreResult<void> LocalStore::markAllNotificationsRead(std::int64_t atMs) {
    assertOwningThread();
    QSqlQuery query(db_);
    query.prepare(
        QStringLiteral("UPDATE notification SET read_at_ms = ? WHERE read_at_ms IS NULL"));
    query.addBindValue(static_cast<qint64>(atMs));
    if (!query.exec())
        return fail(queryError(QStringLiteral("marking notifications read"), query));
    return {};
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
