#pragma once
// Numbered schema migrations, embedded in the binary (db/migrations/NNNN_name.sql). Version N
// is the schema after file N ran; table schema_migrations records each one applied.

#include <string_view>
#include <vector>

#include "db/connection.h"

namespace satchel::server {

struct Migration {
    int version;
    std::string_view name;
    std::string_view sql;
};

const std::vector<Migration>& embeddedMigrations();  // sorted by version, generated
int latestSchemaVersion();

// The database's schema version: 0 for an empty database.
int currentSchemaVersion(PgConnection& conn);

struct MigrationReport {
    int from = 0;
    int to = 0;
};

// Applies every missing migration, each in its own transaction, under a PostgreSQL advisory
// lock so that instances starting together take turns (the later ones find nothing to do).
// Throws SchemaTooNew when the database is ahead of this binary (nothing is changed then),
// DatabaseUnavailable or DatabaseError otherwise (the failing migration is rolled back whole,
// the ones before it stay applied; the message names it and the version the database is at).
MigrationReport migrate(PgConnection& conn);

// migrate(), stopping after `maxVersion`, which must be 0 or the version of an embedded
// migration (std::invalid_argument otherwise). A database already at or past it is left as it
// is. Builds a database as an earlier release left it, for the upgrade suites (tests/upgrade).
MigrationReport migrateTo(PgConnection& conn, int maxVersion);

}  // namespace satchel::server
