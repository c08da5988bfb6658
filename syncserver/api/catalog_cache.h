#pragma once
// Everything the catalog route (GET /api/v1/courses) needs, kept per instance:
//   - the catalog itself (published, not archived courses), the same for everyone;
//   - each user's enrolled course ids;
//   - each user's rendered answer (JSON body and ETag), so a repeated request costs no
//     serialisation or hashing.
// Once watchChanges() connected it to the ChangeListener, entries stay until a notification
// says they changed: "catalog" (courses or versions; triggers in migration 0045) drops the
// catalog and every rendered answer, "enroll:<user>" drops that user's enrollments and answer,
// and a listener reconnect drops everything. While the listener is down nothing per user is
// cached and the catalog falls back to the time limit SATCHEL_CATALOG_CACHE_MS. Changes made
// through this instance also drop what they touch at once (invalidate, forgetEnrollments).

#include <chrono>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "db/course_repository.h"
#include "db/invalidated_cache.h"
#include "db/pool.h"

namespace satchel::server {

class ChangeListener;

// The catalog answer for one user: body and its strong ETag.
struct CatalogView {
    std::string body;
    std::string etag;
};

class CatalogCache {
public:
    CatalogCache(PgPool& db, std::chrono::milliseconds fallbackTtl);

    // Keeps entries until `listener` reports a change; call once at start-up.
    void watchChanges(ChangeListener& listener);

    // The catalog (from the cache, or read now).
    std::shared_ptr<const std::vector<CatalogEntry>> get();
    // The user's answer (from the cache, or built now: may read the database).
    std::shared_ptr<const CatalogView> view(const std::string& userId);
    // The user's answer if it is cached; never blocks (safe on I/O threads).
    std::shared_ptr<const CatalogView> viewIfCached(const std::string& userId) const;

    // The catalog changed (publish, archive, edit through this instance).
    void invalidate();
    // The user's enrollments changed.
    void forgetEnrollments(const std::string& userId);

private:
    std::shared_ptr<const std::set<std::string>> enrollments(const std::string& userId);
    bool listening() const;

    PgPool& db_;
    const std::chrono::milliseconds fallbackTtl_;
    ChangeListener* listener_ = nullptr;

    std::mutex mutex_;  // guards the catalog copy below
    std::shared_ptr<const std::vector<CatalogEntry>> entries_;
    std::chrono::steady_clock::time_point loadedAt_;
    unsigned long long generation_ = 0;

    InvalidatedCache<std::set<std::string>> enrollments_;
    InvalidatedCache<CatalogView> views_;
};

}  // namespace satchel::server
