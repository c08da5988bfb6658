#include "raw_sqlite_writer.h"

#include <sqlite3.h>

#include <chrono>
#include <stdexcept>

namespace {

void check(int rc, sqlite3* db, const char* what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
    }
}

void exec(sqlite3* db, const char* sql) {
    check(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), db, sql);
}

}  // namespace

double writeRawOutbox(const std::string& path, const std::vector<OutboxRow>& rows,
                      std::size_t perTransaction) {
    sqlite3* db = nullptr;
    check(sqlite3_open(path.c_str(), &db), db, "open");
    exec(db, "PRAGMA journal_mode = WAL");
    exec(db, "PRAGMA synchronous = NORMAL");
    exec(db,
         "CREATE TABLE outbox (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT "
         "NULL CHECK (kind IN ('progress', 'attempt')), course_id TEXT, lesson_id TEXT, "
         "event_kind TEXT, hlc INTEGER, start_ms INTEGER, end_ms INTEGER, duration_ms INTEGER, "
         "position_ms INTEGER, total_ms INTEGER, created_at_ms INTEGER NOT NULL, status TEXT "
         "NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'rejected')), reason TEXT, "
         "message TEXT)");
    exec(db, "CREATE INDEX outbox_by_status ON outbox (status, seq)");
    sqlite3_stmt* insert = nullptr;
    check(sqlite3_prepare_v2(db,
                             "INSERT OR IGNORE INTO outbox (id, kind, course_id, lesson_id, "
                             "event_kind, hlc, start_ms, end_ms, duration_ms, position_ms, "
                             "total_ms, created_at_ms) "
                             "VALUES (?, 'progress', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             -1, &insert, nullptr),
          db, "prepare");

    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < rows.size(); i += perTransaction) {
        exec(db, "BEGIN IMMEDIATE");
        const std::size_t end = std::min(rows.size(), i + perTransaction);
        for (std::size_t r = i; r < end; ++r) {
            const OutboxRow& row = rows[r];
            const auto text = [&](int column, const std::string& value) {
                sqlite3_bind_text(insert, column, value.data(), static_cast<int>(value.size()),
                                  SQLITE_STATIC);
            };
            text(1, row.id);
            text(2, row.courseId);
            text(3, row.lessonId);
            text(4, row.eventKind);
            sqlite3_bind_int64(insert, 5, row.hlc);
            sqlite3_bind_int64(insert, 6, row.startMs);
            sqlite3_bind_int64(insert, 7, row.endMs);
            sqlite3_bind_int64(insert, 8, row.durationMs);
            sqlite3_bind_int64(insert, 9, row.positionMs);
            sqlite3_bind_int64(insert, 10, row.totalMs);
            sqlite3_bind_int64(insert, 11, 1'700'000'000'000 + static_cast<sqlite3_int64>(r));
            check(sqlite3_step(insert), db, "insert");
            sqlite3_reset(insert);
        }
        exec(db, "COMMIT");
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return seconds;
}
