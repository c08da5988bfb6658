#include "db/migrations.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace satchel::server {
namespace {

// Arbitrary, fixed: every satchel-syncd takes the same advisory lock to migrate.
constexpr const char* kMigrationLock = "7394220117420031";

}  // namespace

int latestSchemaVersion() {
    const auto& all = embeddedMigrations();
    return all.empty() ? 0 : all.back().version;
}

int currentSchemaVersion(PgConnection& conn) {
    const auto exists = conn.exec("SELECT to_regclass('public.schema_migrations') IS NOT NULL");
    if (!exists.boolean(0, 0))
        return 0;
    const auto version = conn.exec("SELECT coalesce(max(version), 0) FROM schema_migrations");
    return static_cast<int>(version.integer(0, 0));
}

MigrationReport migrate(PgConnection& conn) {
    return migrateTo(conn, latestSchemaVersion());
}

MigrationReport migrateTo(PgConnection& conn, int maxVersion) {
    const auto& all = embeddedMigrations();
    if (maxVersion != 0 && std::none_of(all.begin(), all.end(), [&](const Migration& m) {
            return m.version == maxVersion;
        }))
        throw std::invalid_argument("no migration has version " + std::to_string(maxVersion));
    conn.exec("SELECT pg_advisory_lock($1::bigint)", {kMigrationLock});
    struct Unlock {
        PgConnection& conn;
        ~Unlock() {
            try {
                conn.exec("SELECT pg_advisory_unlock($1::bigint)", {kMigrationLock});
            } catch (...) {
                // A broken connection drops the lock with the session.
            }
        }
    } unlock{conn};

    conn.exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version integer PRIMARY KEY, name text NOT NULL,"
        " applied_at timestamptz NOT NULL DEFAULT now())");
    MigrationReport report;
    report.from = currentSchemaVersion(conn);
    report.to = report.from;
    if (report.from > latestSchemaVersion())
        throw SchemaTooNew("database schema version " + std::to_string(report.from) +
                           " is newer than this satchel-syncd knows (" +
                           std::to_string(latestSchemaVersion()) + "); upgrade satchel-syncd");
    for (const auto& m : all) {
        if (m.version <= report.from || m.version > maxVersion)
            continue;
        try {
            Transaction tx(conn);
            conn.execScript(std::string(m.sql));
            conn.exec("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                      {m.version, std::string(m.name)});
            tx.commit();
        } catch (const DatabaseError& e) {
            // The operator's first question: which migration, on top of which version.
            throw DatabaseError(e.sqlState(), "migration " + std::to_string(m.version) + " (" +
                                                  std::string(m.name) + ") on schema version " +
                                                  std::to_string(report.to) +
                                                  ", rolled back: " + e.what());
        }
        report.to = m.version;
    }
    return report;
}

}  // namespace satchel::server
