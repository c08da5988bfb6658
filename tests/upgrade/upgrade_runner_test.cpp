// The migration runner itself: migrateTo() stops at a given version (how the other upgrade
// suites build an older release's schema), and a database from a newer satchel-syncd (a
// rollback of the binary alone) is refused by `migrate` and by `serve`, with a message naming
// both versions and nothing in the database changed; a migration that fails is rolled back whole
// and named.
#define BOOST_TEST_MODULE upgrade_runner
#include <boost/test/unit_test.hpp>

#include <stdexcept>

#include "db/migrations.h"
#include "old_database.h"

using namespace satchel;
using namespace satchel::upgrade_test;

BOOST_AUTO_TEST_CASE(migrate_to_stops_at_the_version_and_migrate_continues_from_there) {
    OldDatabase old{kBeforeTrackedBlobs};
    std::string applied;
    for (const auto& m : server::embeddedMigrations())
        if (m.version <= kBeforeTrackedBlobs)
            applied += std::to_string(m.version) + "\n";
    BOOST_TEST(old.rows("SELECT version FROM schema_migrations ORDER BY version") == applied);
    BOOST_TEST(old.scalar("SELECT count(*) FROM pg_constraint WHERE conname ="
                          " 'certificates_pdf_blob'") == 0);

    // Already there, or past it: nothing to do.
    const auto schema = old.schemaFingerprint();
    auto again = server::migrateTo(*old.db, kBeforeTrackedBlobs);
    BOOST_TEST(again.from == kBeforeTrackedBlobs);
    BOOST_TEST(again.to == kBeforeTrackedBlobs);
    again = server::migrateTo(*old.db, 1);
    BOOST_TEST(again.to == kBeforeTrackedBlobs);
    BOOST_TEST(old.schemaFingerprint() == schema);
    // A version no migration has is a mistake, caught before anything runs.
    BOOST_CHECK_THROW(server::migrateTo(*old.db, kBeforeTrackedBlobs + 1), std::invalid_argument);
    BOOST_TEST(old.schemaFingerprint() == schema);

    const auto rest = server::migrate(*old.db);
    BOOST_TEST(rest.from == kBeforeTrackedBlobs);
    BOOST_TEST(rest.to == server::latestSchemaVersion());
    BOOST_TEST(old.schemaVersion() == server::latestSchemaVersion());
}

BOOST_AUTO_TEST_CASE(a_database_from_a_newer_release_is_refused_and_left_unchanged) {
    OldDatabase old{server::latestSchemaVersion()};
    addUser(*old.db, "ada");
    // What a newer satchel-syncd would have added: a migration this binary does not know,
    // with a table of its own.
    const int future = server::latestSchemaVersion() + 10;
    old.db->exec("CREATE TABLE from_the_future (id integer PRIMARY KEY)");
    old.db->exec("INSERT INTO schema_migrations (version, name) VALUES ($1, 'from_the_future')",
                 {future});
    const auto schema = old.schemaFingerprint();
    // The rows a starting server could write (keys, jobs, schedules) and the accounts.
    const std::string kData =
        "SELECT x FROM (SELECT u::text FROM users u UNION ALL SELECT k::text FROM server_keys k"
        " UNION ALL SELECT j::text FROM jobs j UNION ALL SELECT s::text FROM job_schedules s)"
        " AS d (x) ORDER BY x";
    const auto data = old.rows(kData);

    std::string out;
    BOOST_TEST(old.migrateWithSyncd(out) == 3);
    const std::string expected = "database schema version " + std::to_string(future) +
                                 " is newer than this satchel-syncd knows (" +
                                 std::to_string(server::latestSchemaVersion()) +
                                 "); upgrade satchel-syncd";
    BOOST_TEST(out.find(expected) != std::string::npos, out);
    BOOST_TEST(old.schemaFingerprint() == schema);

    // serve exits with the same status and message instead of serving it.
    testing::SyncServer server(old.url);
    BOOST_TEST(server.process().wait(std::chrono::seconds(60)) == 3);
    BOOST_TEST(server.process().log().find(expected) != std::string::npos, server.process().log());
    BOOST_TEST(old.schemaFingerprint() == schema);
    BOOST_TEST(old.rows(kData) == data);
}

BOOST_AUTO_TEST_CASE(a_migration_that_fails_on_a_filled_database_is_rolled_back_whole) {
    // A database edited by hand: push_events' foreign key to users dropped, and an event of a
    // user with no push counter. 0070 deletes such events, then drops that constraint: here it
    // fails at the drop, after the delete.
    OldDatabase old{kBeforeBroadcastFanout};
    const std::string ada = addUser(*old.db, "ada");
    old.db->exec("INSERT INTO push_events (user_id, seq, kind) VALUES ($1::uuid, 1, 'hand')",
                 {ada});
    old.db->exec("ALTER TABLE push_events DROP CONSTRAINT push_events_user_id_fkey");
    const auto schema = old.schemaFingerprint();
    const auto events = old.rows("SELECT p::text FROM push_events p");

    std::string out;
    BOOST_TEST(old.migrateWithSyncd(out) == 1);
    BOOST_TEST(out.find("satchel-syncd: migration failed: migration 70 (push_broadcast_fanout) on"
                        " schema version 62, rolled back: ") != std::string::npos,
               out);
    BOOST_TEST(out.find("push_events_user_id_fkey") != std::string::npos, out);
    // Nothing of 0070 stayed: not its delete, not its trigger, not its version.
    BOOST_TEST(old.schemaVersion() == kBeforeBroadcastFanout);
    BOOST_TEST(old.schemaFingerprint() == schema);
    BOOST_TEST(old.rows("SELECT p::text FROM push_events p") == events);
}
