#pragma once
// A bounded pool of libpq connections, shared by all worker threads.
//
//     auto conn = pool.acquire();            // throws DatabaseUnavailable (→ 503)
//     auto rows = conn->exec("SELECT name FROM users WHERE id = $1", {userId});
//
// Connections are opened lazily up to `maxSize`; a request waits at most `acquireTimeout` for
// one. A connection that broke is discarded on release, one idle for a while is pinged before
// it is handed out, so after PostgreSQL restarts the pool heals without a server restart.

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "db/connection.h"

namespace satchel::server {

class PgPool {
public:
    PgPool(std::string url, std::size_t maxSize, std::chrono::milliseconds acquireTimeout);
    ~PgPool();
    PgPool(const PgPool&) = delete;
    PgPool& operator=(const PgPool&) = delete;

    // A connection on loan; returned to the pool (or discarded if broken) on destruction.
    class Lease {
    public:
        Lease(PgPool& pool, std::unique_ptr<PgConnection> conn)
            : pool_(&pool), conn_(std::move(conn)) {}
        Lease(Lease&& other) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        ~Lease();
        PgConnection* operator->() { return conn_.get(); }
        PgConnection& operator*() { return *conn_; }

    private:
        PgPool* pool_;
        std::unique_ptr<PgConnection> conn_;
    };

    Lease acquire();

    struct Stats {
        std::size_t maxSize = 0;
        std::size_t open = 0;   // connections that exist
        std::size_t inUse = 0;  // of those, on loan
        std::uint64_t acquireFailures = 0;
    };
    Stats stats() const;
    const std::string& url() const { return url_; }

private:
    void release(std::unique_ptr<PgConnection> conn);

    const std::string url_;
    const std::size_t maxSize_;
    const std::chrono::milliseconds acquireTimeout_;
    mutable std::mutex mutex_;
    std::condition_variable available_;
    std::vector<std::unique_ptr<PgConnection>> idle_;
    std::size_t open_ = 0;
    std::uint64_t failures_ = 0;
};

}  // namespace satchel::server
