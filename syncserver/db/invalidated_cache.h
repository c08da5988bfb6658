#pragma once
// A per-instance map of values read from PostgreSQL, kept current by ChangeListener
// notifications instead of a time limit. Contract:
//
//     auto ticket = cache.ticket();          // BEFORE reading the database
//     auto value = readFromDatabase();
//     cache.store(key, value, ticket);       // kept only if nothing was invalidated meanwhile
//     ...
//     if (auto hit = cache.find(key)) ...    // only while the listener is live
//
// A value read before an invalidation can therefore never be stored after it (the store is
// refused when any invalidation happened since the ticket), and nothing is served while
// notifications might be missed (find() misses whenever `live` is false). When the map grows
// past `maxEntries` it is emptied: simple, and a refill costs one query per key.
//
// Thread-safe; find() takes a shared lock only, so it may run on I/O threads.

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>

namespace satchel::server {

template <typename Value>
class InvalidatedCache {
public:
    using Ticket = std::uint64_t;

    InvalidatedCache(std::function<bool()> live, std::size_t maxEntries)
        : live_(std::move(live)), maxEntries_(maxEntries) {}

    std::shared_ptr<const Value> find(const std::string& key) const {
        if (!live_())
            return nullptr;
        std::shared_lock lock(mutex_);
        const auto it = entries_.find(key);
        return it == entries_.end() ? nullptr : it->second;
    }

    Ticket ticket() const { return generation_.load(std::memory_order_acquire); }

    // Stores `value` unless something was invalidated since `ticket` or the listener is down.
    void store(const std::string& key, std::shared_ptr<const Value> value, Ticket ticket) {
        if (!live_())
            return;
        std::unique_lock lock(mutex_);
        if (generation_.load(std::memory_order_relaxed) != ticket)
            return;
        if (entries_.size() >= maxEntries_)
            entries_.clear();
        entries_[key] = std::move(value);
    }

    void invalidate(const std::string& key) {
        std::unique_lock lock(mutex_);
        generation_.fetch_add(1, std::memory_order_acq_rel);
        entries_.erase(key);
    }

    void invalidateAll() {
        std::unique_lock lock(mutex_);
        generation_.fetch_add(1, std::memory_order_acq_rel);
        entries_.clear();
    }

    std::size_t size() const {
        std::shared_lock lock(mutex_);
        return entries_.size();
    }

private:
    std::function<bool()> live_;
    const std::size_t maxEntries_;
    mutable std::shared_mutex mutex_;
    std::atomic<Ticket> generation_{0};
    std::unordered_map<std::string, std::shared_ptr<const Value>> entries_;
};

}  // namespace satchel::server
