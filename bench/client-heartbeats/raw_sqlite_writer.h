#pragma once
// The baseline: the same outbox rows LocalStore writes, through SQLite's C API with one
// prepared statement, the same table, index, pragmas and rows per transaction. Everything is
// converted to text before the clock starts, so this measures the database alone: the limit
// LocalStore is held to.

#include <cstdint>
#include <string>
#include <vector>

struct OutboxRow {
    std::string id, courseId, lessonId, eventKind;
    std::int64_t hlc, startMs, endMs, durationMs, positionMs, totalMs;
};

// Writes `rows` in transactions of `perTransaction` into a fresh database at `path`; returns
// the seconds spent writing (open and schema excluded). Throws std::runtime_error on failure.
double writeRawOutbox(const std::string& path, const std::vector<OutboxRow>& rows,
                      std::size_t perTransaction);
