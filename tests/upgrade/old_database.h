#pragma once
// What the upgrade suites share: a database as an earlier satchel-syncd left it, filled the
// way that release wrote its rows, then upgraded by the real `satchel-syncd migrate` and served
// by the real `satchel-syncd serve`.
//
// The old schema is built with migrateTo() (the migrations this binary embeds, stopped at the
// older release's version): the SQL files are immutable once released, so that is the very
// schema the older binary made. Rows are written with SQL exactly as that release's routes,
// triggers and SQL functions stored them; where the older C++ encoded a value differently
// (lesson_states.state version 1), the suite carries that encoder.

#include <map>
#include <memory>
#include <string>

#include "db/connection.h"
#include "satchel/ids.h"
#include "satchel/testing/postgres.h"
#include "satchel/testing/syncd.h"

namespace satchel::upgrade_test {

inline constexpr const char* kJwtSecret = "upgrade-test-secret-0123456789abcdef0123456789";

// Schema versions of earlier releases the suites start from.
inline constexpr int kBeforeTrackedBlobs = 56;     // the release before 0060-0062
inline constexpr int kBeforeBroadcastFanout = 62;  // the release before 0070

class OldDatabase {
public:
    // A throwaway cluster with one database migrated up to `schemaVersion` only.
    explicit OldDatabase(int schemaVersion);

    int schemaVersion() const;
    // `satchel-syncd migrate` on this database: its exit status; stdout+stderr in `output`.
    int migrateWithSyncd(std::string& output) const;
    // A ready `satchel-syncd serve` on this database (fails the test with its log otherwise).
    // The JWT secret, access log off and no job workers unless `env` says otherwise.
    std::unique_ptr<testing::SyncServer> serve(std::map<std::string, std::string> env = {}) const;
    std::string accessToken(const std::string& userId, const std::string& role) const;

    // The first column of every row `sql` returns, one line each: select a whole row as text
    // (`SELECT t::text FROM t ...`) to compare every column.
    std::string rows(const std::string& sql, const std::vector<std::string>& params = {}) const;
    long long scalar(const std::string& sql, const std::vector<std::string>& params = {}) const;
    // The schema's shape (columns, constraints and whether validated, indexes, functions,
    // triggers, views) and schema_migrations: equal before and after anything that must not
    // change the database.
    std::string schemaFingerprint() const;

    testing::PostgresCluster pg;
    std::string url;
    std::unique_ptr<server::PgConnection> db;
};

// --- rows as the earlier releases' routes stored them ----------------------------------------

std::string addUser(server::PgConnection& db, const std::string& username,
                    const std::string& role = "student");

struct OldCourse {
    std::string id;
    std::string title;
    Uuid video, reading;  // lesson ids
    std::string videoSha;
    static constexpr std::uint64_t kVideoMs = 600'000;
};

// A course with a video lesson (a 10-minute video asset) and a reading lesson, not published.
OldCourse createCourse(server::PgConnection& db, const std::string& ownerId,
                       const std::string& title);
// Publishes `version` of it by `ownerId` as the publish route stores it (the triggers of the
// database's schema run: the broadcast to enrolled students, the media job).
void publishVersion(server::PgConnection& db, const OldCourse& course, const std::string& ownerId,
                    int version);
void enroll(server::PgConnection& db, const std::string& courseId, const std::string& userId);

}  // namespace satchel::upgrade_test
