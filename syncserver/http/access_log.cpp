#include "http/access_log.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <iterator>

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
        pending = markLine(shard);
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
        pending = markLine(shard);
    }
    if (pending > kFlushEarlyBytes)
        wake_.notify_one();
}

std::size_t AccessLog::markLine(Shard& shard) {
    // Numbered in the same hold of the shard's lock as the append: see the header.
    shard.marks.push_back({nextSeq_.fetch_add(1, std::memory_order_relaxed), shard.pending.size()});
    return shard.pending.size();
}

void AccessLog::writeOut() {
    // Every line numbered below `cutoff` is in its shard by the time the flusher holds that
    // shard's lock (numbered and appended under one hold of it); later ones wait for the next
    // round, so a round never writes a line older than one a previous round wrote.
    const std::uint64_t cutoff = nextSeq_.load(std::memory_order_relaxed);
    // The shard list only grows, and only under mutex_; shards are never freed before the
    // AccessLog, so walking a snapshot of the pointers is safe.
    std::vector<Shard*> shards;
    {
        std::lock_guard lock(mutex_);
        shards.reserve(shards_.size());
        for (const auto& s : shards_)
            shards.push_back(s.get());
    }
    std::vector<Shard*> taken;
    for (Shard* shard : shards) {
        std::lock_guard lock(shard->mutex);
        const auto split =
            std::partition_point(shard->marks.begin(), shard->marks.end(),
                                 [cutoff](const LineMark& m) { return m.seq < cutoff; });
        if (split == shard->marks.begin())
            continue;
        const std::size_t bytes = std::prev(split)->end;
        shard->writing.assign(shard->pending, 0, bytes);
        shard->writingMarks.assign(shard->marks.begin(), split);
        // What stays (lines recorded since `cutoff`) is a few lines at most: moved to the front.
        shard->pending.erase(0, bytes);
        shard->marks.erase(shard->marks.begin(), split);
        for (LineMark& m : shard->marks)
            m.end -= bytes;
        taken.push_back(shard);
    }
    if (taken.empty())
        return;
    // Merge by number; each shard's lines are already in order.
    merged_.clear();
    std::vector<std::size_t> next(taken.size(), 0);
    for (;;) {
        std::size_t best = taken.size();
        for (std::size_t i = 0; i < taken.size(); ++i)
            if (next[i] < taken[i]->writingMarks.size() &&
                (best == taken.size() ||
                 taken[i]->writingMarks[next[i]].seq < taken[best]->writingMarks[next[best]].seq))
                best = i;
        if (best == taken.size())
            break;
        const auto& marks = taken[best]->writingMarks;
        const std::size_t begin = next[best] == 0 ? 0 : marks[next[best] - 1].end;
        merged_.append(taken[best]->writing, begin, marks[next[best]].end - begin);
        ++next[best];
    }
    for (Shard* shard : taken) {
        shard->writing.clear();  // keep their capacity for the next round
        shard->writingMarks.clear();
    }
    std::fwrite(merged_.data(), 1, merged_.size(), stdout);
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
