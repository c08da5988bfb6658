// The hub's bookkeeping, which decides what each subscriber is fetched and when: pure logic,
// with a recording subscriber.
#define BOOST_TEST_MODULE push_hub
#include <boost/test/unit_test.hpp>

#include "push/hub.h"

using satchel::server::PushHub;
using satchel::server::PushSubscriber;
using satchel::server::StoredPushEvent;

namespace {

struct Recorder : PushSubscriber {
    std::vector<long long> seqs;
    std::vector<bool> resumeAsked;
    void deliver(std::vector<StoredPushEvent> events, bool resumeWhenWritten) override {
        for (const auto& e : events)
            seqs.push_back(e.seq);
        resumeAsked.push_back(resumeWhenWritten);
    }
};

std::vector<StoredPushEvent> events(long long from, long long to) {
    std::vector<StoredPushEvent> out;
    for (long long s = from; s <= to; ++s)
        out.push_back({s, "{}"});
    return out;
}

struct Fixture {
    PushHub hub;
    int wakeups = 0;
    Fixture() {
        hub.setWakeup([this] { ++wakeups; });
    }
};

}  // namespace

BOOST_FIXTURE_TEST_CASE(new_subscription_is_fetched_once_from_its_cursor, Fixture) {
    auto r = std::make_shared<Recorder>();
    const auto id = hub.subscribe("u1", 3, 7, r);
    BOOST_TEST(wakeups == 1);
    auto due = hub.takeDue(10);
    BOOST_REQUIRE_EQUAL(due.size(), 1u);
    BOOST_TEST(due[0].id == id);
    BOOST_TEST(due[0].cursor.userId == "u1");
    BOOST_TEST(due[0].cursor.afterSeq == 3);
    BOOST_TEST(hub.takeDue(10).empty());  // in flight: not taken twice
    hub.fetched(id, events(4, 7), false);
    BOOST_TEST(r->seqs == std::vector<long long>({4, 5, 6, 7}));
    BOOST_TEST(hub.takeDue(10).empty());
}

BOOST_FIXTURE_TEST_CASE(cursor_beyond_the_latest_event_starts_from_the_latest, Fixture) {
    auto r = std::make_shared<Recorder>();
    hub.subscribe("u1", 50, 7, r);
    BOOST_TEST(hub.takeDue(10).at(0).cursor.afterSeq == 7);
}

BOOST_FIXTURE_TEST_CASE(delivered_subscription_waits_for_resume_before_the_next_fetch, Fixture) {
    auto r = std::make_shared<Recorder>();
    const auto id = hub.subscribe("u1", 0, 0, r);
    hub.takeDue(10);
    hub.fetched(id, events(1, 2), false);
    hub.eventCommitted("u1", 3);
    BOOST_TEST(hub.takeDue(10).empty());  // the client has not written 1 and 2 yet
    hub.resume(id);
    auto due = hub.takeDue(10);
    BOOST_REQUIRE_EQUAL(due.size(), 1u);
    BOOST_TEST(due[0].cursor.afterSeq == 2);
}

BOOST_FIXTURE_TEST_CASE(full_page_is_followed_by_the_next_page_after_resume, Fixture) {
    auto r = std::make_shared<Recorder>();
    const auto id = hub.subscribe("u1", 0, 500, r);
    hub.takeDue(10);
    hub.fetched(id, events(1, 64), true);
    BOOST_TEST(hub.takeDue(10).empty());
    hub.resume(id);
    auto due = hub.takeDue(10);
    BOOST_REQUIRE_EQUAL(due.size(), 1u);
    BOOST_TEST(due[0].cursor.afterSeq == 64);
}

BOOST_FIXTURE_TEST_CASE(notification_for_an_event_already_sent_changes_nothing, Fixture) {
    auto r = std::make_shared<Recorder>();
    const auto id = hub.subscribe("u1", 0, 0, r);
    hub.takeDue(10);
    hub.fetched(id, events(1, 3), false);
    hub.resume(id);
    hub.eventCommitted("u1", 2);
    hub.eventCommitted("u2", 9);  // nobody here listens for u2
    BOOST_TEST(hub.takeDue(10).empty());
    hub.eventCommitted("u1", 4);
    BOOST_TEST(hub.takeDue(10).size() == 1u);
}

BOOST_FIXTURE_TEST_CASE(every_subscriber_of_a_user_is_woken, Fixture) {
    auto phone = std::make_shared<Recorder>();
    auto laptop = std::make_shared<Recorder>();
    auto other = std::make_shared<Recorder>();
    const auto a = hub.subscribe("u1", 0, 0, phone);
    const auto b = hub.subscribe("u1", 0, 0, laptop);
    const auto c = hub.subscribe("u2", 0, 0, other);
    for (const auto& d : hub.takeDue(10))
        hub.fetched(d.id, {}, false);
    hub.eventCommitted("u1", 1);
    auto due = hub.takeDue(10);
    BOOST_REQUIRE_EQUAL(due.size(), 2u);
    BOOST_TEST(((due[0].id == a && due[1].id == b) || (due[0].id == b && due[1].id == a)));
    (void)c;
}

BOOST_FIXTURE_TEST_CASE(lost_notifications_are_recovered_by_marking_everything_stale, Fixture) {
    auto r = std::make_shared<Recorder>();
    const auto id = hub.subscribe("u1", 0, 0, r);
    hub.takeDue(10);
    hub.fetched(id, {}, false);
    BOOST_TEST(hub.takeDue(10).empty());
    hub.markAllStale();
    BOOST_TEST(hub.takeDue(10).size() == 1u);
}

BOOST_FIXTURE_TEST_CASE(unsubscribed_or_vanished_subscribers_are_forgotten, Fixture) {
    auto r = std::make_shared<Recorder>();
    const auto id = hub.subscribe("u1", 0, 0, r);
    hub.takeDue(10);
    hub.unsubscribe(id);
    hub.fetched(id, events(1, 1), false);  // a fetch that finished after the socket closed
    BOOST_TEST(r->seqs.empty());
    BOOST_TEST(hub.subscriptions() == 0u);
    hub.eventCommitted("u1", 2);
    BOOST_TEST(hub.takeDue(10).empty());

    std::weak_ptr<PushSubscriber> gone;
    {
        auto temporary = std::make_shared<Recorder>();
        gone = temporary;
        hub.subscribe("u3", 0, 0, temporary);
    }
    const auto due = hub.takeDue(10);
    BOOST_REQUIRE_EQUAL(due.size(), 1u);
    hub.fetched(due[0].id, events(1, 1), false);  // nobody to deliver to; nothing breaks
    BOOST_TEST(gone.expired());
}

BOOST_FIXTURE_TEST_CASE(take_due_respects_its_batch_limit, Fixture) {
    std::vector<std::shared_ptr<Recorder>> keep;
    for (int i = 0; i < 5; ++i) {
        keep.push_back(std::make_shared<Recorder>());
        hub.subscribe("u" + std::to_string(i), 0, 0, keep.back());
    }
    BOOST_TEST(hub.takeDue(3).size() == 3u);
    BOOST_TEST(hub.takeDue(3).size() == 2u);
    BOOST_TEST(hub.takeDue(3).empty());
}

// A course broadcast's events, rendered by the feed from the broadcast's template.
namespace {
std::vector<PushHub::KnownEvent> known(const std::string& user, long long seq) {
    return {{user, seq, "0190f000-0000-7000-8000-00000000000a"}};
}
std::string renderedAs(const PushHub::KnownEvent& e) {
    return "event " + std::to_string(e.seq);
}
struct MessageRecorder : PushSubscriber {
    std::vector<std::string> messages;
    std::vector<bool> resumeAsked;
    void deliver(std::vector<StoredPushEvent> events, bool resumeWhenWritten) override {
        for (auto& e : events)
            messages.push_back(std::move(e.message));
        resumeAsked.push_back(resumeWhenWritten);
    }
};
}  // namespace

BOOST_FIXTURE_TEST_CASE(idle_subscriber_gets_the_next_broadcast_event_without_a_fetch, Fixture) {
    auto r = std::make_shared<MessageRecorder>();
    const auto id = hub.subscribe("u1", 4, 4, r);
    hub.takeDue(10);
    hub.fetched(id, {}, false);  // caught up: nothing after 4
    const int wakeupsBefore = wakeups;
    hub.eventsCommitted(known("u1", 5), renderedAs);
    BOOST_TEST(r->messages == std::vector<std::string>({"event 5"}));
    BOOST_TEST(wakeups == wakeupsBefore);  // nothing to fetch
    BOOST_TEST(hub.takeDue(10).empty());
    // Not paused (no resume() asked for): the next broadcast's event follows at once.
    hub.eventsCommitted(known("u1", 6), renderedAs);
    BOOST_TEST(r->messages == std::vector<std::string>({"event 5", "event 6"}));
    BOOST_TEST(r->resumeAsked == std::vector<bool>({false, false}));
    BOOST_TEST(hub.takeDue(10).empty());
    // A single event (say, a grade) is fetched, and that delivery pauses until written.
    hub.eventCommitted("u1", 7);
    const auto due = hub.takeDue(10);
    BOOST_REQUIRE_EQUAL(due.size(), 1u);
    BOOST_TEST(due[0].cursor.afterSeq == 6);
    hub.fetched(id, events(7, 7), false);
    BOOST_TEST(r->resumeAsked.back() == true);
    hub.eventsCommitted(known("u1", 8), renderedAs);  // paused: waits for the fetch
    BOOST_TEST(r->messages.size() == 3u);
    hub.resume(id);
    BOOST_TEST(hub.takeDue(10).at(0).cursor.afterSeq == 7);
}

BOOST_FIXTURE_TEST_CASE(broadcast_event_after_a_gap_is_fetched_with_what_came_before, Fixture) {
    auto r = std::make_shared<MessageRecorder>();
    const auto id = hub.subscribe("u1", 2, 2, r);
    hub.takeDue(10);
    hub.fetched(id, {}, false);
    // Event 3's notification was lost (say): 4 cannot be sent before 3, so both are fetched.
    hub.eventsCommitted(known("u1", 4), renderedAs);
    BOOST_TEST(r->messages.empty());
    const auto due = hub.takeDue(10);
    BOOST_REQUIRE_EQUAL(due.size(), 1u);
    BOOST_TEST(due[0].cursor.afterSeq == 2);
}

BOOST_FIXTURE_TEST_CASE(subscriber_not_yet_fetched_gets_a_broadcast_event_by_its_fetch, Fixture) {
    auto r = std::make_shared<MessageRecorder>();
    hub.subscribe("u1", 2, 2, r);  // its first fetch is still due
    hub.eventsCommitted(known("u1", 3), renderedAs);
    BOOST_TEST(r->messages.empty());
    BOOST_TEST(hub.takeDue(10).size() == 1u);
}

BOOST_FIXTURE_TEST_CASE(users_whose_ids_share_a_lookup_key_are_told_apart, Fixture) {
    // The hub finds users by the last 15 hex digits of their uuid; these two share them.
    const std::string ada = "00000000-0000-7000-8000-00000000000a";
    const std::string ben = "11111111-1111-7111-8000-00000000000a";
    auto a = std::make_shared<MessageRecorder>();
    auto b = std::make_shared<MessageRecorder>();
    const auto idA = hub.subscribe(ada, 1, 1, a);
    const auto idB = hub.subscribe(ben, 1, 1, b);
    for (const auto& d : hub.takeDue(10))
        hub.fetched(d.id, {}, false);
    hub.eventsCommitted(known(ada, 2), renderedAs);
    BOOST_TEST(a->messages == std::vector<std::string>({"event 2"}));
    BOOST_TEST(b->messages.empty());
    hub.eventCommitted(ben, 2);
    const auto due = hub.takeDue(10);
    BOOST_REQUIRE_EQUAL(due.size(), 1u);
    BOOST_TEST(due[0].id == idB);
    hub.unsubscribe(idA);
    hub.eventsCommitted(known(ada, 3), renderedAs);
    BOOST_TEST(a->messages.size() == 1u);  // gone
    BOOST_TEST(hub.subscriptions() == 1u);
}
