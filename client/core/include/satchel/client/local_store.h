#pragma once
// LocalStore: the student's machine's own database (SQLite through QtSql, WAL mode). Every
// local change and the outbox events that describe it are written in one transaction, so the
// outbox never misses a change and never holds one that did not happen.
//
// Threading: one LocalStore (one SQLite connection) per thread. Open another LocalStore on the
// same file for a worker thread; WAL lets readers run beside the one writer, and writers wait
// for each other up to the busy timeout. A LocalStore must be used and destroyed on the thread
// that opened it.
//
// Contract for every operation: on success the change is durable in the database (WAL,
// synchronous=NORMAL: it survives the app being killed; a power cut may lose the last
// transactions but never corrupts the file); on failure nothing was changed.

#include <QSqlDatabase>
#include <QString>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "satchel/client/progress_claim.h"
#include "satchel/client/store_error.h"
#include "satchel/hlc.h"
#include "satchel/ids.h"
#include "satchel/merge.h"
#include "satchel/model/user.h"
#include "satchel/protocol/messages.h"

class QSqlQuery;
class QThread;

namespace satchel::client {

namespace detail {
class OutboxWriter;
}

struct LocalStoreOptions {
    // The schema version to migrate to; 0 means the latest. Only tests ask for an older one
    // (to build a database "made by the previous version").
    int schemaVersion = 0;
    std::chrono::milliseconds busyTimeout{10000};
};

// One local change waiting for (or refused by) the server.
struct OutboxEntry {
    enum class Kind { Progress, Attempt };
    std::int64_t seq = 0;  // local order of recording
    Uuid id;               // the event's or attempt's UUIDv7
    Kind kind = Kind::Progress;
    std::optional<ProgressEvent> progress;  // set for Kind::Progress
    std::optional<QuizAttempt> attempt;     // set for Kind::Attempt
    std::int64_t createdAtMs = 0;
    std::optional<RejectReason> rejectReason;  // set for rejected entries
    std::string rejectMessage;
};

// A quiz attempt as the device knows it: provisional until the server's grade arrives.
struct StoredAttempt {
    QuizAttempt attempt;
    std::optional<AttemptGrade> grade;
    bool awaitingGrade() const { return !grade.has_value(); }
};

// Where an offline course's manifest came from.
enum class OfflineSource {
    Server,   // fetched from the sync server (its assets come through the DownloadManager)
    Archive,  // imported from a .satchel file (its assets came with it)
};

// A course kept on this device for offline use.
struct OfflineCourse {
    CourseManifest manifest;
    OfflineSource source = OfflineSource::Server;
    std::int64_t addedAtMs = 0;
};

// Who was signed in to a server last, and with which roles (see accountRoles()).
struct AccountRoles {
    Uuid userId;
    std::vector<Role> roles;
};

class LocalStore {
public:
    // Opens (creating it if needed) the database at `path` and migrates it. Fails with
    // TooNew for a file written by a newer Satchel, which is then left untouched.
    static StoreResult<std::unique_ptr<LocalStore>> open(const QString& path,
                                                         const LocalStoreOptions& options = {});
    ~LocalStore();
    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    const QString& path() const { return path_; }
    int schemaVersion() const { return schemaVersion_; }
    // This installation's device id, made once when the database is created.
    const Uuid& deviceId() const { return deviceId_; }
    // The highest HLC recorded here: seed the device's HybridClock with it at start, so that
    // stamps keep increasing across restarts even if the wall clock went back.
    Hlc lastHlc() const { return lastHlc_; }

    // ---- progress (local_store_progress.cpp) ---------------------------------------------
    // Folds the events into their lessons' state and queues each in the outbox, all in one
    // transaction. Batch heartbeats: one call per flush, never one per position report.
    // Precondition (checked, Kind::Invalid): every event is this device's (deviceId()).
    StoreResult<void> recordProgress(std::span<const ProgressEvent> events);
    StoreResult<std::optional<LessonState>> lessonState(const Uuid& lessonId);
    StoreResult<std::vector<LessonState>> courseProgress(const Uuid& courseId);

    // ---- quiz attempts (local_store_attempts.cpp) ----------------------------------------
    // Stores the attempt and queues it in the outbox in one transaction. Recording the same
    // attempt id twice changes nothing.
    StoreResult<void> recordAttempt(const QuizAttempt& attempt);
    StoreResult<std::vector<StoredAttempt>> attempts(const Uuid& lessonId);

    // ---- outbox (local_store_outbox.cpp) -------------------------------------------------
    // The oldest pending entries, at most `limit`, in recording order.
    StoreResult<std::vector<OutboxEntry>> pendingOutbox(int limit);
    StoreResult<std::int64_t> pendingCount();
    // Records the server's answer: applied and duplicate entries leave the outbox; rejected
    // ones stay, marked with the reason, and are no longer pushed. Unknown ids are ignored.
    StoreResult<void> applyAcks(const std::vector<EventAck>& acks);
    // Entries the server refused, oldest first ("needs attention").
    StoreResult<std::vector<OutboxEntry>> rejectedOutbox();

    // ---- pull (local_store_pull.cpp) -----------------------------------------------------
    // Applies what the server sent (other devices' events, attempts, grades, notifications)
    // and stores the new cursor in the same transaction: a crash never skips or half-applies
    // a page. Applying a page twice changes nothing (every merge rule is idempotent).
    StoreResult<void> applyPull(const PullResponse& page);
    StoreResult<std::string> pullCursor();

    // ---- notifications (local_store_notifications.cpp, used by NotificationCenter) ---------
    // Everything here is per account (the user id a notification is for): two accounts that
    // sign in on one machine never see each other's notifications or resume point. Pulled
    // notifications (applyPull) are filed under their record's userId.
    //
    // The account's newest notifications (at most `limit`), with their read state.
    StoreResult<std::vector<Notification>> notifications(const Uuid& accountId, int limit);
    // Stores a notification that arrived over the push channel for `accountId`, with the event
    // it came as, and records the event id as that account's resume point, in one
    // transaction. A notification already stored (same id, by an earlier push or a pull) keeps
    // its row and read state. Returns true when it was new. `notification` may be null for an
    // event that is not shown (only the resume point moves). Precondition (checked,
    // Kind::Invalid): a notification's userId is `accountId`.
    StoreResult<bool> storePushedNotification(const Uuid& accountId,
                                              const Notification* notification,
                                              std::int64_t eventId, const std::string& eventKind,
                                              const std::string& eventDataJson);
    // The last push event id stored for the account (nullopt before the first).
    StoreResult<std::optional<std::int64_t>> lastPushEventId(const Uuid& accountId);
    StoreResult<std::int64_t> unreadNotificationCount(const Uuid& accountId);
    // Marks one (unknown id or another account's: nothing happens) or every unread
    // notification of the account read at `atMs`, and queues the read for the server
    // (pendingNotificationReads) in the same transaction.
    StoreResult<void> markNotificationRead(const Uuid& accountId, const Uuid& id,
                                           std::int64_t atMs);
    StoreResult<void> markAllNotificationsRead(const Uuid& accountId, std::int64_t atMs);
    // Reads made here that the server has not accepted yet, oldest first, at most `limit`.
    StoreResult<std::vector<Uuid>> pendingNotificationReads(const Uuid& accountId, int limit);
    // The server accepted these reads: they leave the queue (unknown ids are ignored).
    StoreResult<void> confirmNotificationReads(const Uuid& accountId, const std::vector<Uuid>& ids);
    // The server says these were read (on another device, or here): each unread one takes
    // `atMs`, a read one keeps its first time; none stays queued. Returns how many changed
    // from unread to read.
    StoreResult<int> applyNotificationReads(const Uuid& accountId, const std::vector<Uuid>& ids,
                                            std::int64_t atMs);
    // The account last signed in to `server` (a key the app chooses, e.g. its URL), so an
    // offline start knows whose notifications to show before the server can be asked. An id,
    // never a token.
    StoreResult<void> saveSessionAccount(const QString& server, const Uuid& accountId);
    StoreResult<std::optional<Uuid>> sessionAccount(const QString& server);
    // The push event a notification arrived as (nullopt when it came by pull only).
    struct NotificationEvent {
        std::int64_t eventId = 0;
        std::string kind;
        std::string dataJson;
    };
    StoreResult<std::optional<NotificationEvent>> notificationEvent(const Uuid& id);

    // ---- offline courses (local_store_offline.cpp) ----------------------------------------
    // The content store (files named by SHA-256) is shared by every course: these rows say
    // which course uses which file, so removing one course never deletes another's assets.
    //
    // Records the course for offline use, replacing any version kept before, with the assets
    // its manifest lists, in one transaction. Files are not touched.
    StoreResult<void> saveOfflineCourse(const CourseManifest& manifest, OfflineSource source);
    StoreResult<std::optional<OfflineCourse>> offlineCourse(const Uuid& courseId);
    StoreResult<std::vector<OfflineCourse>> offlineCourses();
    // Forgets the course (unknown: nothing happens) and returns, from the same transaction,
    // the SHA-256s that no remaining offline course lists: only those files may be deleted.
    StoreResult<std::vector<std::string>> removeOfflineCourse(const Uuid& courseId);
    // True when at least one offline course lists the asset.
    StoreResult<bool> assetInUse(const std::string& sha256);

    // ---- the catalog kept for offline starts (local_store_cache.cpp) -----------------------
    // The last catalog the server sent, shown when the app starts offline. Saving replaces
    // the previous copy; clearCachedCatalog() drops it (at sign-out: it lists the signed-in
    // student's enrollments).
    StoreResult<void> saveCatalog(const CatalogResponse& catalog);
    StoreResult<std::optional<CatalogResponse>> cachedCatalog();
    StoreResult<void> clearCachedCatalog();

    // ---- the signed-in account's roles, for offline starts (local_store_account.cpp) -------
    // Kept per `account` (the app names it by server), replaced by each answer of the server
    // and forgotten at sign-out. Plain data, never a token: the app only decides from it which
    // menus to show before the server can be asked.
    StoreResult<void> saveAccountRoles(const QString& account, const AccountRoles& roles);
    StoreResult<std::optional<AccountRoles>> accountRoles(const QString& account);
    StoreResult<void> forgetAccountRoles(const QString& account);

    // ---- whose progress this is (local_store_owner.cpp) --------------------------------
    // The account the progress tables belong to (meta progress_account; nullopt: nobody yet).
    StoreResult<std::optional<Uuid>> progressOwner();
    // Called at every sign-in, before the sync engine starts, with the signed-in user's id. In
    // one transaction: an unowned store is claimed (offline work made before any sign-in is
    // kept and sent as the account's); another owner's store is refused while any of its
    // outbox entries (pending or rejected) remains, and otherwise cleared of everything per
    // account (lesson_state, quiz_attempt, outbox, course_version, pull cursor, cached catalog)
    // so the account's pull starts from the beginning. Downloaded and imported courses, their
    // assets, instructor drafts (kept per account by DraftStore, never cleared), and the
    // per-account notification tables stay. A store made before ownership existed (no owner,
    // but a pull cursor) was synced by an unknown account: with an empty outbox it is cleared
    // the same way; with entries waiting it is claimed as is (the old behaviour: nothing is
    // lost).
    ClaimResult<ProgressClaim> claimProgress(const Uuid& account);

private:
    LocalStore(QString path, QString connectionName);
    StoreResult<void> configure(const LocalStoreOptions& options);
    StoreResult<void> loadIdentity();
    // Writes last_hlc inside the caller's transaction when `hlc` is above lastHlc_; the
    // caller sets lastHlc_ once the transaction has committed.
    StoreResult<void> storeLastHlc(Hlc hlc);
    StoreResult<std::optional<std::string>> readMeta(const QString& key);
    StoreResult<void> writeMeta(const QString& key, const QString& value);
    // Merges events into lesson_state (inside the caller's transaction).
    StoreResult<void> mergeIntoLessons(std::span<const ProgressEvent> events, std::int64_t nowMs);
    StoreResult<void> queueProgress(const ProgressEvent& event, std::int64_t nowMs);
    StoreResult<void> queueAttempt(const Uuid& attemptId, std::int64_t nowMs);
    StoreResult<bool> insertAttempt(const QuizAttempt& attempt);
    StoreResult<std::vector<OutboxEntry>> readOutbox(const QString& status, int limit);
    StoreResult<void> storeGrade(const AttemptGrade& grade);
    void assertOwningThread() const;

    QString path_;
    QString connectionName_;
    QSqlDatabase db_;
    QThread* thread_ = nullptr;
    int schemaVersion_ = 0;
    Uuid deviceId_;
    Hlc lastHlc_;
    // Statements reused on the hot path (prepared once per connection); the C API writer is
    // used for outbox rows when available (see src/outbox_writer.h).
    std::unique_ptr<detail::OutboxWriter> fastOutbox_;
    bool fastOutboxChecked_ = false;
    std::unique_ptr<QSqlQuery> insertOutbox_;
    std::unique_ptr<QSqlQuery> selectLesson_;
    std::unique_ptr<QSqlQuery> upsertLesson_;
};

}  // namespace satchel::client
