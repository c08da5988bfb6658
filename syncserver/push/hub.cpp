#include "push/hub.h"

#include <algorithm>

namespace satchel::server {

std::uint64_t PushHub::userKey(std::string_view userId) {
    if (userId.size() == 36 && userId[23] == '-') {
        std::uint64_t key = 0;
        for (const char c : userId.substr(20)) {
            if (c == '-')
                continue;
            const int digit = c >= '0' && c <= '9'   ? c - '0'
                              : c >= 'a' && c <= 'f' ? c - 'a' + 10
                              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                     : -1;
            if (digit < 0)
                return std::hash<std::string_view>{}(userId);
            key = key << 4 | static_cast<std::uint64_t>(digit);
        }
        return key;
    }
    return std::hash<std::string_view>{}(userId);
}

PushHub::Id PushHub::subscribe(const std::string& userId, long long afterSeq, long long latestSeq,
                               std::weak_ptr<PushSubscriber> subscriber) {
    Id id;
    {
        std::lock_guard lock(mutex_);
        id = nextId_++;
        Subscription s;
        s.id = id;
        s.userId = userId;
        // A client claiming more than exists (its database was reset) starts from now.
        s.sentThrough = std::min(afterSeq, latestSeq);
        s.knownLatest = latestSeq;
        // Always fetched once: an event may have committed (and its notification passed)
        // between reading latestSeq and subscribing.
        s.stale = true;
        s.subscriber = std::move(subscriber);
        auto& stored = subscriptions_.emplace(id, std::move(s)).first->second;
        byUser_.emplace(userKey(userId), &stored);
        dueQueue_.push_back(id);
    }
    wake();
    return id;
}

void PushHub::unsubscribe(Id id) {
    std::lock_guard lock(mutex_);
    const auto it = subscriptions_.find(id);
    if (it == subscriptions_.end())
        return;
    auto [first, last] = byUser_.equal_range(userKey(it->second.userId));
    for (auto u = first; u != last; ++u)
        if (u->second == &it->second) {
            byUser_.erase(u);
            break;
        }
    subscriptions_.erase(it);
}

void PushHub::resume(Id id) {
    bool due = false;
    {
        std::lock_guard lock(mutex_);
        const auto it = subscriptions_.find(id);
        if (it == subscriptions_.end() || !it->second.paused)
            return;
        it->second.paused = false;
        due = dueLocked(it->second);
        if (due)
            dueQueue_.push_back(id);
    }
    if (due)
        wake();
}

void PushHub::eventCommitted(const std::string& userId, long long seq) {
    bool due = false;
    {
        std::lock_guard lock(mutex_);
        auto [first, last] = byUser_.equal_range(userKey(userId));
        for (auto u = first; u != last; ++u) {
            auto& s = *u->second;
            if (s.userId != userId)
                continue;
            s.knownLatest = std::max(s.knownLatest, seq);
            if (seq <= s.sentThrough || s.stale)
                continue;
            s.stale = true;
            if (dueLocked(s)) {
                dueQueue_.push_back(s.id);
                due = true;
            }
        }
    }
    if (due)
        wake();
}

std::size_t PushHub::eventsCommitted(const std::vector<KnownEvent>& events,
                                     const std::function<std::string(const KnownEvent&)>& render) {
    std::vector<std::pair<std::shared_ptr<PushSubscriber>, const KnownEvent*>> ready;
    bool due = false;
    {
        std::lock_guard lock(mutex_);
        for (const auto& event : events) {
            auto [first, last] = byUser_.equal_range(userKey(event.userId));
            for (auto u = first; u != last; ++u) {
                auto& s = *u->second;
                if (s.userId != event.userId)
                    continue;
                s.knownLatest = std::max(s.knownLatest, event.seq);
                if (event.seq <= s.sentThrough)
                    continue;
                // Sequences have no gaps, so seq - 1 is the event before this one.
                if (!s.stale && !s.paused && !s.inFlight && s.sentThrough == event.seq - 1) {
                    if (auto subscriber = s.subscriber.lock()) {
                        s.sentThrough = event.seq;
                        ready.emplace_back(std::move(subscriber), &event);
                        continue;
                    }
                }
                if (s.stale)
                    continue;
                s.stale = true;
                if (dueLocked(s)) {
                    dueQueue_.push_back(s.id);
                    due = true;
                }
            }
        }
    }
    // Only the feed thread delivers (here and in fetched()), so each subscriber still gets its
    // events in order.
    for (auto& [subscriber, event] : ready) {
        std::vector<StoredPushEvent> one;
        one.push_back({event->seq, render(*event)});
        subscriber->deliver(std::move(one), /*resumeWhenWritten=*/false);
    }
    if (due)
        wake();
    return ready.size();
}

void PushHub::markAllStale() {
    bool due = false;
    {
        std::lock_guard lock(mutex_);
        for (auto& [id, s] : subscriptions_) {
            s.stale = true;
            if (dueLocked(s)) {
                dueQueue_.push_back(id);
                due = true;
            }
        }
    }
    if (due)
        wake();
}

std::vector<PushHub::Due> PushHub::takeDue(std::size_t max) {
    std::vector<Due> out;
    std::lock_guard lock(mutex_);
    std::size_t taken = 0;
    for (; taken < dueQueue_.size() && out.size() < max; ++taken) {
        const auto it = subscriptions_.find(dueQueue_[taken]);
        if (it == subscriptions_.end() || !dueLocked(it->second))
            continue;  // gone or already taken
        it->second.inFlight = true;
        it->second.stale = false;
        out.push_back({it->first, {it->second.userId, it->second.sentThrough}});
    }
    dueQueue_.erase(dueQueue_.begin(), dueQueue_.begin() + static_cast<std::ptrdiff_t>(taken));
    return out;
}

void PushHub::fetched(Id id, std::vector<StoredPushEvent> events, bool pageFull) {
    std::shared_ptr<PushSubscriber> subscriber;
    bool due = false;
    {
        std::lock_guard lock(mutex_);
        const auto it = subscriptions_.find(id);
        if (it == subscriptions_.end())
            return;
        auto& s = it->second;
        s.inFlight = false;
        if (!events.empty()) {
            s.sentThrough = events.back().seq;
            s.knownLatest = std::max(s.knownLatest, s.sentThrough);
            subscriber = s.subscriber.lock();
        }
        // Notifications are read on the feed thread between fetches, so none arrived during
        // this one: a page that was not full holds everything that had committed.
        s.knownLatest = s.sentThrough;
        s.stale = pageFull;
        // Nothing more is fetched until the subscriber has written these (resume()): what a
        // client has not read waits in PostgreSQL, not in this process.
        s.paused = subscriber != nullptr;
        due = dueLocked(s);
        if (due)
            dueQueue_.push_back(id);
    }
    if (subscriber)
        subscriber->deliver(std::move(events), /*resumeWhenWritten=*/true);
    if (due)
        wake();
}

void PushHub::setWakeup(std::function<void()> wakeup) {
    std::lock_guard lock(mutex_);
    wakeup_ = std::move(wakeup);
}

std::size_t PushHub::subscriptions() const {
    std::lock_guard lock(mutex_);
    return subscriptions_.size();
}

void PushHub::wake() {
    std::function<void()> wakeup;
    {
        std::lock_guard lock(mutex_);
        wakeup = wakeup_;
    }
    if (wakeup)
        wakeup();
}

}  // namespace satchel::server
