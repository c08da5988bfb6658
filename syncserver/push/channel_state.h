#pragma once
// What every WebSocket session of an instance shares: options, the hub, the feed, the
// authorizer, the sessions (for shutdown) and counters for /metrics; and the broadcaster,
// which no session uses but which lives and stops with the channel. Owned jointly by the
// PushChannel and its sessions, so it lives until the last session is gone.

#include <atomic>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "auth/authenticator.h"
#include "push/authorizer.h"
#include "push/broadcaster.h"
#include "push/feed.h"
#include "push/hub.h"
#include "push/options.h"

namespace satchel::server {

// A socket as the channel sees it: something it can ask to close at shutdown. Thread-safe.
class PushConnection {
public:
    virtual ~PushConnection() = default;
    virtual void closeForShutdown() = 0;
};

struct PushCounters {
    std::atomic<long long> sessions{0};       // session objects alive (memory held)
    std::atomic<long long> authenticated{0};  // of those, subscribed
    std::atomic<long long> messagesSent{0};
    std::atomic<long long> slowDrops{0};      // disconnected for not reading
    std::atomic<long long> expiredCloses{0};  // closed because the token expired
    std::atomic<long long> authFailures{0};
};

struct PushChannelState {
    PushChannelState(const PushOptions& o, const Authenticator& a, PgPool& db,
                     const std::string& databaseUrl)
        : options(o),
          auth(a),
          authorizer(a, db, o.authThreads, 50000),
          feed(std::make_unique<PushFeed>(databaseUrl, hub, PushFeedOptions{o.pageSize})),
          broadcaster(std::make_unique<PushBroadcaster>(databaseUrl, PushBroadcasterOptions{})) {}

    const PushOptions options;
    const Authenticator& auth;
    PushHub hub;
    PushAuthorizer authorizer;
    std::unique_ptr<PushFeed> feed;  // after hub: stopped before the hub goes
    std::unique_ptr<PushBroadcaster> broadcaster;
    PushCounters counters;
    std::atomic<bool> stopping{false};

    std::mutex connectionsMutex;
    std::unordered_map<const void*, std::weak_ptr<PushConnection>> connections;

    void track(const void* key, std::weak_ptr<PushConnection> c) {
        std::lock_guard lock(connectionsMutex);
        connections.emplace(key, std::move(c));
    }
    void untrack(const void* key) {
        std::lock_guard lock(connectionsMutex);
        connections.erase(key);
    }
};

}  // namespace satchel::server
