#include "api/catalog_cache.h"

#include "db/change_listener.h"
#include "http/etag.h"

namespace satchel::server {
namespace {

constexpr std::string_view kEnrollPrefix = "enroll:";
constexpr std::size_t kMaxUsers = 100000;  // per map; beyond it the map starts afresh

}  // namespace

CatalogCache::CatalogCache(PgPool& db, std::chrono::milliseconds fallbackTtl)
    : db_(db),
      fallbackTtl_(fallbackTtl),
      enrollments_([this] { return listening(); }, kMaxUsers),
      views_([this] { return listening(); }, kMaxUsers) {}

bool CatalogCache::listening() const {
    return listener_ && listener_->live();
}

void CatalogCache::watchChanges(ChangeListener& listener) {
    listener_ = &listener;
    listener.subscribe({[this](std::string_view payload) {
                            if (payload == "catalog")
                                invalidate();
                            else if (payload.substr(0, kEnrollPrefix.size()) == kEnrollPrefix)
                                forgetEnrollments(
                                    std::string(payload.substr(kEnrollPrefix.size())));
                        },
                        [this] {
                            invalidate();
                            enrollments_.invalidateAll();
                        }});
}

std::shared_ptr<const std::vector<CatalogEntry>> CatalogCache::get() {
    unsigned long long generation;
    {
        std::lock_guard lock(mutex_);
        // While notifications arrive, a copy is current until one drops it; otherwise it is
        // reused for the fallback time limit only.
        if (entries_ &&
            (listening() || std::chrono::steady_clock::now() - loadedAt_ < fallbackTtl_))
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

std::shared_ptr<const std::set<std::string>> CatalogCache::enrollments(const std::string& userId) {
    if (auto hit = enrollments_.find(userId))
        return hit;
    const auto ticket = enrollments_.ticket();
    std::shared_ptr<const std::set<std::string>> ids;
    {
        auto conn = db_.acquire();
        ids = std::make_shared<const std::set<std::string>>(
            courses::enrolledCourseIds(*conn, userId));
    }
    enrollments_.store(userId, ids, ticket);
    return ids;
}

std::shared_ptr<const CatalogView> CatalogCache::view(const std::string& userId) {
    if (auto hit = views_.find(userId))
        return hit;
    const auto ticket = views_.ticket();  // before reading what the view is made of
    const auto entries = get();
    const auto enrolled = enrollments(userId);
    nlohmann::json list = nlohmann::json::array();
    for (const auto& entry : *entries)
        list.push_back(catalogEntryJson(entry, enrolled->count(entry.courseId) > 0));
    const nlohmann::json body{{"protocol", 1}, {"courses", std::move(list)}};
    auto view = std::make_shared<CatalogView>();
    view->body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    view->etag = etagFor(view->body);
    views_.store(userId, view, ticket);
    return view;
}

std::shared_ptr<const CatalogView> CatalogCache::viewIfCached(const std::string& userId) const {
    return views_.find(userId);
}

void CatalogCache::invalidate() {
    {
        std::lock_guard lock(mutex_);
        ++generation_;
        entries_.reset();
    }
    views_.invalidateAll();
}

void CatalogCache::forgetEnrollments(const std::string& userId) {
    enrollments_.invalidate(userId);
    views_.invalidate(userId);
}

}  // namespace satchel::server
