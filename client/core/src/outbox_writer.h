#pragma once
// The heartbeat hot path: progress rows into the outbox through SQLite's C API on the QtSql
// connection's own handle (QSqlDriver::handle()), inside the transaction LocalStore opened on
// that connection. QtSql's per-row cost (QVariant binding, UTF-16 conversion) is several
// times SQLite's own; this keeps LocalStore near the C API's rate.
//
// Only built when CMake finds SQLite's headers (libsqlite3-dev) — the same system library
// Debian's QSQLITE driver links — and only used when the driver hands out a "sqlite3*";
// otherwise LocalStore writes the same rows through QtSql.

#include <QSqlDatabase>
#include <memory>

#include "satchel/client/store_error.h"
#include "satchel/model/progress.h"

namespace satchel::client::detail {

class OutboxWriter {
public:
    // nullptr when the fast path is not available for this connection.
    static std::unique_ptr<OutboxWriter> forConnection(QSqlDatabase& db);
    ~OutboxWriter();
    OutboxWriter(const OutboxWriter&) = delete;
    OutboxWriter& operator=(const OutboxWriter&) = delete;

    // Same row and semantics as LocalStore's QtSql insert (INSERT OR IGNORE by id).
    StoreResult<void> insert(const ProgressEvent& event, std::int64_t nowMs);

private:
    struct Handles;
    explicit OutboxWriter(std::unique_ptr<Handles> handles);
    std::unique_ptr<Handles> handles_;
};

}  // namespace satchel::client::detail
