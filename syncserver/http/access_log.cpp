#include "http/access_log.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

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
        char tail[96];
        int n = std::snprintf(tail, sizeof tail, "\" %d %zu %.3fms\n", status, bytes, milliseconds);
        n = std::clamp(n, 0, static_cast<int>(sizeof tail) - 1);
        line.reserve(std::strlen(time) + request.requestId.size() + request.remoteAddress.size() +
                     request.method.size() + request.target.size() + 8 +
                     static_cast<std::size_t>(n));
        line.append(time)
            .append(" ")
            .append(request.requestId)
            .append(" ")
            .append(request.remoteAddress)
            .append(" \"")
            .append(request.method)
            .append(" ")
            .append(request.target)
            .append(tail, static_cast<std::size_t>(n));
    }
    if (format_ == AccessLogFormat::Json)
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
