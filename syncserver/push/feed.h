#pragma once
// The one PostgreSQL connection per instance that LISTENs on 'satchel_push', on a thread of
// its own (never an I/O thread). It turns notifications ("user:seq" ids) into due
// subscriptions in the hub, and fetches the due ones' events in batched queries, so a
// broadcast to ten thousand connected users costs a handful of round trips.
//
// When the connection breaks it reconnects (every second until PostgreSQL answers) and marks
// every subscription stale, since notifications sent meanwhile are lost: the cursors in the
// hub make the catch-up exact.

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include "push/hub.h"
#include "db/wakeup.h"

namespace satchel::server {

struct PushFeedOptions {
    int pageSize = 64;                   // events per subscription per fetch
    std::size_t batchSize = 2000;        // subscriptions per fetch query
    std::chrono::seconds keepalive{30};  // idle time after which the connection is checked
};

class PushFeed {
public:
    PushFeed(std::string databaseUrl, PushHub& hub, PushFeedOptions options);
    ~PushFeed();  // stops and joins
    PushFeed(const PushFeed&) = delete;
    PushFeed& operator=(const PushFeed&) = delete;

    // Ends the thread (after the statement it is running, if any) and joins it.
    void stop();
    bool listening() const { return listening_; }
    // Events delivered from a broadcast's template, without reading them back (for /metrics).
    long long renderedFromTemplate() const { return renderedFromTemplate_; }

private:
    void run();
    void wake();

    const std::string url_;
    PushHub& hub_;
    const PushFeedOptions options_;
    Wakeup wakeup_;  // a subscription became due, or stop()
    std::atomic<bool> stopping_{false};
    std::atomic<bool> listening_{false};
    std::atomic<long long> renderedFromTemplate_{0};
    std::thread thread_;
};

}  // namespace satchel::server
