// LocalStore: recording progress events and reading lessons' merged state.
#include <QDateTime>
#include <QSqlQuery>
#include <algorithm>
#include <map>

#include "lesson_state_codec.h"
#include "outbox_writer.h"
#include "satchel/client/local_store.h"
#include "satchel/protocol/codec.h"
#include "sql_support.h"

namespace satchel::client {

using detail::idText;
using detail::queryError;

namespace {
// The wire names ("watched", ...), made once: this runs for every heartbeat.
const QString& kindText(ProgressKind kind) {
    static const auto make = [](ProgressKind k) {
        const std::string_view text = toString(k);
        return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
    };
    static const QString watched = make(ProgressKind::Watched);
    static const QString resume = make(ProgressKind::Resume);
    static const QString timeSpent = make(ProgressKind::TimeSpent);
    static const QString opened = make(ProgressKind::Opened);
    static const QString completed = make(ProgressKind::Completed);
    switch (kind) {
        case ProgressKind::Watched:
            return watched;
        case ProgressKind::Resume:
            return resume;
        case ProgressKind::TimeSpent:
            return timeSpent;
        case ProgressKind::Opened:
            return opened;
        case ProgressKind::Completed:
            break;
    }
    return completed;
}
}  // namespace

StoreResult<void> LocalStore::recordProgress(std::span<const ProgressEvent> events) {
    assertOwningThread();
    if (events.empty())
        return {};
    for (const ProgressEvent& event : events) {
        if (event.deviceId != deviceId_) {
            return fail(StoreError{StoreError::Kind::Invalid,
                                   QStringLiteral("event %1 belongs to device %2, not this one")
                                       .arg(idText(event.id), idText(event.deviceId))});
        }
    }
    const std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
    detail::Transaction txn(db_);
    if (!txn.begun())
        return txn.begun();

    if (auto merged = mergeIntoLessons(events, nowMs); !merged)
        return merged;
    Hlc highest = lastHlc_;
    for (const ProgressEvent& event : events) {
        if (auto queued = queueProgress(event, nowMs); !queued)
            return queued;
        highest = std::max(highest, event.hlc);
    }
    if (auto stored = storeLastHlc(highest); !stored)
        return stored;
    if (auto committed = txn.commit(); !committed)
        return committed;
    lastHlc_ = highest;
    return {};
}

StoreResult<void> LocalStore::queueProgress(const ProgressEvent& event, std::int64_t nowMs) {
    if (!fastOutboxChecked_) {
        fastOutbox_ = detail::OutboxWriter::forConnection(db_);
        fastOutboxChecked_ = true;
    }
    if (fastOutbox_)
        return fastOutbox_->insert(event, nowMs);
    if (!insertOutbox_) {
        insertOutbox_ = std::make_unique<QSqlQuery>(db_);
        // OR IGNORE: an id already queued (a replayed local write) is not queued twice.
        if (!insertOutbox_->prepare(QStringLiteral(
                "INSERT OR IGNORE INTO outbox (id, kind, course_id, lesson_id, event_kind, hlc, "
                "start_ms, end_ms, duration_ms, position_ms, total_ms, created_at_ms) "
                "VALUES (?, 'progress', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            auto error = queryError(QStringLiteral("preparing the outbox insert"), *insertOutbox_);
            insertOutbox_.reset();
            return fail(error);
        }
    }
    QSqlQuery& q = *insertOutbox_;
    q.bindValue(0, idText(event.id));
    q.bindValue(1, idText(event.courseId));
    q.bindValue(2, idText(event.lessonId));
    q.bindValue(3, kindText(event.kind));
    q.bindValue(4, static_cast<qint64>(event.hlc.packed()));
    q.bindValue(5, static_cast<qint64>(event.startMs));
    q.bindValue(6, static_cast<qint64>(event.endMs));
    q.bindValue(7, static_cast<qint64>(event.durationMs));
    q.bindValue(8, static_cast<qint64>(event.positionMs));
    q.bindValue(9, static_cast<qint64>(event.totalMs));
    q.bindValue(10, static_cast<qint64>(nowMs));
    if (!q.exec()) {
        return fail(queryError(QStringLiteral("queueing %1").arg(idText(event.id)), q));
    }
    return {};
}

StoreResult<void> LocalStore::mergeIntoLessons(std::span<const ProgressEvent> events,
                                               std::int64_t nowMs) {
    // Each lesson is read and written once per batch, however many events it has.
    std::map<Uuid, std::vector<const ProgressEvent*>> byLesson;
    for (const ProgressEvent& e : events)
        byLesson[e.lessonId].push_back(&e);

    if (!selectLesson_) {
        selectLesson_ = std::make_unique<QSqlQuery>(db_);
        selectLesson_->setForwardOnly(true);
        upsertLesson_ = std::make_unique<QSqlQuery>(db_);
        if (!selectLesson_->prepare(
                QStringLiteral("SELECT state FROM lesson_state WHERE lesson_id = ?")) ||
            !upsertLesson_->prepare(QStringLiteral(
                "INSERT INTO lesson_state (lesson_id, course_id, state, updated_at_ms) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (lesson_id) DO UPDATE SET "
                "state = excluded.state, updated_at_ms = excluded.updated_at_ms"))) {
            selectLesson_.reset();
            upsertLesson_.reset();
            return fail(StoreError{StoreError::Kind::Query,
                                   QStringLiteral("preparing the lesson statements")});
        }
    }
    for (const auto& [lessonId, lessonEvents] : byLesson) {
        const QString lessonText = idText(lessonId);
        LessonState state;
        selectLesson_->bindValue(0, lessonText);
        if (!selectLesson_->exec()) {
            return fail(
                queryError(QStringLiteral("reading lesson %1").arg(lessonText), *selectLesson_));
        }
        if (selectLesson_->next()) {
            const QByteArray stored = selectLesson_->value(0).toByteArray();
            auto decoded = detail::decodeLessonState(
                {stored.constData(), static_cast<std::size_t>(stored.size())});
            if (!decoded) {
                selectLesson_->finish();
                return fail(
                    StoreError{StoreError::Kind::Corrupt,
                               QStringLiteral("lesson_state %1 does not decode").arg(lessonText)});
            }
            state = std::move(*decoded);
        }
        selectLesson_->finish();

        bool changed = false;
        for (const ProgressEvent* e : lessonEvents) {
            changed = apply(state, *e) == ApplyEffect::Changed || changed;
        }
        if (!changed)
            continue;
        const std::string encoded = detail::encodeLessonState(state);
        upsertLesson_->bindValue(0, lessonText);
        upsertLesson_->bindValue(1, idText(state.courseId));
        upsertLesson_->bindValue(
            2, QByteArray(encoded.data(), static_cast<qsizetype>(encoded.size())));
        upsertLesson_->bindValue(3, static_cast<qint64>(nowMs));
        if (!upsertLesson_->exec()) {
            return fail(
                queryError(QStringLiteral("writing lesson %1").arg(lessonText), *upsertLesson_));
        }
    }
    return {};
}

StoreResult<std::optional<LessonState>> LocalStore::lessonState(const Uuid& lessonId) {
    assertOwningThread();
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("SELECT state FROM lesson_state WHERE lesson_id = ?"));
    query.addBindValue(idText(lessonId));
    if (!query.exec())
        return fail(queryError(QStringLiteral("reading a lesson"), query));
    if (!query.next())
        return std::optional<LessonState>{};
    const QByteArray stored = query.value(0).toByteArray();
    auto decoded =
        detail::decodeLessonState({stored.constData(), static_cast<std::size_t>(stored.size())});
    if (!decoded) {
        return fail(
            StoreError{StoreError::Kind::Corrupt,
                       QStringLiteral("lesson_state %1 does not decode").arg(idText(lessonId))});
    }
    return std::optional<LessonState>(std::move(*decoded));
}

StoreResult<std::vector<LessonState>> LocalStore::courseProgress(const Uuid& courseId) {
    assertOwningThread();
    QSqlQuery query(db_);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT lesson_id, state FROM lesson_state WHERE course_id = ? ORDER BY lesson_id"));
    query.addBindValue(idText(courseId));
    if (!query.exec())
        return fail(queryError(QStringLiteral("reading a course"), query));
    std::vector<LessonState> lessons;
    while (query.next()) {
        const QByteArray stored = query.value(1).toByteArray();
        auto decoded = detail::decodeLessonState(
            {stored.constData(), static_cast<std::size_t>(stored.size())});
        if (!decoded) {
            return fail(StoreError{
                StoreError::Kind::Corrupt,
                QStringLiteral("lesson_state %1 does not decode").arg(query.value(0).toString())});
        }
        lessons.push_back(std::move(*decoded));
    }
    return lessons;
}

}  // namespace satchel::client
