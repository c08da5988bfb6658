#include "http/access_log.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdio>
#include <cstring>

#include <nlohmann/json.hpp>

#include "app/log.h"

namespace satchel::server {
namespace {

constexpr std::size_t kFlushEarlyBytes = 256 * 1024;

std::atomic<std::uint64_t> nextAccessLogId{1};

// This thread's shard of each AccessLog it has written to, by the log's id (never reused, so
// an entry left by a destroyed log can never match a new one). Usually one entry.
struct ShardCacheEntry {
    std::uint64_t owner;
    void* shard;
};
thread_local std::vector<ShardCacheEntry> shardCache;

}  // namespace

AccessLog::AccessLog(AccessLogFormat format)
    : format_(format), id_(nextAccessLogId.fetch_add(1, std::memory_order_relaxed)) {
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

AccessLog::Shard& AccessLog::shardForThisThread() {
    for (const auto& entry : shardCache)
        if (entry.owner == id_)
            return *static_cast<Shard*>(entry.shard);
    Shard* shard;
    {
        std::lock_guard lock(mutex_);
        shard = shards_.emplace_back(std::make_unique<Shard>()).get();
    }
    shardCache.push_back({id_, shard});
    return *shard;
}

void AccessLog::record(const HttpRequest& request, const std::string& route, int status,
                       std::size_t bytes, double milliseconds) {
    if (format_ == AccessLogFormat::Off)
        return;
    char time[32];
    formatUtcNow(time);
    Shard& shard = shardForThisThread();
    std::size_t pending;
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
        std::string line = entry.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        std::lock_guard lock(shard.mutex);
        shard.pending.append(line).push_back('\n');
        pending = shard.pending.size();
    } else {
        // `" STATUS BYTES MS.mmmms\n`, formatted without printf's locale machinery.
        char tail[96];
        char* end = tail;
        *end++ = '"';
        *end++ = ' ';
        end = std::to_chars(end, tail + sizeof tail, status).ptr;
        *end++ = ' ';
        end = std::to_chars(end, tail + sizeof tail, bytes).ptr;
        *end++ = ' ';
        end = std::to_chars(end, tail + sizeof tail - 3, milliseconds, std::chars_format::fixed, 3)
                  .ptr;
        *end++ = 'm';
        *end++ = 's';
        *end++ = '\n';
        const auto n = end - tail;
        // Appended in place: no line is built on the heap.
        std::lock_guard lock(shard.mutex);
        shard.pending.append(time)
            .append(" ")
            .append(request.requestId)
            .append(" ")
            .append(request.remoteAddress)
            .append(" \"")
            .append(request.method)
            .append(" ")
            .append(request.target)
            .append(tail, static_cast<std::size_t>(n));
        pending = shard.pending.size();
    }
    if (pending > kFlushEarlyBytes)
        wake_.notify_one();
}

void AccessLog::writeOut() {
    // The shard list only grows, and only under mutex_; shards are never freed before the
    // AccessLog, so walking a snapshot of the pointers is safe.
    std::vector<Shard*> shards;
    {
        std::lock_guard lock(mutex_);
        shards.reserve(shards_.size());
        for (const auto& s : shards_)
            shards.push_back(s.get());
    }
    bool wrote = false;
    for (Shard* shard : shards) {
        {
            std::lock_guard lock(shard->mutex);
            shard->pending.swap(shard->writing);  // `writing` was left empty
        }
        if (shard->writing.empty())
            continue;
        std::fwrite(shard->writing.data(), 1, shard->writing.size(), stdout);
        shard->writing.clear();  // keeps its capacity for the next swap
        wrote = true;
    }
    if (wrote)
        std::fflush(stdout);
}

void AccessLog::flushLoop() {
    for (;;) {
        bool done;
        {
            std::unique_lock lock(mutex_);
            if (!stopping_)
                wake_.wait_for(lock, std::chrono::milliseconds(200));
            done = stopping_;
        }
        writeOut();  // after `stopping_`: every line recorded before the destructor is written
        if (done)
            return;
    }
}

}  // namespace satchel::server
