// LocalStore's notification side per account (local migration 6): two accounts signing in on
// one machine share the database file but never each other's notifications, unread counts,
// queued reads or push resume point; reads made here are queued until the server accepts
// them, and reads the server announces are applied once, keeping the first read time.
// Pure store logic on a real SQLite file (no server).
#define BOOST_TEST_MODULE push_notification_store_accounts
#include <boost/test/unit_test.hpp>

#include <QCoreApplication>

#include "satchel/client/local_store.h"
#include "satchel/testing/env.h"

using namespace satchel;
using satchel::client::LocalStore;
using satchel::client::StoreError;

namespace {

struct QtApp {
    int argc = 1;
    char arg0[40] = "push-notification-store-accounts";
    char* argv[2] = {arg0, nullptr};
    QCoreApplication app{argc, argv};
};
BOOST_TEST_GLOBAL_FIXTURE(QtApp);

struct Machine {
    satchel::testing::TempDir dir{"satchel-notification-accounts"};
    std::unique_ptr<LocalStore> store = open();
    const Uuid alice = newUuidV7();
    const Uuid bob = newUuidV7();

    std::unique_ptr<LocalStore> open() {
        auto opened = LocalStore::open(QString::fromStdString((dir / "local.sqlite").string()));
        BOOST_REQUIRE_MESSAGE(
            opened.ok(), "open failed: " << (opened.ok() ? std::string()
                                                         : opened.error().message.toStdString()));
        return std::move(*opened);
    }
    Notification push(const Uuid& account, const std::string& title, std::int64_t eventId) {
        Notification n;
        n.id = newUuidV7();
        n.userId = account;
        n.title = title;
        n.body = "body";
        n.createdAtMs = 1000 + eventId;
        const auto stored =
            store->storePushedNotification(account, &n, eventId, "course.announcement", "{}");
        BOOST_REQUIRE(stored.ok());
        BOOST_REQUIRE(*stored);
        return n;
    }
    std::vector<std::string> titles(const Uuid& account) {
        std::vector<std::string> out;
        const auto stored = store->notifications(account, 50);
        BOOST_REQUIRE(stored.ok());
        for (const auto& n : *stored)
            out.push_back(n.title);
        return out;
    }
};

}  // namespace

BOOST_FIXTURE_TEST_CASE(two_accounts_on_one_machine_see_only_their_own_notifications, Machine) {
    push(alice, "Exam moved", 3);
    push(alice, "Room changed", 4);
    push(bob, "Welcome", 7);

    BOOST_TEST(titles(alice) == (std::vector<std::string>{"Room changed", "Exam moved"}));
    BOOST_TEST(titles(bob) == std::vector<std::string>{"Welcome"});
    BOOST_TEST(*store->unreadNotificationCount(alice) == 2);
    BOOST_TEST(*store->unreadNotificationCount(bob) == 1);
    // Each account resumes its own channel: Bob's higher id is not Alice's.
    BOOST_TEST(store->lastPushEventId(alice)->value_or(0) == 4);
    BOOST_TEST(store->lastPushEventId(bob)->value_or(0) == 7);
    BOOST_TEST(!store->lastPushEventId(newUuidV7())->has_value());

    // Alice marking all read touches only hers, and queues only hers.
    BOOST_REQUIRE(store->markAllNotificationsRead(alice, 5000).ok());
    BOOST_TEST(*store->unreadNotificationCount(alice) == 0);
    BOOST_TEST(*store->unreadNotificationCount(bob) == 1);
    BOOST_TEST(store->pendingNotificationReads(alice, 50)->size() == 2u);
    BOOST_TEST(store->pendingNotificationReads(bob, 50)->empty());

    // Bob cannot mark Alice's notification read, nor store one of hers under his account.
    const Notification slides = push(alice, "Slides", 5);
    BOOST_REQUIRE(store->markNotificationRead(bob, slides.id, 6000).ok());
    BOOST_TEST(*store->unreadNotificationCount(alice) == 1);
    BOOST_TEST(store->pendingNotificationReads(bob, 50)->empty());
    Notification foreign = slides;
    foreign.id = newUuidV7();
    const auto refused =
        store->storePushedNotification(bob, &foreign, 8, "course.announcement", "{}");
    BOOST_REQUIRE(!refused.ok());
    BOOST_TEST((refused.error().kind == StoreError::Kind::Invalid));
    BOOST_TEST(store->lastPushEventId(bob)->value_or(0) == 7);  // the refused event moved nothing

    // Everything survives a restart, still apart.
    store.reset();
    store = open();
    BOOST_TEST(titles(bob) == std::vector<std::string>{"Welcome"});
    BOOST_TEST(store->pendingNotificationReads(alice, 50)->size() == 2u);
    BOOST_TEST(store->lastPushEventId(alice)->value_or(0) == 5);
}

BOOST_FIXTURE_TEST_CASE(reads_stay_queued_until_accepted_and_server_reads_apply_once, Machine) {
    const Notification first = push(alice, "Exam moved", 1);
    const Notification second = push(alice, "Room changed", 2);
    const Notification third = push(alice, "Slides", 3);

    BOOST_REQUIRE(store->markNotificationRead(alice, first.id, 5000).ok());
    BOOST_REQUIRE(store->markNotificationRead(alice, second.id, 6000).ok());
    BOOST_REQUIRE(store->markNotificationRead(alice, second.id, 7000).ok());  // again: no-op
    auto pending = store->pendingNotificationReads(alice, 1);
    BOOST_REQUIRE_EQUAL(pending->size(), 1u);
    BOOST_TEST((pending->front() == first.id));  // oldest read first, at most `limit`
    BOOST_TEST(store->pendingNotificationReads(alice, 50)->size() == 2u);

    BOOST_REQUIRE(store->confirmNotificationReads(alice, {first.id}).ok());
    pending = store->pendingNotificationReads(alice, 50);
    BOOST_REQUIRE_EQUAL(pending->size(), 1u);
    BOOST_TEST((pending->front() == second.id));

    // The server announces reads of `second` (sent from here) and `third` (another device):
    // both are read, nothing is queued, and `second` keeps the time it was read here.
    const auto applied = store->applyNotificationReads(alice, {second.id, third.id}, 9000);
    BOOST_REQUIRE(applied.ok());
    BOOST_TEST(*applied == 2);
    BOOST_TEST(store->pendingNotificationReads(alice, 50)->empty());
    BOOST_TEST(*store->unreadNotificationCount(alice) == 0);
    const auto stored = store->notifications(alice, 50);
    BOOST_REQUIRE(stored.ok());
    int checked = 0;
    for (const auto& n : *stored) {
        if (n.id == second.id) {
            BOOST_TEST(n.readAtMs.value_or(0) == 6000);
            ++checked;
        }
        if (n.id == third.id) {
            BOOST_TEST(n.readAtMs.value_or(0) == 9000);
            ++checked;
        }
    }
    BOOST_TEST(checked == 2);
    // The same announcement again (a replayed event) changes nothing.
    BOOST_TEST(*store->applyNotificationReads(alice, {second.id, third.id}, 9999) == 0);
    // Another account's reads never touch Alice's rows.
    BOOST_TEST(*store->applyNotificationReads(bob, {first.id}, 9999) == 0);
}

BOOST_FIXTURE_TEST_CASE(a_pulled_read_time_ends_a_queued_read_and_files_under_its_account,
                        Machine) {
    const Notification mine = push(alice, "Exam moved", 1);
    BOOST_REQUIRE(store->markNotificationRead(alice, mine.id, 5000).ok());
    BOOST_REQUIRE_EQUAL(store->pendingNotificationReads(alice, 50)->size(), 1u);

    PullResponse page;
    Notification pulledRead = mine;
    pulledRead.readAtMs = 4000;  // the server learnt it (perhaps from this device's last try)
    Notification bobs;
    bobs.id = newUuidV7();
    bobs.userId = bob;
    bobs.title = "Welcome";
    bobs.createdAtMs = 10;
    page.notifications = {pulledRead, bobs};
    page.cursor = "c";
    BOOST_REQUIRE(store->applyPull(page).ok());

    BOOST_TEST(store->pendingNotificationReads(alice, 50)->empty());
    BOOST_TEST(store->notifications(alice, 50)->front().readAtMs.value_or(0) == 5000);
    BOOST_TEST(titles(bob) == std::vector<std::string>{"Welcome"});
    BOOST_TEST(*store->unreadNotificationCount(bob) == 1);
}
