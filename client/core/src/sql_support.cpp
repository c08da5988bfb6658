#include "sql_support.h"

namespace satchel::client::detail {

StoreError queryError(const QString& what, const QSqlError& error) {
    return {StoreError::Kind::Query, QStringLiteral("%1: %2").arg(what, error.text())};
}

StoreResult<void> execute(QSqlDatabase& db, const QString& sql) {
    QSqlQuery query(db);
    if (!query.exec(sql))
        return fail(queryError(sql.left(80), query));
    return {};
}

Transaction::Transaction(QSqlDatabase& db) : db_(db) {
    begun_ = execute(db_, QStringLiteral("BEGIN IMMEDIATE"));
    open_ = begun_.ok();
}

Transaction::~Transaction() {
    if (open_) {
        QSqlQuery rollback(db_);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

StoreResult<void> Transaction::commit() {
    auto committed = execute(db_, QStringLiteral("COMMIT"));
    if (committed.ok())
        open_ = false;
    return committed;
}

}  // namespace satchel::client::detail
