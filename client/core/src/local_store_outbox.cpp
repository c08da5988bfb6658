// LocalStore: the outbox of local changes waiting for the server.
#include <QSqlQuery>

#include "satchel/client/local_store.h"
#include "satchel/protocol/codec.h"
#include "sql_support.h"

namespace satchel::client {

using detail::idText;
using detail::queryError;

namespace {

StoreError corrupt(std::int64_t seq, const char* what) {
    return {StoreError::Kind::Corrupt,
            QStringLiteral("outbox entry %1: %2").arg(seq).arg(QLatin1String(what))};
}

// Columns: 0 seq, 1 id, 2 kind, 3 course_id, 4 lesson_id, 5 event_kind, 6 hlc, 7 start_ms,
// 8 end_ms, 9 duration_ms, 10 position_ms, 11 total_ms, 12 created_at_ms, 13 reason,
// 14 message, 15 the attempt's payload (NULL before schema 2).
StoreResult<OutboxEntry> readEntry(const QSqlQuery& q, const Uuid& deviceId) {
    OutboxEntry entry;
    entry.seq = q.value(0).toLongLong();
    auto id = Uuid::parse(q.value(1).toString().toStdString());
    if (!id)
        return fail(corrupt(entry.seq, "invalid id"));
    entry.id = *id;
    entry.createdAtMs = q.value(12).toLongLong();
    if (!q.value(13).isNull()) {
        entry.rejectReason = parseRejectReason(q.value(13).toString().toStdString());
        entry.rejectMessage = q.value(14).toString().toStdString();
    }
    if (q.value(2).toString() == QLatin1String("attempt")) {
        entry.kind = OutboxEntry::Kind::Attempt;
        const QByteArray payload = q.value(15).toByteArray();
        auto attempt =
            decode<QuizAttempt>({payload.constData(), static_cast<std::size_t>(payload.size())});
        if (!attempt)
            return fail(corrupt(entry.seq, "the attempt does not decode"));
        entry.attempt = std::move(*attempt);
        return entry;
    }
    ProgressEvent e;
    e.id = entry.id;
    auto course = Uuid::parse(q.value(3).toString().toStdString());
    auto lesson = Uuid::parse(q.value(4).toString().toStdString());
    auto kind = parseProgressKind(q.value(5).toString().toStdString());
    if (!course || !lesson || !kind)
        return fail(corrupt(entry.seq, "invalid progress fields"));
    e.courseId = *course;
    e.lessonId = *lesson;
    e.deviceId = deviceId;  // the outbox holds this device's events only
    e.kind = *kind;
    e.hlc = Hlc::fromPacked(q.value(6).toULongLong());
    e.startMs = q.value(7).toULongLong();
    e.endMs = q.value(8).toULongLong();
    e.durationMs = q.value(9).toULongLong();
    e.positionMs = q.value(10).toULongLong();
    e.totalMs = q.value(11).toULongLong();
    entry.progress = e;
    return entry;
}

}  // namespace

StoreResult<std::vector<OutboxEntry>> LocalStore::readOutbox(const QString& status, int limit) {
    const QString attemptPayload = schemaVersion_ >= 2 ? QStringLiteral(
                                                             "a.payload FROM outbox o LEFT JOIN "
                                                             "quiz_attempt a ON a.id = o.id")
                                                       : QStringLiteral("NULL FROM outbox o");
    QSqlQuery query(db_);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT o.seq, o.id, o.kind, o.course_id, o.lesson_id, o.event_kind, o.hlc, "
                       "o.start_ms, o.end_ms, o.duration_ms, o.position_ms, o.total_ms, "
                       "o.created_at_ms, o.reason, o.message, ") +
        attemptPayload + QStringLiteral(" WHERE o.status = ? ORDER BY o.seq LIMIT ?"));
    query.addBindValue(status);
    query.addBindValue(limit);
    if (!query.exec())
        return fail(queryError(QStringLiteral("reading the outbox"), query));
    std::vector<OutboxEntry> entries;
    while (query.next()) {
        auto entry = readEntry(query, deviceId_);
        if (!entry)
            return fail(entry.error());
        entries.push_back(std::move(*entry));
    }
    return entries;
}

StoreResult<std::vector<OutboxEntry>> LocalStore::pendingOutbox(int limit) {
    assertOwningThread();
    return readOutbox(QStringLiteral("pending"), limit);
}

StoreResult<std::vector<OutboxEntry>> LocalStore::rejectedOutbox() {
    assertOwningThread();
    return readOutbox(QStringLiteral("rejected"), -1);  // LIMIT -1: no limit
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
