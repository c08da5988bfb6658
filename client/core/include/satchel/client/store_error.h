#pragma once
// The typed error of every LocalStore operation.

#include <QString>

#include "satchel/result.h"

namespace satchel::client {

struct StoreError {
    enum class Kind {
        Open,       // the database file could not be opened or configured
        TooNew,     // the file was written by a newer Satchel (schema above this build's)
        Migration,  // a migration failed; the database was left at the previous version
        Query,      // a statement failed (disk full, I/O error, locked for too long, ...)
        Corrupt,    // a stored value does not decode (the file was damaged or edited)
        Invalid,    // the caller broke a documented precondition; nothing was written
        NotFound,   // no such record for the caller (also one that belongs to another account:
                    // the two are not told apart, so nothing of the other's leaks)
    };
    Kind kind = Kind::Query;
    QString message;  // for logs: what failed, with the ids needed to find the record
};

// "open", "too-new", "migration", "query", "corrupt", "invalid", "not-found"
QString toString(StoreError::Kind kind);

template <class T>
using StoreResult = Result<T, StoreError>;

}  // namespace satchel::client
