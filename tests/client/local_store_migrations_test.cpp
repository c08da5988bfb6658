// LocalStore's numbered migrations: each one applied to a database made by the previous
// version keeps its data, and a database from a newer Satchel is refused and left untouched.
#define BOOST_TEST_MODULE local_store_migrations
#include <boost/test/unit_test.hpp>

#include <atomic>

#include <QCryptographicHash>
#include <QFile>
#include <QThread>

#include "local_store_fixture.h"
#include "qt_fixture.h"
#include "satchel/client/draft_codec.h"
#include "satchel/client/draft_store.h"
#include "satchel/protocol/codec.h"

using namespace satchel;
using satchel::client::LocalStore;
using satchel::client::StoreError;
using satchel::testing::RawConnection;
using satchel::testing::StoreDir;
using satchel::testing::watchedEvent;

using satchel::testing::QtCoreApp;
BOOST_TEST_GLOBAL_FIXTURE(QtCoreApp);

namespace {
const Uuid kCourse = *Uuid::parse("0192a5a0-0000-7000-8000-00000000c001");
const Uuid kLesson = *Uuid::parse("0192a5a0-0000-7000-8000-00000000a001");
constexpr int kLatest = 7;  // update with every new migration, and add its test below

QByteArray fileHash(const QString& path) {
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
}  // namespace

BOOST_FIXTURE_TEST_CASE(a_new_database_reaches_the_latest_version, StoreDir) {
    BOOST_TEST(open()->schemaVersion() == kLatest);
    RawConnection raw(path);
    BOOST_TEST(raw.exec(QStringLiteral("PRAGMA user_version")).toInt() == kLatest);
    BOOST_TEST(raw.exec(QStringLiteral("PRAGMA integrity_check")).toString().toStdString() == "ok");
}

BOOST_FIXTURE_TEST_CASE(every_migration_applies_to_the_previous_versions_database, StoreDir) {
    for (int version = 1; version <= kLatest; ++version) {
        BOOST_TEST_CONTEXT("migration " << version) {
            BOOST_TEST(open(version)->schemaVersion() == version);
            RawConnection raw(path);
            BOOST_TEST(raw.exec(QStringLiteral("PRAGMA user_version")).toInt() == version);
            BOOST_TEST(
                raw.exec(QStringLiteral("PRAGMA integrity_check")).toString().toStdString() ==
                "ok");
        }
    }
}

BOOST_FIXTURE_TEST_CASE(migration_2_keeps_version_1_progress_and_outbox, StoreDir) {
    Uuid device;
    std::vector<ProgressEvent> events;
    {
        auto v1 = open(1);
        BOOST_REQUIRE(v1->schemaVersion() == 1);
        device = v1->deviceId();
        events = {watchedEvent(kCourse, kLesson, device, 10, 0, 4000),
                  watchedEvent(kCourse, kLesson, device, 11, 8000, 9000)};
        BOOST_REQUIRE(v1->recordProgress(events).ok());
        RawConnection raw(path);
        BOOST_TEST(raw.exec(QStringLiteral(
                                "SELECT count(*) FROM sqlite_master WHERE name = 'quiz_attempt'"))
                       .toInt() == 0);
    }
    auto v2 = open(2);
    BOOST_TEST(v2->schemaVersion() == 2);
    BOOST_TEST(v2->deviceId() == device);
    BOOST_TEST((*v2->lessonState(kLesson))->watched.coveredMs() == 5000u);
    auto pending = v2->pendingOutbox(10);
    BOOST_REQUIRE(pending->size() == 2u);
    BOOST_TEST((*pending)[0].id == events[0].id);
    BOOST_TEST(v2->lastHlc() == (Hlc{11, 0}));

    QuizAttempt attempt;
    attempt.id = newUuidV7();
    attempt.courseId = kCourse;
    attempt.lessonId = kLesson;
    attempt.courseVersion = 1;
    attempt.deviceId = device;
    attempt.hlc = Hlc{12, 0};
    attempt.startedAtMs = 1;
    attempt.submittedAtMs = 2;
    BOOST_REQUIRE(v2->recordAttempt(attempt).ok());
    BOOST_TEST(v2->attempts(kLesson)->size() == 1u);
}

// Migrations 3-5 only add tables (offline courses, instructor drafts, push notification
// events); a version-2 database keeps its device, progress, outbox and attempts through them.
BOOST_FIXTURE_TEST_CASE(migrations_3_to_5_keep_version_2_data, StoreDir) {
    Uuid device;
    const Uuid attemptId = newUuidV7();
    {
        auto v2 = open(2);
        BOOST_REQUIRE(v2->schemaVersion() == 2);
        device = v2->deviceId();
        const std::vector<ProgressEvent> progress{
            watchedEvent(kCourse, kLesson, device, 20, 0, 3000)};
        BOOST_REQUIRE(v2->recordProgress(progress).ok());
        QuizAttempt attempt;
        attempt.id = attemptId;
        attempt.courseId = kCourse;
        attempt.lessonId = kLesson;
        attempt.courseVersion = 1;
        attempt.deviceId = device;
        attempt.hlc = Hlc{21, 0};
        attempt.startedAtMs = 1;
        attempt.submittedAtMs = 2;
        BOOST_REQUIRE(v2->recordAttempt(attempt).ok());
    }
    auto latest = open();
    BOOST_TEST(latest->schemaVersion() == kLatest);
    BOOST_TEST(latest->deviceId() == device);
    BOOST_TEST((*latest->lessonState(kLesson))->watched.coveredMs() == 3000u);
    BOOST_TEST(latest->pendingOutbox(10)->size() == 2u);  // the progress event and the attempt
    const auto attempts = latest->attempts(kLesson);
    BOOST_REQUIRE(attempts->size() == 1u);
    BOOST_TEST((attempts->front().attempt.id == attemptId));
    RawConnection raw(path);
    for (const char* table :
         {"offline_course", "offline_asset", "course_draft", "notification_event"}) {
        BOOST_TEST_CONTEXT(table) {
            BOOST_TEST(raw.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                           .toInt() == 0);
        }
    }
}

// Migration 6 files every notification under its account (the userId its record carries)
// and gives the push channel's single resume point to the account of the newest pushed event:
// two accounts' notifications stored by version 5 on one machine are kept apart, with their
// read state, and nothing is queued for the server.
BOOST_FIXTURE_TEST_CASE(migration_6_keys_version_5_notifications_by_account, StoreDir) {
    const Uuid alice = newUuidV7();
    const Uuid bob = newUuidV7();
    const auto note = [](const Uuid& account, const std::string& title, std::int64_t atMs) {
        Notification n;
        n.id = newUuidV7();
        n.userId = account;
        n.title = title;
        n.body = "body";
        n.createdAtMs = atMs;
        return n;
    };
    const Notification aliceRead = note(alice, "Exam moved", 1000);
    const Notification aliceUnread = note(alice, "Room changed", 3000);
    const Notification bobUnread = note(bob, "Welcome", 2000);
    {
        open(5);
        RawConnection raw(path);
        const auto insert = [&](const Notification& n, const char* readAt) {
            raw.exec(
                QStringLiteral("INSERT INTO notification (id, payload, created_at_ms, "
                               "read_at_ms) VALUES ('%1', CAST('%2' AS BLOB), %3, %4)")
                    .arg(QString::fromStdString(n.id.toString()), QString::fromStdString(encode(n)))
                    .arg(n.createdAtMs)
                    .arg(QLatin1String(readAt)));
        };
        insert(aliceRead, "1500");
        insert(aliceUnread, "NULL");
        insert(bobUnread, "NULL");
        // Bob's event came first (id 4), then Alice's (id 9): the resume point 9 is Alice's.
        raw.exec(QStringLiteral("INSERT INTO notification_event VALUES ('%1', 4, "
                                "'course.announcement', CAST('{}' AS BLOB))")
                     .arg(QString::fromStdString(bobUnread.id.toString())));
        raw.exec(QStringLiteral("INSERT INTO notification_event VALUES ('%1', 9, "
                                "'course.announcement', CAST('{}' AS BLOB))")
                     .arg(QString::fromStdString(aliceUnread.id.toString())));
        raw.exec(QStringLiteral("INSERT INTO meta VALUES ('push_last_event_id', '9')"));
    }
    auto latest = open();
    BOOST_TEST(latest->schemaVersion() == kLatest);
    const auto aliceList = latest->notifications(alice, 10);
    BOOST_REQUIRE(aliceList.ok());
    BOOST_REQUIRE_EQUAL(aliceList->size(), 2u);
    BOOST_TEST(aliceList->at(0).title == "Room changed");  // newest first
    BOOST_TEST(!aliceList->at(0).readAtMs.has_value());
    BOOST_TEST(aliceList->at(1).readAtMs.value_or(0) == 1500);
    const auto bobList = latest->notifications(bob, 10);
    BOOST_REQUIRE_EQUAL(bobList->size(), 1u);
    BOOST_TEST(bobList->at(0).title == "Welcome");
    BOOST_TEST(*latest->unreadNotificationCount(alice) == 1);
    BOOST_TEST(*latest->unreadNotificationCount(bob) == 1);
    BOOST_TEST(latest->lastPushEventId(alice)->value_or(0) == 9);
    BOOST_TEST(!latest->lastPushEventId(bob)->has_value());
    BOOST_TEST(latest->pendingNotificationReads(alice, 10)->empty());
    BOOST_TEST(latest->notificationEvent(bobUnread.id)->has_value());
    RawConnection raw(path);
    BOOST_TEST(raw.exec(QStringLiteral("SELECT count(*) FROM meta WHERE key = "
                                       "'push_last_event_id'"))
                   .toInt() == 0);
}

// Migration 7 gives drafts an owner: a draft written by version 6 (when drafts belonged to
// the computer) is kept byte for byte with no owner, visible to nobody until the first
// instructor account to open the editor claims it; a second account finds nothing to claim.
BOOST_FIXTURE_TEST_CASE(migration_7_keeps_version_6_drafts_for_the_first_account_to_claim,
                        StoreDir) {
    client::CourseDraft draft = client::newCourseDraft("Thermodynamics");
    draft.modules.push_back(client::newDraftModule("Heat"));
    draft.updatedAtMs = 1700000000000;
    const QString payload = QString::fromStdString(client::encodeDraft(draft));
    {
        open(6);
        RawConnection raw(path);
        // As version 6's DraftStore wrote it.
        raw.exec(QStringLiteral("INSERT INTO course_draft (id, title, payload, updated_at_ms) "
                                "VALUES ('%1', 'Thermodynamics', '%2', %3)")
                     .arg(QString::fromStdString(draft.id.toString()), payload)
                     .arg(draft.updatedAtMs));
    }
    BOOST_TEST(open()->schemaVersion() == kLatest);
    {
        RawConnection raw(path);
        BOOST_TEST(raw.exec(QStringLiteral("SELECT count(*) FROM course_draft WHERE "
                                           "owner_server IS NULL AND owner_account IS NULL"))
                       .toInt() == 1);
        BOOST_TEST(raw.exec(QStringLiteral("SELECT payload FROM course_draft")).toString() ==
                   payload);
        BOOST_TEST(
            raw.exec(QStringLiteral("SELECT updated_at_ms FROM course_draft")).toLongLong() ==
            draft.updatedAtMs);
        // An owner is both parts or neither.
        BOOST_TEST(!raw.tryExec(QStringLiteral("UPDATE course_draft SET owner_server = 'x'")));
    }
    const client::DraftOwner first{QStringLiteral("https://school.example"), newUuidV7()};
    const client::DraftOwner second{QStringLiteral("https://school.example"), newUuidV7()};
    auto store = client::DraftStore::open(path, first);
    BOOST_REQUIRE(store.ok());
    BOOST_TEST((*store)->list()->empty());  // not the account's until claimed
    BOOST_TEST(*(*store)->claimUnowned() == 1);
    const auto loaded = (*store)->load(draft.id);
    BOOST_REQUIRE(loaded.ok());
    BOOST_TEST((*loaded == draft));
    auto other = client::DraftStore::open(path, second);
    BOOST_REQUIRE(other.ok());
    BOOST_TEST(*(*other)->claimUnowned() == 0);
    BOOST_TEST((*other)->list()->empty());
}

// The app opens one database from several threads at start (UI store, sync, notifications,
// downloads): on a new file they all race to migrate it, and every one must succeed.
BOOST_FIXTURE_TEST_CASE(threads_opening_a_new_database_at_once_all_succeed, StoreDir) {
    constexpr int kThreads = 6;
    std::atomic<int> opened{0};
    std::vector<std::string> errors(kThreads);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < kThreads; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            auto store = LocalStore::open(path);
            if (store && (*store)->schemaVersion() == kLatest)
                ++opened;
            else if (!store)
                errors[static_cast<std::size_t>(i)] = store.error().message.toStdString();
        }));
    }
    for (auto& t : threads)
        t->start();
    for (auto& t : threads)
        BOOST_REQUIRE(t->wait(60000));
    for (const auto& e : errors)
        BOOST_TEST(e.empty(), e);
    BOOST_TEST(opened.load() == kThreads);
}

BOOST_FIXTURE_TEST_CASE(a_database_from_a_newer_satchel_is_refused_untouched, StoreDir) {
    open();
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(kLatest + 1));
        raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QByteArray before = fileHash(path);
    auto refused = LocalStore::open(path);
    BOOST_REQUIRE(!refused.ok());
    BOOST_TEST((refused.error().kind == StoreError::Kind::TooNew));
    BOOST_TEST(refused.error().message.contains(QString::number(kLatest + 1)));
    RawConnection raw(path);
    BOOST_TEST(raw.exec(QStringLiteral("PRAGMA user_version")).toInt() == kLatest + 1);
    BOOST_TEST((fileHash(path) == before));
}
