#include "migrations.h"

#include <QSqlQuery>

#include "sql_support.h"

namespace satchel::client::detail {

const std::vector<Migration>& migrations() {
    // Never edit a migration that has shipped: add a new one.
    static const std::vector<Migration> all = {
        {1,
         "progress and outbox",
         {
             // Small per-device facts: device_id, last_hlc, pull_cursor.
             "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
             // The merged state of each lesson (satchel::LessonState as JSON), from local and
             // pulled events alike.
             "CREATE TABLE lesson_state ("
             " lesson_id TEXT PRIMARY KEY,"
             " course_id TEXT NOT NULL,"
             " state BLOB NOT NULL,"
             " updated_at_ms INTEGER NOT NULL)",
             "CREATE INDEX lesson_state_by_course ON lesson_state (course_id)",
             // Local changes waiting for the server, written in the same transaction as the
             // state they change. A progress event is kept as its fields (encoding JSON is
             // left to the sync engine, off the recording path); an attempt's content is in
             // quiz_attempt under the same id. status: pending, then removed when
             // acknowledged, or 'rejected' with the server's reason (kept, shown to the user).
             "CREATE TABLE outbox ("
             " seq INTEGER PRIMARY KEY,"
             " id TEXT NOT NULL UNIQUE,"
             " kind TEXT NOT NULL CHECK (kind IN ('progress', 'attempt')),"
             " course_id TEXT,"
             " lesson_id TEXT,"
             " event_kind TEXT,"
             " hlc INTEGER,"
             " start_ms INTEGER,"
             " end_ms INTEGER,"
             " duration_ms INTEGER,"
             " position_ms INTEGER,"
             " total_ms INTEGER,"
             " created_at_ms INTEGER NOT NULL,"
             " status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'rejected')),"
             " reason TEXT,"
             " message TEXT)",
             "CREATE INDEX outbox_by_status ON outbox (status, seq)",
         }},
        {2,
         "quiz attempts, notifications, course versions",
         {
             // Attempts are immutable; the server's grade arrives later and is authoritative.
             "CREATE TABLE quiz_attempt ("
             " id TEXT PRIMARY KEY,"
             " course_id TEXT NOT NULL,"
             " lesson_id TEXT NOT NULL,"
             " payload BLOB NOT NULL,"
             " submitted_at_ms INTEGER NOT NULL,"
             " grade BLOB,"
             " graded_at_ms INTEGER)",
             "CREATE INDEX quiz_attempt_by_lesson ON quiz_attempt (lesson_id, submitted_at_ms)",
             "CREATE TABLE notification ("
             " id TEXT PRIMARY KEY,"
             " payload BLOB NOT NULL,"
             " created_at_ms INTEGER NOT NULL,"
             " read_at_ms INTEGER)",
             "CREATE INDEX notification_unread ON notification (read_at_ms, created_at_ms)",
             // Versions of enrolled courses the server announced; the downloader fetches them.
             "CREATE TABLE course_version ("
             " course_id TEXT NOT NULL,"
             " version INTEGER NOT NULL,"
             " manifest_sha256 TEXT NOT NULL,"
             " published_at_ms INTEGER NOT NULL,"
             " PRIMARY KEY (course_id, version)) WITHOUT ROWID",
         }},
        {3,
         "offline courses and the assets they use",
         {
             // A course kept for offline use: the manifest of the version on this device and
             // where it came from ('server': downloaded, 'archive': imported from .satchel).
             "CREATE TABLE offline_course ("
             " course_id TEXT PRIMARY KEY,"
             " version INTEGER NOT NULL,"
             " manifest BLOB NOT NULL,"
             " source TEXT NOT NULL CHECK (source IN ('server', 'archive')),"
             " added_at_ms INTEGER NOT NULL) WITHOUT ROWID",
             // Which course uses which file of the shared content store (by SHA-256): a file
             // is deleted only when no offline course lists it any more.
             "CREATE TABLE offline_asset ("
             " course_id TEXT NOT NULL REFERENCES offline_course (course_id) ON DELETE CASCADE,"
             " sha256 TEXT NOT NULL,"
             " size INTEGER NOT NULL,"
             " PRIMARY KEY (course_id, sha256)) WITHOUT ROWID",
             "CREATE INDEX offline_asset_by_sha256 ON offline_asset (sha256)",
         }},
        {4,
         "instructor course drafts",
         {
             // One row per draft (client/core draft_store.cpp): the whole draft as JSON
             // (draft_codec.h, versioned by its own draftFormat field), with the title and
             // time copied out for the "My courses" list.
             "CREATE TABLE course_draft ("
             " id TEXT PRIMARY KEY,"
             " title TEXT NOT NULL,"
             " payload BLOB NOT NULL,"
             " updated_at_ms INTEGER NOT NULL) WITHOUT ROWID",
         }},
        {5,
         "notifications received over the push channel",
         {
             // The push event a notification arrived as (client/core notification_center),
             // kept beside the shared Notification record in `notification`: its kind and data
             // carry what the record does not (a certificate's code and download path).
             // Notifications that only came by pull have no row here.
             "CREATE TABLE notification_event ("
             " notification_id TEXT PRIMARY KEY,"
             " event_id INTEGER NOT NULL,"
             " kind TEXT NOT NULL,"
             " data BLOB NOT NULL) WITHOUT ROWID",
         }},
        {6,
         "notifications and the push resume point per account; read state to send",
         {
             // Two accounts signing in on one machine must not see each other's notifications
             // or resume each other's push channel. A notification's account is the userId
             // its record carries (shared codec), so rows made before are assigned exactly.
             // read_pending: read here, not yet accepted by the server (POST
             // /api/v1/notifications/read); cleared when the server confirms or announces it.
             "CREATE TABLE notification_v6 ("
             " id TEXT PRIMARY KEY,"
             " account_id TEXT NOT NULL,"
             " payload BLOB NOT NULL,"
             " created_at_ms INTEGER NOT NULL,"
             " read_at_ms INTEGER,"
             " read_pending INTEGER NOT NULL DEFAULT 0 CHECK (read_pending IN (0, 1)))",
             "INSERT INTO notification_v6 (id, account_id, payload, created_at_ms, read_at_ms)"
             " SELECT id, json_extract(CAST(payload AS TEXT), '$.userId'), payload,"
             " created_at_ms, read_at_ms FROM notification"
             " WHERE json_valid(CAST(payload AS TEXT))"
             " AND json_extract(CAST(payload AS TEXT), '$.userId') IS NOT NULL",
             "DROP TABLE notification",
             "ALTER TABLE notification_v6 RENAME TO notification",
             "CREATE INDEX notification_by_account ON notification"
             " (account_id, created_at_ms)",
             "CREATE INDEX notification_read_pending ON notification (account_id)"
             " WHERE read_pending = 1",
             // The last push event id each account has stored (meta push_last_event_id before):
             // the old single value belongs to the account of the newest pushed event.
             "CREATE TABLE push_resume ("
             " account_id TEXT PRIMARY KEY,"
             " last_event_id INTEGER NOT NULL CHECK (last_event_id > 0)) WITHOUT ROWID",
             "INSERT INTO push_resume (account_id, last_event_id)"
             " SELECT n.account_id, CAST(m.value AS INTEGER) FROM meta m"
             " JOIN notification_event e JOIN notification n ON n.id = e.notification_id"
             " WHERE m.key = 'push_last_event_id' AND CAST(m.value AS INTEGER) > 0"
             " ORDER BY e.event_id DESC LIMIT 1",
             "DELETE FROM meta WHERE key = 'push_last_event_id'",
         }},
        {7,
         "course drafts belong to the account that wrote them",
         {
             // A shared computer must never show one instructor's drafts to the next account,
             // nor let it publish them. The owner is named as the app names accounts elsewhere
             // (meta session_account:<server>, the cached roles): the server's key (its URL
             // without a trailing slash) and the user's id there. Drafts made before this
             // version have no owner (both NULL): the first instructor account that opens the
             // editor claims them (DraftStore::claimUnowned), as the first sign-in claims
             // offline progress made before any. Drafts are never deleted for another
             // account: they stay, invisible to it, until their owner signs in again.
             "CREATE TABLE course_draft_v7 ("
             " id TEXT PRIMARY KEY,"
             " owner_server TEXT,"
             " owner_account TEXT,"
             " title TEXT NOT NULL,"
             " payload BLOB NOT NULL,"
             " updated_at_ms INTEGER NOT NULL,"
             " CHECK ((owner_server IS NULL) = (owner_account IS NULL))) WITHOUT ROWID",
             "INSERT INTO course_draft_v7 (id, title, payload, updated_at_ms)"
             " SELECT id, title, payload, updated_at_ms FROM course_draft",
             "DROP TABLE course_draft",
             "ALTER TABLE course_draft_v7 RENAME TO course_draft",
             "CREATE INDEX course_draft_by_owner ON course_draft"
             " (owner_server, owner_account, updated_at_ms)",
         }},
    };
    return all;
}

int latestSchemaVersion() {
    return migrations().back().version;
}

StoreResult<int> readSchemaVersion(QSqlDatabase& db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return fail(queryError(QStringLiteral("reading the schema version"), query));
    }
    return query.value(0).toInt();
}

StoreResult<void> migrate(QSqlDatabase& db, int target) {
    auto current = readSchemaVersion(db);
    if (!current)
        return fail(current.error());
    if (*current > latestSchemaVersion()) {
        return fail(StoreError{StoreError::Kind::TooNew,
                               QStringLiteral("schema version %1 is newer than this Satchel "
                                              "understands (%2); update Satchel")
                                   .arg(*current)
                                   .arg(latestSchemaVersion())});
    }
    for (const Migration& m : migrations()) {
        if (m.version <= *current || m.version > target)
            continue;
        Transaction txn(db);
        if (!txn.begun())
            return fail(txn.begun().error());
        // Several threads open the same database at start (UI store, sync, notifications,
        // downloads). The version read above may be stale by now: read it again under the
        // write lock this transaction holds, and skip a migration another connection applied.
        auto applied = readSchemaVersion(db);
        if (!applied)
            return fail(applied.error());
        if (*applied >= m.version)
            continue;
        for (const QString& sql : m.statements) {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                return fail(StoreError{StoreError::Kind::Migration,
                                       QStringLiteral("migration %1 (%2): %3")
                                           .arg(m.version)
                                           .arg(QLatin1String(m.name), query.lastError().text())});
            }
        }
        auto bumped = execute(db, QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        if (!bumped)
            return fail(bumped.error());
        auto committed = txn.commit();
        if (!committed)
            return fail(committed.error());
    }
    return {};
}

}  // namespace satchel::client::detail
