// LocalStore on a real SQLite file: WAL, identity, progress and its outbox in one
// transaction, acks, pulls, and concurrent writers on their own connections.
#define BOOST_TEST_MODULE local_store
#include <boost/test/unit_test.hpp>

#include <QFileInfo>
#include <QThread>
#include <atomic>

#include "local_store_fixture.h"
#include "qt_fixture.h"
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
const Uuid kOtherLesson = *Uuid::parse("0192a5a0-0000-7000-8000-00000000a002");
const Uuid kOtherDevice = *Uuid::parse("0192a5a0-0000-7000-8000-0000000de7ce");
}  // namespace

BOOST_FIXTURE_TEST_CASE(opens_in_wal_mode_with_a_lasting_device_id, StoreDir) {
    Uuid device;
    {
        auto store = open();
        device = store->deviceId();
        BOOST_TEST(device.version() == 7);
        BOOST_TEST(store->schemaVersion() >= 2);
    }
    RawConnection raw(path);
    BOOST_TEST(raw.exec(QStringLiteral("PRAGMA journal_mode")).toString().toStdString() == "wal");
    auto reopened = open();
    BOOST_TEST(reopened->deviceId() == device);
}

BOOST_FIXTURE_TEST_CASE(progress_and_its_outbox_are_written_together, StoreDir) {
    auto store = open();
    const Uuid me = store->deviceId();
    std::vector<ProgressEvent> batch = {
        watchedEvent(kCourse, kLesson, me, 1000, 0, 5000),
        watchedEvent(kCourse, kLesson, me, 1001, 5000, 10000),
        watchedEvent(kCourse, kLesson, me, 1002, 30000, 35000),
        watchedEvent(kCourse, kOtherLesson, me, 1003, 0, 1000),
    };
    BOOST_REQUIRE(store->recordProgress(batch).ok());

    auto state = store->lessonState(kLesson);
    BOOST_REQUIRE(state.ok());
    BOOST_REQUIRE(state->has_value());
    const auto& intervals = (*state)->watched.intervals();
    BOOST_REQUIRE(intervals.size() == 2u);
    BOOST_TEST(intervals[0].startMs == 0u);
    BOOST_TEST(intervals[0].endMs == 10000u);
    BOOST_TEST(intervals[1].startMs == 30000u);
    BOOST_TEST((*state)->courseId == kCourse);

    auto pending = store->pendingOutbox(100);
    BOOST_REQUIRE(pending.ok());
    BOOST_REQUIRE(pending->size() == batch.size());
    for (std::size_t i = 0; i < batch.size(); ++i) {
        BOOST_TEST((*pending)[i].id == batch[i].id);
        BOOST_REQUIRE((*pending)[i].progress.has_value());
        BOOST_TEST((*(*pending)[i].progress == batch[i]));
    }
    BOOST_TEST(*store->pendingCount() == 4);
    BOOST_TEST(store->courseProgress(kCourse)->size() == 2u);
    BOOST_TEST(store->lastHlc() == (Hlc{1003, 0}));
}

BOOST_FIXTURE_TEST_CASE(a_failure_mid_batch_leaves_neither_state_nor_outbox, StoreDir) {
    auto store = open();
    const Uuid me = store->deviceId();
    BOOST_REQUIRE(
        store->recordProgress(std::vector{watchedEvent(kCourse, kLesson, me, 1, 0, 1000)}).ok());

    std::vector<ProgressEvent> batch = {
        watchedEvent(kCourse, kLesson, me, 2, 1000, 9000),
        watchedEvent(kCourse, kOtherLesson, me, 3, 0, 5000),
        watchedEvent(kCourse, kLesson, me, 4, 20000, 30000),
    };
    {
        // The third outbox insert fails inside the store's transaction.
        RawConnection raw(path);
        raw.exec(
            QStringLiteral("CREATE TRIGGER injected BEFORE INSERT ON outbox WHEN NEW.id = '%1' "
                           "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
                .arg(QString::fromStdString(batch[2].id.toString())));
    }
    auto recorded = store->recordProgress(batch);
    BOOST_REQUIRE(!recorded.ok());
    BOOST_TEST((recorded.error().kind == StoreError::Kind::Query));
    BOOST_TEST(recorded.error().message.contains(QStringLiteral("injected failure")));

    auto state = store->lessonState(kLesson);
    BOOST_REQUIRE(state->has_value());
    BOOST_TEST((*state)->watched.coveredMs() == 1000u);  // only the first, committed event
    BOOST_TEST(!store->lessonState(kOtherLesson)->has_value());
    BOOST_TEST(*store->pendingCount() == 1);
    BOOST_TEST(store->lastHlc() == (Hlc{1, 0}));
}

BOOST_FIXTURE_TEST_CASE(acks_remove_entries_and_rejections_stay_visible, StoreDir) {
    auto store = open();
    const Uuid me = store->deviceId();
    std::vector<ProgressEvent> batch;
    for (int i = 0; i < 5; ++i)
        batch.push_back(watchedEvent(kCourse, kLesson, me, 10 + i, i * 1000, i * 1000 + 500));
    BOOST_REQUIRE(store->recordProgress(batch).ok());

    std::vector<EventAck> acks = {
        {batch[0].id, AckStatus::Applied, std::nullopt, ""},
        {batch[1].id, AckStatus::Duplicate, std::nullopt, ""},
        {batch[2].id, AckStatus::Rejected, RejectReason::NotEnrolled, "not enrolled in the course"},
        {newUuidV7(), AckStatus::Applied, std::nullopt, ""},  // unknown: ignored
    };
    BOOST_REQUIRE(store->applyAcks(acks).ok());

    auto pending = store->pendingOutbox(100);
    BOOST_REQUIRE(pending->size() == 2u);
    BOOST_TEST((*pending)[0].id == batch[3].id);
    BOOST_TEST((*pending)[1].id == batch[4].id);

    auto rejected = store->rejectedOutbox();
    BOOST_REQUIRE(rejected->size() == 1u);
    BOOST_TEST((*rejected)[0].id == batch[2].id);
    BOOST_TEST(((*rejected)[0].rejectReason == RejectReason::NotEnrolled));
    BOOST_TEST((*rejected)[0].rejectMessage == "not enrolled in the course");
    // The local state keeps what was watched even though the server refused the event.
    BOOST_TEST((*store->lessonState(kLesson))->watched.coveredMs() == 2500u);
}

BOOST_FIXTURE_TEST_CASE(pulled_pages_merge_and_replaying_them_changes_nothing, StoreDir) {
    auto store = open();
    const Uuid me = store->deviceId();
    BOOST_REQUIRE(
        store
            ->recordProgress(std::vector{watchedEvent(kCourse, kLesson, me, 100, 0, 60000, 120000)})
            .ok());

    QuizAttempt attempt;
    attempt.id = newUuidV7();
    attempt.courseId = kCourse;
    attempt.lessonId = kOtherLesson;
    attempt.courseVersion = 1;
    attempt.deviceId = kOtherDevice;
    attempt.hlc = Hlc{200, 0};
    attempt.startedAtMs = 1000;
    attempt.submittedAtMs = 2000;
    attempt.answers = {Answer{"q1", {"a"}, std::nullopt, std::nullopt, std::nullopt, 500}};
    attempt.provisionalScore = Score{1, 1, true};

    PullResponse page;
    page.events = {watchedEvent(kCourse, kLesson, kOtherDevice, 150, 30000, 90000, 120000)};
    page.attempts = {attempt};
    page.grades = {AttemptGrade{attempt.id, kCourse, kOtherLesson, Score{0.5, 1, false}, 5000}};
    Notification note;
    note.id = newUuidV7();
    note.userId = newUuidV7();
    note.title = "Graded";
    note.body = "Your quiz was graded";
    note.createdAtMs = 6000;
    page.notifications = {note};
    page.cursor = "cursor-1";

    BOOST_REQUIRE(store->applyPull(page).ok());
    auto state = store->lessonState(kLesson);
    BOOST_TEST((*state)->watched.coveredMs() == 90000u);
    BOOST_TEST(percentWatched((*state)->watched, 120000) == 75.0);
    BOOST_TEST(*store->pullCursor() == "cursor-1");

    auto attempts = store->attempts(kOtherLesson);
    BOOST_REQUIRE(attempts->size() == 1u);
    BOOST_TEST(((*attempts)[0].attempt == attempt));
    BOOST_REQUIRE((*attempts)[0].grade.has_value());
    BOOST_TEST((*attempts)[0].grade->score.points == 0.5);
    BOOST_TEST(store->notifications(note.userId, 10)->size() == 1u);
    BOOST_TEST(store->lastHlc() == (Hlc{200, 0}));

    const auto before = *store->lessonState(kLesson);
    page.cursor = "cursor-2";
    BOOST_REQUIRE(store->applyPull(page).ok());
    BOOST_TEST((*store->lessonState(kLesson) == before));
    BOOST_TEST(store->attempts(kOtherLesson)->size() == 1u);
    BOOST_TEST(store->notifications(note.userId, 10)->size() == 1u);
    // Pulled events are other devices' facts: nothing new to push.
    BOOST_TEST(*store->pendingCount() == 1);
}

BOOST_FIXTURE_TEST_CASE(local_attempts_are_queued_once_and_await_their_grade, StoreDir) {
    auto store = open();
    QuizAttempt attempt;
    attempt.id = newUuidV7();
    attempt.courseId = kCourse;
    attempt.lessonId = kLesson;
    attempt.courseVersion = 1;
    attempt.deviceId = store->deviceId();
    attempt.hlc = Hlc{500, 1};
    attempt.startedAtMs = 10;
    attempt.submittedAtMs = 20;
    BOOST_REQUIRE(store->recordAttempt(attempt).ok());
    BOOST_REQUIRE(store->recordAttempt(attempt).ok());
    BOOST_TEST(*store->pendingCount() == 1);
    auto stored = store->attempts(kLesson);
    BOOST_REQUIRE(stored->size() == 1u);
    BOOST_TEST((*stored)[0].awaitingGrade());
    auto pending = store->pendingOutbox(10);
    BOOST_REQUIRE(pending->size() == 1u);
    BOOST_TEST(((*pending)[0].kind == client::OutboxEntry::Kind::Attempt));
    BOOST_REQUIRE((*pending)[0].attempt.has_value());
    BOOST_TEST((*(*pending)[0].attempt == attempt));
}

BOOST_FIXTURE_TEST_CASE(another_devices_event_is_refused_as_invalid, StoreDir) {
    auto store = open();
    auto refused =
        store->recordProgress(std::vector{watchedEvent(kCourse, kLesson, kOtherDevice, 1, 0, 10)});
    BOOST_REQUIRE(!refused.ok());
    BOOST_TEST((refused.error().kind == StoreError::Kind::Invalid));
    BOOST_TEST(*store->pendingCount() == 0);
    BOOST_TEST(!store->lessonState(kLesson)->has_value());
}

BOOST_FIXTURE_TEST_CASE(last_hlc_survives_a_restart, StoreDir) {
    {
        auto store = open();
        BOOST_REQUIRE(store
                          ->recordProgress(std::vector{
                              watchedEvent(kCourse, kLesson, store->deviceId(), 777, 0, 10)})
                          .ok());
    }
    BOOST_TEST(open()->lastHlc() == (Hlc{777, 0}));
}

BOOST_FIXTURE_TEST_CASE(writers_on_two_threads_each_with_a_connection_lose_nothing, StoreDir) {
    auto main = open();  // creates and migrates the file first
    constexpr int kBatches = 40;
    constexpr int kPerBatch = 25;
    std::atomic<int> failures{0};
    auto writer = [&](Uuid lesson) {
        auto store = LocalStore::open(path);
        if (!store) {
            ++failures;
            return;
        }
        for (int b = 0; b < kBatches; ++b) {
            std::vector<ProgressEvent> batch;
            for (int i = 0; i < kPerBatch; ++i) {
                const std::uint64_t start = static_cast<std::uint64_t>(b * kPerBatch + i) * 100;
                batch.push_back(watchedEvent(kCourse, lesson, (*store)->deviceId(), start + 1,
                                             start, start + 100, 10'000'000));
            }
            if (!(*store)->recordProgress(batch))
                ++failures;
        }
    };
    std::unique_ptr<QThread> a(QThread::create(writer, kLesson));
    std::unique_ptr<QThread> b(QThread::create(writer, kOtherLesson));
    a->start();
    b->start();
    BOOST_REQUIRE(a->wait(QDeadlineTimer(120000)));
    BOOST_REQUIRE(b->wait(QDeadlineTimer(120000)));
    BOOST_TEST(failures.load() == 0);
    BOOST_TEST(*main->pendingCount() == 2 * kBatches * kPerBatch);
    BOOST_TEST((*main->lessonState(kLesson))->watched.coveredMs() ==
               std::uint64_t{kBatches * kPerBatch * 100});
    BOOST_TEST((*main->lessonState(kOtherLesson))->watched.coveredMs() ==
               std::uint64_t{kBatches * kPerBatch * 100});
}
