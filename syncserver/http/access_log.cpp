#include "http/access_log.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "app/log.h"

namespace satchel::server {

AccessLog::AccessLog(AccessLogFormat format) : format_(format) {
    if (format_ != AccessLogFormat::Off)
        flusher_ = std::thread([this] { flushLoop(); });
}

AccessLog::~AccessLog() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (flusher_.joinable())
        flusher_.join();
}

void AccessLog::record(const HttpRequest& request, const std::string& route, int status,
                       std::size_t bytes, double milliseconds) {
    if (format_ == AccessLogFormat::Off)
        return;
    char time[32];
    formatUtcNow(time);
    std::string line;
    if (format_ == AccessLogFormat::Json) {
        const nlohmann::json entry{{"time", time},
                                   {"request_id", request.requestId},
                                   {"remote", request.remoteAddress},
                                   {"method", request.method},
                                   {"target", request.target},
                                   {"route", route},
                                   {"status", status},
                                   {"bytes", bytes},
                                   {"ms", milliseconds}};
        line = entry.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    } else {
        char ms[32];
        std::snprintf(ms, sizeof ms, "%.3f", milliseconds);
        line = std::string(time) + " " + request.requestId + " " + request.remoteAddress + " \"" +
               request.method + " " + request.target + "\" " + std::to_string(status) + " " +
               std::to_string(bytes) + " " + ms + "ms";
    }
    line += '\n';
    bool large;
    {
        std::lock_guard lock(mutex_);
        buffer_ += line;
        large = buffer_.size() > 256 * 1024;
    }
    if (large)
        wake_.notify_one();
}

void AccessLog::flushLoop() {
    std::string out;
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait_for(lock, std::chrono::milliseconds(200));
        out.swap(buffer_);
        const bool done = stopping_;
        lock.unlock();
        if (!out.empty()) {
            std::fwrite(out.data(), 1, out.size(), stdout);
            std::fflush(stdout);
            out.clear();
        }
        if (done)
            return;
        lock.lock();
    }
}

}  // namespace satchel::server
