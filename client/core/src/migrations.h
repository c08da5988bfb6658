#pragma once
// LocalStore's schema as numbered migrations. The schema version lives in SQLite's
// user_version. A database above kLatestSchemaVersion was written by a newer Satchel and is
// refused, never modified. Each migration runs in its own transaction together with the
// user_version bump, so a crash leaves the file at a whole version.

#include <QSqlDatabase>
#include <QStringList>
#include <vector>

#include "satchel/client/store_error.h"

namespace satchel::client::detail {

struct Migration {
    int version;       // the user_version after this migration
    const char* name;  // for logs
    QStringList statements;
};

const std::vector<Migration>& migrations();
int latestSchemaVersion();

StoreResult<int> readSchemaVersion(QSqlDatabase& db);

// Brings the database to `target` (<= latestSchemaVersion()); TooNew when it is above it.
StoreResult<void> migrate(QSqlDatabase& db, int target);

}  // namespace satchel::client::detail
