#include "db/pool.h"

namespace satchel::server {
namespace {

// An idle connection older than this is pinged before use: PostgreSQL may have restarted.
constexpr auto kPingAfterIdle = std::chrono::seconds(5);

}  // namespace

PgPool::PgPool(std::string url, std::size_t maxSize, std::chrono::milliseconds acquireTimeout)
    : url_(std::move(url)), maxSize_(maxSize == 0 ? 1 : maxSize), acquireTimeout_(acquireTimeout) {}

PgPool::~PgPool() = default;

PgPool::Lease::~Lease() {
    if (conn_)
        pool_->release(std::move(conn_));
}

PgPool::Lease PgPool::acquire() {
    const auto deadline = std::chrono::steady_clock::now() + acquireTimeout_;
    std::unique_lock lock(mutex_);
    for (;;) {
        if (!idle_.empty()) {
            auto conn = std::move(idle_.back());
            idle_.pop_back();
            if (std::chrono::steady_clock::now() - conn->lastUsed() < kPingAfterIdle)
                return Lease(*this, std::move(conn));
            lock.unlock();
            if (conn->ping())
                return Lease(*this, std::move(conn));
            conn.reset();
            lock.lock();
            --open_;
            continue;
        }
        if (open_ < maxSize_) {
            ++open_;
            lock.unlock();
            try {
                return Lease(*this, std::make_unique<PgConnection>(url_));
            } catch (...) {
                lock.lock();
                --open_;
                ++failures_;
                available_.notify_one();
                throw;
            }
        }
        if (available_.wait_until(lock, deadline) == std::cv_status::timeout && idle_.empty() &&
            open_ >= maxSize_) {
            ++failures_;
            throw DatabaseUnavailable("no database connection free within " +
                                      std::to_string(acquireTimeout_.count()) + " ms");
        }
    }
}

void PgPool::release(std::unique_ptr<PgConnection> conn) {
    const bool reusable = !conn->broken() && !conn->inTransaction();
    if (!reusable)
        conn.reset();  // close outside the lock
    std::lock_guard lock(mutex_);
    if (reusable)
        idle_.push_back(std::move(conn));
    else
        --open_;
    available_.notify_one();
}

PgPool::Stats PgPool::stats() const {
    std::lock_guard lock(mutex_);
    return Stats{maxSize_, open_, open_ - idle_.size(), failures_};
}

}  // namespace satchel::server
