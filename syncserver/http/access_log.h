#pragma once
// The access log: one line per answered request on stdout, plain or JSON lines. Each thread
// appends its lines to a buffer of its own (a mutex only the flusher ever contends for, and no
// allocation once the buffer has grown); a background thread writes every buffer out every
// 200 ms, or sooner when one grows large, so logging costs no system call and no shared lock
// per request. No line is lost: buffers belong to the AccessLog, outlive the threads that
// filled them, and the destructor writes out whatever is left.
//
// Lines of one thread keep their order; lines of different threads are written buffer by
// buffer, so across threads the order within one 200 ms flush may differ from answer order
// (each line carries its own time).

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
    struct Shard {
        std::mutex mutex;     // taken by the owning thread per line and by the flusher
        std::string pending;  // lines not yet written
        std::string writing;  // the flusher's: swapped with `pending`, written, cleared
    };
    Shard& shardForThisThread();
    void flushLoop();
    void writeOut();  // flusher thread only

    AccessLogFormat format_;
    const std::uint64_t id_;  // tells this object apart in threads' shard caches
    std::mutex mutex_;        // guards shards_ and stopping_
    std::condition_variable wake_;
    std::vector<std::unique_ptr<Shard>> shards_;
    bool stopping_ = false;
    std::thread flusher_;
};

}  // namespace satchel::server
