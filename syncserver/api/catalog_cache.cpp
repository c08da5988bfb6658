#include "api/catalog_cache.h"

namespace satchel::server {

std::shared_ptr<const std::vector<CatalogEntry>> CatalogCache::get() {
    unsigned long long generation;
    {
        std::lock_guard lock(mutex_);
        if (entries_ && std::chrono::steady_clock::now() - loadedAt_ < ttl_)
            return entries_;
        generation = generation_;
    }
    // Read outside the lock; concurrent misses may each read once, which is harmless.
    const auto started = std::chrono::steady_clock::now();
    std::shared_ptr<const std::vector<CatalogEntry>> fresh;
    {
        auto conn = db_.acquire();
        fresh = std::make_shared<const std::vector<CatalogEntry>>(courses::catalog(*conn));
    }
    std::lock_guard lock(mutex_);
    // A copy read before an invalidation must not be kept as if it were current.
    if (generation == generation_) {
        entries_ = fresh;
        loadedAt_ = started;
    }
    return fresh;
}

void CatalogCache::invalidate() {
    std::lock_guard lock(mutex_);
    ++generation_;
    entries_.reset();
}

}  // namespace satchel::server
