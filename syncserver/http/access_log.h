#pragma once
// The access log: one line per answered request on stdout, plain or JSON lines. Each thread
// appends its lines to a buffer of its own (a mutex only the flusher ever contends for, and no
// allocation once the buffer has grown); a background thread writes every buffer out every
// 200 ms, or sooner when one grows large, so logging costs no system call and no shared lock
// per request. No line is lost: buffers belong to the AccessLog, outlive the threads that
// filled them, and the destructor writes out whatever is left.
//
// Lines come out in the order they were recorded, across threads too: each line takes a number
// from one counter while its thread holds its own buffer's lock, and the flusher writes only
// the lines numbered below the counter it read before visiting the buffers, merged by number.
// A line numbered below that counter is always already in its buffer (it was numbered and
// appended under one hold of the lock the flusher takes next), so no later flush can ever
// write a line older than one already written. Operators and tests read the log in order.

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "app/settings.h"
#include "http/types.h"

namespace satchel::server {

class AccessLog {
public:
    explicit AccessLog(AccessLogFormat format);
    ~AccessLog();  // flushes
    AccessLog(const AccessLog&) = delete;
    AccessLog& operator=(const AccessLog&) = delete;

    // Thread-safe.
    void record(const HttpRequest& request, const std::string& route, int status, std::size_t bytes,
                double milliseconds);

private:
    // Where a line ends in a buffer, and its number in recording order.
    struct LineMark {
        std::uint64_t seq;
        std::size_t end;
    };
    struct Shard {
        std::mutex mutex;             // taken by the owning thread per line and by the flusher
        std::string pending;          // lines not yet written
        std::vector<LineMark> marks;  // one per line in `pending`, increasing seq
        std::string writing;          // the flusher's: lines taken from `pending` this round
        std::vector<LineMark> writingMarks;
    };
    Shard& shardForThisThread();
    std::size_t markLine(Shard& shard);  // under shard.mutex; the shard's pending size
    void flushLoop();
    void writeOut();  // flusher thread only

    AccessLogFormat format_;
    const std::uint64_t id_;  // tells this object apart in threads' shard caches
    std::mutex mutex_;        // guards shards_ and stopping_
    std::condition_variable wake_;
    std::vector<std::unique_ptr<Shard>> shards_;
    std::atomic<std::uint64_t> nextSeq_{0};  // numbers lines in recording order
    std::string merged_;                     // the flusher's output buffer, reused
    bool stopping_ = false;
    std::thread flusher_;
};

}  // namespace satchel::server
