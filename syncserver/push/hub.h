#pragma once
// Which connected clients of this instance wait for which user's events, and how far each
// has been sent. No sockets, no SQL: the feed (push/feed.h) asks it which subscribers are due
// a fetch and tells it what it fetched; WebSocket sessions subscribe and receive.
//
// A subscription is due when events may exist past what it was last given (a notification
// named a higher sequence, it was just created, or the feed reconnected and may have missed
// notifications) and it is not paused. After each delivery it is paused until its subscriber
// has written everything (resume()), so at most one page of events per client is ever held
// in memory; the rest waits in PostgreSQL.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "push/event_store.h"

namespace satchel::server {

// The receiving end of a subscription (a WebSocket session). deliver() is called on the feed
// thread with events in ascending order that follow on from the previous delivery; it must
// not block. `resumeWhenWritten`: the subscription is paused until the subscriber calls
// PushHub::resume() once it has written these (a fetched page; not a broadcast's single
// event, which the subscriber's bounded queue covers).
class PushSubscriber {
public:
    virtual ~PushSubscriber() = default;
    virtual void deliver(std::vector<StoredPushEvent> events, bool resumeWhenWritten) = 0;
};

class PushHub {
public:
    using Id = std::uint64_t;

    // Adds a subscriber of `userId`'s events whose client has everything up to `afterSeq`;
    // `latestSeq` is the user's newest event when it connected.
    Id subscribe(const std::string& userId, long long afterSeq, long long latestSeq,
                 std::weak_ptr<PushSubscriber> subscriber);
    void unsubscribe(Id id);
    // The subscriber has written everything it was given: it may be fetched for again.
    void resume(Id id);

    // Feed side. A notification said `userId` has an event `seq`.
    void eventCommitted(const std::string& userId, long long seq);
    // Feed side. Events the feed can render without reading them back (a course broadcast's,
    // db/migrations/0070). A subscription whose client has everything up to `seq - 1` and is
    // idle (not paused, not due, not being fetched) is given its event at once, rendered by
    // `render` outside the lock, and is not paused: one event per broadcast is what the
    // session's bounded send queue is for, and a broadcast to thousands then costs no
    // resume() per socket. Every other subscription of the user is treated as by
    // eventCommitted (fetched when it is due), so order is as for a fetch.
    // Returns how many subscribers were given their event.
    struct KnownEvent {
        std::string_view userId;
        long long seq = 0;
        std::string_view notificationId;
    };
    std::size_t eventsCommitted(const std::vector<KnownEvent>& events,
                                const std::function<std::string(const KnownEvent&)>& render);
    // Notifications may have been lost (the listening connection was re-established).
    void markAllStale();

    struct Due {
        Id id;
        PushCursor cursor;
    };
    // Up to `max` due subscriptions; they stay not-due until fetched() reports on them.
    std::vector<Due> takeDue(std::size_t max);
    // What the feed fetched for a subscription taken by takeDue (`events` may be empty);
    // delivers them, pauses the subscription until resume() and updates the cursor; `pageFull`
    // keeps it stale (more to fetch once resumed). takeDue,
    // fetched and eventCommitted are called from one thread (the feed's), which is what
    // keeps each subscriber's deliveries in order.
    void fetched(Id id, std::vector<StoredPushEvent> events, bool pageFull);

    // Called (without the lock held) whenever a subscription becomes due.
    void setWakeup(std::function<void()> wakeup);

    std::size_t subscriptions() const;

private:
    struct Subscription {
        Id id = 0;
        std::string userId;
        long long sentThrough = 0;  // highest seq handed to the subscriber
        long long knownLatest = 0;  // highest seq known to exist
        bool stale = false;         // events past sentThrough may exist
        bool paused = false;        // delivered; waiting for resume()
        bool inFlight = false;      // taken by takeDue, not yet fetched()
        std::weak_ptr<PushSubscriber> subscriber;
    };
    bool dueLocked(const Subscription& s) const { return s.stale && !s.paused && !s.inFlight; }
    void wake();

    // Where a user's subscriptions are found: a uuid's last 15 hex digits (random in every uuid
    // version we issue), any other text hashed. Several users may share a key; lookups compare
    // the user id. A broadcast looks up thousands of users under the lock, so the key is a
    // number (no string allocated, hashed or compared per bucket) and the entry points at the
    // subscription itself (no second lookup).
    static std::uint64_t userKey(std::string_view userId);

    mutable std::mutex mutex_;
    Id nextId_ = 1;
    std::unordered_map<Id, Subscription> subscriptions_;  // nodes never move: byUser_ points in
    std::unordered_multimap<std::uint64_t, Subscription*> byUser_;
    std::vector<Id> dueQueue_;  // candidates; checked again when taken
    std::function<void()> wakeup_;
};

}  // namespace satchel::server
