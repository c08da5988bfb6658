#pragma once
// Writes queued course broadcasts (db/migrations/0071): a class larger than one chunk is
// queued as parts (user id ranges) that are written here, each part committed on its own, so
// the first students are notified while the rest are written and a crash loses nothing
// (an unfinished part is written by whichever worker comes next).
//
// Each instance runs `workers` threads (never I/O threads), each with its own connection.
// Each LISTENs on 'satchel_push_broadcast', writes parts until none is left that it may
// write, and also looks every `poll` interval, which is how a broadcast left unfinished by an
// instance that died (or queued while this one was disconnected) is finished. Workers of
// every instance share the work safely: each part is locked while written (SKIP LOCKED), the
// parts of one broadcast are written in parallel, and broadcasts of one course in the order
// they were made.

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "db/wakeup.h"

namespace satchel::server {

struct PushBroadcasterOptions {
    // Two workers: a large class is written by two backends at once, while the instance's I/O
    // threads already send the first parts' events.
    int workers = 2;
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

    // Ends the workers (after the part each is writing, if any) and joins them.
    void stop();
    // Parts this instance has committed (for /metrics).
    long long chunksWritten() const { return chunksWritten_; }

private:
    struct Worker {
        Wakeup wakeup;  // stop()
        std::thread thread;
    };
    void run(Wakeup& wakeup);

    const std::string url_;
    const PushBroadcasterOptions options_;
    std::atomic<bool> stopping_{false};
    std::atomic<long long> chunksWritten_{0};
    std::vector<std::unique_ptr<Worker>> workers_;
};

}  // namespace satchel::server
