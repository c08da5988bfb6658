// LocalStore::claimProgress on a real SQLite file: whose progress the store holds when
// different accounts sign in on one computer (a school lab). Unowned offline work is claimed;
// another account's unsent work refuses the sign-in and stays intact; once it is all on the
// server, the account-scoped tables are cleared in one go and the pull starts over, while
// device-wide data (offline courses, drafts, other accounts' notifications) stays.
#define BOOST_TEST_MODULE local_store_owner
#include <boost/test/unit_test.hpp>

#include "local_store_fixture.h"
#include "qt_fixture.h"

using namespace satchel;
using satchel::client::ProgressClaim;
using satchel::client::ProgressClaimError;
using satchel::testing::RawConnection;
using satchel::testing::StoreDir;
using satchel::testing::watchedEvent;

using satchel::testing::QtCoreApp;
BOOST_TEST_GLOBAL_FIXTURE(QtCoreApp);

namespace {
const Uuid kCourse = *Uuid::parse("0192a5a0-0000-7000-8000-00000000c001");
const Uuid kLesson = *Uuid::parse("0192a5a0-0000-7000-8000-00000000a001");
const Uuid kAlice = *Uuid::parse("0192a5a0-0000-7000-8000-0000000a11ce");
const Uuid kBob = *Uuid::parse("0192a5a0-0000-7000-8000-0000000000b0");

ProgressClaim::Outcome claimed(client::LocalStore& store, const Uuid& account) {
    auto claim = store.claimProgress(account);
    if (!claim) {
        BOOST_FAIL("claim refused: kind " << static_cast<int>(claim.error().kind) << " waiting "
                                          << claim.error().waiting << " "
                                          << claim.error().store.message.toStdString());
    }
    return claim->outcome;
}

void ackAll(client::LocalStore& store) {
    std::vector<EventAck> acks;
    const auto pending = store.pendingOutbox(1000);  // kept: the loop reads into it
    BOOST_REQUIRE(pending.ok());
    for (const auto& entry : *pending)
        acks.push_back({entry.id, AckStatus::Applied, std::nullopt, ""});
    BOOST_REQUIRE(store.applyAcks(acks).ok());
}
}  // namespace

BOOST_FIXTURE_TEST_CASE(offline_work_before_any_sign_in_is_claimed_by_the_first_account, StoreDir) {
    auto store = open();
    BOOST_TEST(!store->progressOwner()->has_value());
    const auto event = watchedEvent(kCourse, kLesson, store->deviceId(), 100, 0, 30000);
    BOOST_REQUIRE(store->recordProgress(std::span(&event, 1)).ok());

    BOOST_TEST((claimed(*store, kAlice) == ProgressClaim::Outcome::Claimed));
    BOOST_TEST(**store->progressOwner() == kAlice);
    BOOST_TEST(*store->pendingCount() == 1);  // kept, to be sent as Alice's
    BOOST_TEST(store->lessonState(kLesson)->has_value());
    BOOST_TEST((claimed(*store, kAlice) == ProgressClaim::Outcome::AlreadyOwned));
    BOOST_TEST(*store->pendingCount() == 1);
}

BOOST_FIXTURE_TEST_CASE(another_accounts_unsent_work_refuses_the_claim_and_stays, StoreDir) {
    auto store = open();
    BOOST_REQUIRE((claimed(*store, kAlice) == ProgressClaim::Outcome::Claimed));
    std::vector<ProgressEvent> events{
        watchedEvent(kCourse, kLesson, store->deviceId(), 100, 0, 30000),
        watchedEvent(kCourse, kLesson, store->deviceId(), 101, 30000, 40000)};
    BOOST_REQUIRE(store->recordProgress(events).ok());
    // One the server refused: it waits in "needs attention", still Alice's.
    BOOST_REQUIRE(
        store->applyAcks({{events[0].id, AckStatus::Rejected, RejectReason::NotEnrolled, "no"}})
            .ok());

    auto refused = store->claimProgress(kBob);
    BOOST_REQUIRE(!refused.ok());
    BOOST_TEST((refused.error().kind == ProgressClaimError::Kind::OtherAccountUnsent));
    BOOST_TEST(refused.error().owner == kAlice);
    BOOST_TEST(refused.error().waiting == 1);  // the pending one; the server has the other
    BOOST_TEST(**store->progressOwner() == kAlice);
    BOOST_TEST(*store->pendingCount() == 1);
    BOOST_TEST(store->rejectedOutbox()->size() == 1u);
    BOOST_TEST(store->lessonState(kLesson)->has_value());

    // Once the pending one reaches the server, the rejected one (stored on the server with
    // its reason) does not keep Bob out: a shared computer never locks on a refusal.
    ackAll(*store);
    BOOST_TEST((claimed(*store, kBob) == ProgressClaim::Outcome::Switched));
    BOOST_TEST(store->rejectedOutbox()->empty());
    BOOST_TEST(*store->pendingCount() == 0);
}

BOOST_FIXTURE_TEST_CASE(a_new_account_starts_clean_once_everything_is_on_the_server, StoreDir) {
    auto store = open();
    BOOST_REQUIRE((claimed(*store, kAlice) == ProgressClaim::Outcome::Claimed));
    const auto event = watchedEvent(kCourse, kLesson, store->deviceId(), 100, 0, 30000);
    BOOST_REQUIRE(store->recordProgress(std::span(&event, 1)).ok());
    QuizAttempt attempt;
    attempt.id = newUuidV7();
    attempt.courseId = kCourse;
    attempt.lessonId = kLesson;
    attempt.courseVersion = 1;
    attempt.deviceId = store->deviceId();
    attempt.hlc = Hlc{200, 0};
    attempt.submittedAtMs = 2000;
    BOOST_REQUIRE(store->recordAttempt(attempt).ok());
    ackAll(*store);
    PullResponse page;
    page.cursor = "alice-cursor";
    BOOST_REQUIRE(store->applyPull(page).ok());
    CatalogResponse catalog;
    BOOST_REQUIRE(store->saveCatalog(catalog).ok());
    Notification note;
    note.id = newUuidV7();
    note.userId = kAlice;
    note.title = "Hello";
    BOOST_REQUIRE(store->storePushedNotification(kAlice, &note, 7, "notification", "{}").ok());
    RawConnection raw(path);
    raw.exec(
        QStringLiteral("INSERT INTO course_draft (id, title, payload, updated_at_ms) "
                       "VALUES ('d1', 'Draft', x'7b7d', 1)"));
    raw.exec(QStringLiteral("INSERT INTO course_version VALUES ('c', 1, 'sha', 1)"));

    const auto switched = store->claimProgress(kBob);
    BOOST_REQUIRE(switched.ok());
    BOOST_TEST((switched->outcome == ProgressClaim::Outcome::Switched));
    BOOST_TEST(*switched->previousOwner == kAlice);
    BOOST_TEST(**store->progressOwner() == kBob);
    BOOST_TEST(!store->lessonState(kLesson)->has_value());
    BOOST_TEST(store->attempts(kLesson)->empty());
    BOOST_TEST(store->pullCursor()->empty());  // Bob's pull starts from the beginning
    BOOST_TEST(!store->cachedCatalog()->has_value());
    BOOST_TEST(raw.exec(QStringLiteral("SELECT count(*) FROM course_version")).toInt() == 0);
    // Per device or already per account: kept.
    BOOST_TEST(raw.exec(QStringLiteral("SELECT count(*) FROM course_draft")).toInt() == 1);
    BOOST_TEST(store->notifications(kAlice, 10)->size() == 1u);
    BOOST_TEST(store->notifications(kBob, 10)->empty());

    // Bob's own work is his; Alice coming back is refused until it is sent.
    const auto bobs = watchedEvent(kCourse, kLesson, store->deviceId(), 300, 0, 5000);
    BOOST_REQUIRE(store->recordProgress(std::span(&bobs, 1)).ok());
    BOOST_TEST(!store->claimProgress(kAlice).ok());
}

BOOST_FIXTURE_TEST_CASE(a_store_synced_before_ownership_existed_is_cleared_unless_work_waits,
                        StoreDir) {
    {
        auto store = open();
        PullResponse page;
        page.events = {watchedEvent(kCourse, kLesson, newUuidV7(), 100, 0, 30000)};
        page.cursor = "unknown-accounts-cursor";
        BOOST_REQUIRE(store->applyPull(page).ok());
        BOOST_TEST((claimed(*store, kBob) == ProgressClaim::Outcome::Switched));
        BOOST_TEST(!store->lessonState(kLesson)->has_value());
        BOOST_TEST(store->pullCursor()->empty());
    }
    StoreDir other;
    auto store = other.open();
    PullResponse page;
    page.cursor = "unknown-accounts-cursor";
    BOOST_REQUIRE(store->applyPull(page).ok());
    const auto event = watchedEvent(kCourse, kLesson, store->deviceId(), 100, 0, 30000);
    BOOST_REQUIRE(store->recordProgress(std::span(&event, 1)).ok());
    // Whose it is cannot be told: kept and claimed rather than lost.
    BOOST_TEST((claimed(*store, kBob) == ProgressClaim::Outcome::Claimed));
    BOOST_TEST(*store->pendingCount() == 1);
    BOOST_TEST(*store->pullCursor() == "unknown-accounts-cursor");
}
