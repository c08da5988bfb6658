#pragma once
// The catalog (published, not archived courses) is the same for everyone and read far more
// often than it changes, so each instance keeps the last copy it read for a short while
// (SATCHEL_CATALOG_CACHE_MS). Publishing, archiving or editing through this instance drops it
// at once; another instance's change shows here within the TTL.

#include <chrono>
#include <memory>
#include <mutex>
#include <vector>

#include "db/course_repository.h"
#include "db/pool.h"

namespace satchel::server {

class CatalogCache {
public:
    CatalogCache(PgPool& db, std::chrono::milliseconds ttl) : db_(db), ttl_(ttl) {}

    std::shared_ptr<const std::vector<CatalogEntry>> get();
    void invalidate();

private:
    PgPool& db_;
    std::chrono::milliseconds ttl_;
    std::mutex mutex_;
    std::shared_ptr<const std::vector<CatalogEntry>> entries_;
    std::chrono::steady_clock::time_point loadedAt_;
    unsigned long long generation_ = 0;
};

}  // namespace satchel::server
