// LocalStore: the outbox of local changes waiting for the server.
#include <QSqlQuery>

#include "satchel/client/local_store.h"
#include "sql_support.h"

namespace satchel::client {

using detail::idText;
using detail::queryError;

namespace {

StoreResult<std::vector<OutboxEntry>> readEntries(QSqlQuery& query) {
    std::vector<OutboxEntry> entries;
    while (query.next()) {
        OutboxEntry entry;
        entry.seq = query.value(0).toLongLong();
        auto id = Uuid::parse(query.value(1).toString().toStdString());
        if (!id) {
            return fail(StoreError{StoreError::Kind::Corrupt,
                                   QStringLiteral("outbox %1 has no valid id").arg(entry.seq)});
        }
        entry.id = *id;
        entry.kind = query.value(2).toString() == QLatin1String("attempt")
                         ? OutboxEntry::Kind::Attempt
                         : OutboxEntry::Kind::Progress;
        entry.payload = query.value(3).toByteArray().toStdString();
        entry.createdAtMs = query.value(4).toLongLong();
        if (!query.value(5).isNull()) {
            entry.rejectReason = parseRejectReason(query.value(5).toString().toStdString());
            entry.rejectMessage = query.value(6).toString().toStdString();
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

const QString kColumns =
    QStringLiteral("seq, id, kind, payload, created_at_ms, reason, message FROM outbox");

}  // namespace

StoreResult<std::vector<OutboxEntry>> LocalStore::pendingOutbox(int limit) {
    assertOwningThread();
    QSqlQuery query(db_);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(" WHERE status = 'pending' ORDER BY seq LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return fail(queryError(QStringLiteral("reading the outbox"), query));
    return readEntries(query);
}

StoreResult<std::int64_t> LocalStore::pendingCount() {
    assertOwningThread();
    QSqlQuery query(db_);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'pending'")) ||
        !query.next()) {
        return fail(queryError(QStringLiteral("counting the outbox"), query));
    }
    return static_cast<std::int64_t>(query.value(0).toLongLong());
}

StoreResult<std::vector<OutboxEntry>> LocalStore::rejectedOutbox() {
    assertOwningThread();
    QSqlQuery query(db_);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + kColumns +
                    QStringLiteral(" WHERE status = 'rejected' ORDER BY seq"))) {
        return fail(queryError(QStringLiteral("reading rejected entries"), query));
    }
    return readEntries(query);
}

StoreResult<void> LocalStore::applyAcks(const std::vector<EventAck>& acks) {
    assertOwningThread();
    if (acks.empty())
        return {};
    detail::Transaction txn(db_);
    if (!txn.begun())
        return txn.begun();
    QSqlQuery remove(db_);
    QSqlQuery reject(db_);
    remove.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    reject.prepare(QStringLiteral(
        "UPDATE outbox SET status = 'rejected', reason = ?, message = ? WHERE id = ?"));
    for (const EventAck& ack : acks) {
        QSqlQuery& q = ack.status == AckStatus::Rejected ? reject : remove;
        if (ack.status == AckStatus::Rejected) {
            const std::string_view reason = toString(ack.reason.value_or(RejectReason::Invalid));
            q.bindValue(0,
                        QString::fromLatin1(reason.data(), static_cast<qsizetype>(reason.size())));
            q.bindValue(1, QString::fromStdString(ack.message));
            q.bindValue(2, idText(ack.id));
        } else {
            q.bindValue(0, idText(ack.id));
        }
        if (!q.exec()) {
            return fail(
                queryError(QStringLiteral("recording the ack of %1").arg(idText(ack.id)), q));
        }
    }
    return txn.commit();
}

}  // namespace satchel::client
