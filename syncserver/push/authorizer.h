#pragma once
// Checks a new socket's access token and reads what its subscription needs, on threads of its
// own: verifying reads the account from PostgreSQL, which must never happen on an I/O thread.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "auth/authenticator.h"
#include "db/pool.h"

namespace satchel::server {

struct PushAuthResult {
    bool ok = false;
    std::string userId;
    long long latestSeq = 0;       // the user's newest event now
    unsigned short closeCode = 0;  // when !ok: a push_close code
    std::string reason;            // when !ok: short, for the close frame
};

class PushAuthorizer {
public:
    PushAuthorizer(const Authenticator& auth, PgPool& db, std::size_t threads,
                   std::size_t maxQueued);
    ~PushAuthorizer();  // stop()
    PushAuthorizer(const PushAuthorizer&) = delete;
    PushAuthorizer& operator=(const PushAuthorizer&) = delete;

    // Queues a check; `done` runs on an authorizer thread. Returns false (and never calls
    // `done`) when the queue is full or the authorizer stopped.
    bool submit(std::string token, std::function<void(PushAuthResult)> done);
    // Drops queued checks (their `done` is not called), lets a running one finish and joins
    // the threads. Not to be called from a `done` callback.
    void stop();

private:
    PushAuthResult check(const std::string& token) const;
    void work();

    const Authenticator& auth_;
    PgPool& db_;
    const std::size_t maxQueued_;
    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<std::pair<std::string, std::function<void(PushAuthResult)>>> queue_;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

}  // namespace satchel::server
