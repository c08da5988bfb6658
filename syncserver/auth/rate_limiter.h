#pragma once
// A sliding-window counter per key (an account name or a client address), in memory. Each
// instance limits on its own; with N instances behind a balancer an attacker gets at most N
// times the budget, which still stops online guessing.

#include <chrono>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>

namespace satchel::server {

class RateLimiter {
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    RateLimiter(int limit, std::chrono::seconds window,
                Clock clock = std::chrono::steady_clock::now);

    // Seconds until `key` may try again; 0 when it is under its limit now.
    int retryAfter(const std::string& key);
    void record(const std::string& key);
    void reset(const std::string& key);

private:
    void prune(std::deque<std::chrono::steady_clock::time_point>& hits,
               std::chrono::steady_clock::time_point now) const;

    int limit_;
    std::chrono::seconds window_;
    Clock clock_;
    std::mutex mutex_;
    std::unordered_map<std::string, std::deque<std::chrono::steady_clock::time_point>> hits_;
    std::size_t recordsSinceSweep_ = 0;
};

}  // namespace satchel::server
