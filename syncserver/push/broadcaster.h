#pragma once
// Writes queued course broadcasts (db/migrations/0071): a class larger than one chunk gets its
// events chunk by chunk, each chunk committed on its own, so the first students are notified
// while the rest are written and a crash loses nothing (whoever runs next carries on).
//
// One per instance, on a thread of its own with its own connection (never an I/O thread).
// It LISTENs on 'satchel_push_broadcast', writes chunks until none is left that it may
// write, and also looks every `poll` interval, which is how a broadcast left unfinished by an
// instance that died (or queued while this one was disconnected) is finished. Instances
// share the work safely: each chunk locks its broadcast row (SKIP LOCKED), and broadcasts of
// one course are written in the order they were created.

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include "push/wakeup.h"

namespace satchel::server {

struct PushBroadcasterOptions {
    // Look for work without a notification this often. The chunk size is the database's
    // (push_broadcast_chunk_size()), which also decides which classes are written at once.
    std::chrono::milliseconds poll{5000};
};

class PushBroadcaster {
public:
    PushBroadcaster(std::string databaseUrl, PushBroadcasterOptions options);
    ~PushBroadcaster();  // stops and joins
    PushBroadcaster(const PushBroadcaster&) = delete;
    PushBroadcaster& operator=(const PushBroadcaster&) = delete;

    // Ends the thread (after the chunk it is writing, if any) and joins it.
    void stop();
    // Chunks this instance has committed (for /metrics).
    long long chunksWritten() const { return chunksWritten_; }

private:
    void run();

    const std::string url_;
    const PushBroadcasterOptions options_;
    Wakeup wakeup_;  // stop()
    std::atomic<bool> stopping_{false};
    std::atomic<long long> chunksWritten_{0};
    std::thread thread_;
};

}  // namespace satchel::server
