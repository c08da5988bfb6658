// LocalStore: quiz attempts (immutable) and the server's grades for them.
#include <QDateTime>
#include <QSqlQuery>

#include "satchel/client/local_store.h"
#include "satchel/protocol/codec.h"
#include "sql_support.h"

namespace satchel::client {

using detail::bytes;
using detail::idText;
using detail::queryError;

StoreResult<bool> LocalStore::insertAttempt(const QuizAttempt& attempt) {
    QSqlQuery query(db_);
    query.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO quiz_attempt (id, course_id, lesson_id, payload, submitted_at_ms) "
        "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(idText(attempt.id));
    query.addBindValue(idText(attempt.courseId));
    query.addBindValue(idText(attempt.lessonId));
    query.addBindValue(bytes(encode(attempt)));
    query.addBindValue(static_cast<qint64>(attempt.submittedAtMs));
    if (!query.exec()) {
        return fail(
            queryError(QStringLiteral("storing attempt %1").arg(idText(attempt.id)), query));
    }
    return query.numRowsAffected() > 0;
}

StoreResult<void> LocalStore::storeGrade(const AttemptGrade& grade) {
    // The latest grading wins; an older grade arriving late changes nothing. A grade for an
    // attempt this device has not seen yet is kept by the server and arrives again with it.
    QSqlQuery query(db_);
    query.prepare(
        QStringLiteral("UPDATE quiz_attempt SET grade = ?, graded_at_ms = ? "
                       "WHERE id = ? AND (graded_at_ms IS NULL OR graded_at_ms <= ?)"));
    query.addBindValue(bytes(encode(grade)));
    query.addBindValue(static_cast<qint64>(grade.gradedAtMs));
    query.addBindValue(idText(grade.attemptId));
    query.addBindValue(static_cast<qint64>(grade.gradedAtMs));
    if (!query.exec()) {
        return fail(queryError(
            QStringLiteral("storing the grade of %1").arg(idText(grade.attemptId)), query));
    }
    return {};
}

StoreResult<void> LocalStore::queueAttempt(const Uuid& attemptId, std::int64_t nowMs) {
    QSqlQuery query(db_);
    query.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO outbox (id, kind, created_at_ms) VALUES (?, 'attempt', ?)"));
    query.addBindValue(idText(attemptId));
    query.addBindValue(static_cast<qint64>(nowMs));
    if (!query.exec()) {
        return fail(
            queryError(QStringLiteral("queueing attempt %1").arg(idText(attemptId)), query));
    }
    return {};
}

StoreResult<void> LocalStore::recordAttempt(const QuizAttempt& attempt) {
    assertOwningThread();
    detail::Transaction txn(db_);
    if (!txn.begun())
        return txn.begun();
    auto inserted = insertAttempt(attempt);
    if (!inserted)
        return fail(inserted.error());
    if (*inserted) {
        auto queued = queueAttempt(attempt.id, QDateTime::currentMSecsSinceEpoch());
        if (!queued)
            return queued;
    }
    if (auto stored = storeLastHlc(attempt.hlc); !stored)
        return stored;
    if (auto committed = txn.commit(); !committed)
        return committed;
    lastHlc_ = std::max(lastHlc_, attempt.hlc);
    return {};
}

StoreResult<std::vector<StoredAttempt>> LocalStore::attempts(const Uuid& lessonId) {
    assertOwningThread();
    QSqlQuery query(db_);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, payload, grade FROM quiz_attempt WHERE lesson_id = ? ORDER BY "
                       "submitted_at_ms"));
    query.addBindValue(idText(lessonId));
    if (!query.exec())
        return fail(queryError(QStringLiteral("reading attempts"), query));
    std::vector<StoredAttempt> out;
    while (query.next()) {
        const QByteArray payload = query.value(1).toByteArray();
        auto attempt =
            decode<QuizAttempt>({payload.constData(), static_cast<std::size_t>(payload.size())});
        if (!attempt) {
            return fail(StoreError{StoreError::Kind::Corrupt,
                                   QStringLiteral("attempt %1: %2")
                                       .arg(query.value(0).toString(),
                                            QString::fromStdString(attempt.error().describe()))});
        }
        StoredAttempt stored{std::move(*attempt), std::nullopt};
        if (!query.value(2).isNull()) {
            const QByteArray gradeText = query.value(2).toByteArray();
            auto grade = decode<AttemptGrade>(
                {gradeText.constData(), static_cast<std::size_t>(gradeText.size())});
            if (!grade) {
                return fail(StoreError{
                    StoreError::Kind::Corrupt,
                    QStringLiteral("grade of %1 does not decode").arg(query.value(0).toString())});
            }
            stored.grade = std::move(*grade);
        }
        out.push_back(std::move(stored));
    }
    return out;
}

}  // namespace satchel::client
