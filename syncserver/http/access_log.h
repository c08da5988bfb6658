#pragma once
// The access log: one line per answered request on stdout, plain or JSON lines. Lines are
// buffered and flushed by a background thread every 200 ms (or when the buffer grows large), so
// logging costs no system call per request.

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "app/settings.h"
#include "http/types.h"

namespace satchel::server {

class AccessLog {
public:
    explicit AccessLog(AccessLogFormat format);
    ~AccessLog();  // flushes
    AccessLog(const AccessLog&) = delete;
    AccessLog& operator=(const AccessLog&) = delete;

    void record(const HttpRequest& request, const std::string& route, int status, std::size_t bytes,
                double milliseconds);

private:
    void flushLoop();

    AccessLogFormat format_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::string buffer_;
    bool stopping_ = false;
    std::thread flusher_;
};

}  // namespace satchel::server
