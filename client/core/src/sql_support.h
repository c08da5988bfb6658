#pragma once
// Small helpers shared by LocalStore's files: errors from QtSql, and a transaction that rolls
// back unless committed.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "satchel/client/store_error.h"
#include "satchel/ids.h"

namespace satchel::client::detail {

StoreError queryError(const QString& what, const QSqlError& error);
inline StoreError queryError(const QString& what, const QSqlQuery& query) {
    return queryError(what, query.lastError());
}

// A UUID as stored in TEXT columns: the canonical lowercase form.
inline QString idText(const Uuid& id) {
    char buffer[36];
    id.writeTo(buffer);
    return QString::fromLatin1(buffer, 36);
}

inline QByteArray bytes(const std::string& s) {
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

// Executes one statement with no bound values.
StoreResult<void> execute(QSqlDatabase& db, const QString& sql);

// BEGIN IMMEDIATE on construction (the write lock is taken up front, so a concurrent writer
// waits on the busy timeout instead of failing at COMMIT); ROLLBACK on destruction unless
// commit() succeeded.
class Transaction {
public:
    explicit Transaction(QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // The error from BEGIN, if it failed (then nothing else should run).
    const StoreResult<void>& begun() const { return begun_; }
    StoreResult<void> commit();

private:
    QSqlDatabase& db_;
    StoreResult<void> begun_;
    bool open_ = false;
};

}  // namespace satchel::client::detail
