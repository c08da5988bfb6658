#include "outbox_writer.h"

#include <QSqlDriver>
#include <QVariant>

#ifdef SATCHEL_HAVE_SQLITE3
#include <sqlite3.h>
#endif

namespace satchel::client::detail {

#ifdef SATCHEL_HAVE_SQLITE3

struct OutboxWriter::Handles {
    sqlite3* db = nullptr;
    sqlite3_stmt* insert = nullptr;
};

std::unique_ptr<OutboxWriter> OutboxWriter::forConnection(QSqlDatabase& db) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    auto handles = std::make_unique<Handles>();
    handles->db = *static_cast<sqlite3* const*>(handle.data());
    if (!handles->db)
        return nullptr;
    const char* sql =
        "INSERT OR IGNORE INTO outbox (id, kind, course_id, lesson_id, event_kind, hlc, start_ms, "
        "end_ms, duration_ms, position_ms, total_ms, created_at_ms) "
        "VALUES (?, 'progress', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    if (sqlite3_prepare_v2(handles->db, sql, -1, &handles->insert, nullptr) != SQLITE_OK) {
        return nullptr;  // e.g. an old schema: the QtSql path reports the real error
    }
    return std::unique_ptr<OutboxWriter>(new OutboxWriter(std::move(handles)));
}

OutboxWriter::OutboxWriter(std::unique_ptr<Handles> handles) : handles_(std::move(handles)) {}

OutboxWriter::~OutboxWriter() {
    sqlite3_finalize(handles_->insert);
}

StoreResult<void> OutboxWriter::insert(const ProgressEvent& event, std::int64_t nowMs) {
    sqlite3_stmt* s = handles_->insert;
    char id[36], course[36], lesson[36];
    event.id.writeTo(id);
    event.courseId.writeTo(course);
    event.lessonId.writeTo(lesson);
    const std::string_view kind = toString(event.kind);
    sqlite3_bind_text(s, 1, id, 36, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, course, 36, SQLITE_STATIC);
    sqlite3_bind_text(s, 3, lesson, 36, SQLITE_STATIC);
    sqlite3_bind_text(s, 4, kind.data(), static_cast<int>(kind.size()), SQLITE_STATIC);
    sqlite3_bind_int64(s, 5, static_cast<sqlite3_int64>(event.hlc.packed()));
    sqlite3_bind_int64(s, 6, static_cast<sqlite3_int64>(event.startMs));
    sqlite3_bind_int64(s, 7, static_cast<sqlite3_int64>(event.endMs));
    sqlite3_bind_int64(s, 8, static_cast<sqlite3_int64>(event.durationMs));
    sqlite3_bind_int64(s, 9, static_cast<sqlite3_int64>(event.positionMs));
    sqlite3_bind_int64(s, 10, static_cast<sqlite3_int64>(event.totalMs));
    sqlite3_bind_int64(s, 11, nowMs);
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE) {
        return fail(StoreError{StoreError::Kind::Query,
                               QStringLiteral("queueing %1: %2")
                                   .arg(QString::fromLatin1(id, 36),
                                        QString::fromUtf8(sqlite3_errmsg(handles_->db)))});
    }
    return {};
}

#else

struct OutboxWriter::Handles {};
std::unique_ptr<OutboxWriter> OutboxWriter::forConnection(QSqlDatabase&) {
    return nullptr;
}
OutboxWriter::OutboxWriter(std::unique_ptr<Handles> handles) : handles_(std::move(handles)) {}
OutboxWriter::~OutboxWriter() = default;
StoreResult<void> OutboxWriter::insert(const ProgressEvent&, std::int64_t) {
    return fail(StoreError{StoreError::Kind::Query, QStringLiteral("no SQLite C API")});
}

#endif

}  // namespace satchel::client::detail
