#include "auth/rate_limiter.h"

namespace satchel::server {

RateLimiter::RateLimiter(int limit, std::chrono::seconds window, Clock clock)
    : limit_(limit), window_(window), clock_(std::move(clock)) {}

void RateLimiter::prune(std::deque<std::chrono::steady_clock::time_point>& hits,
                        std::chrono::steady_clock::time_point now) const {
    while (!hits.empty() && hits.front() + window_ <= now)
        hits.pop_front();
}

int RateLimiter::retryAfter(const std::string& key) {
    std::lock_guard lock(mutex_);
    const auto it = hits_.find(key);
    if (it == hits_.end())
        return 0;
    const auto now = clock_();
    prune(it->second, now);
    if (static_cast<int>(it->second.size()) < limit_)
        return 0;
    const auto wait =
        std::chrono::duration_cast<std::chrono::seconds>(it->second.front() + window_ - now);
    return static_cast<int>(wait.count()) + 1;
}

void RateLimiter::record(const std::string& key) {
    std::lock_guard lock(mutex_);
    const auto now = clock_();
    hits_[key].push_back(now);
    // Now and then drop keys whose window has passed, so memory stays bounded.
    if (++recordsSinceSweep_ >= 1024) {
        recordsSinceSweep_ = 0;
        for (auto it = hits_.begin(); it != hits_.end();) {
            prune(it->second, now);
            it = it->second.empty() ? hits_.erase(it) : std::next(it);
        }
    }
}

void RateLimiter::reset(const std::string& key) {
    std::lock_guard lock(mutex_);
    hits_.erase(key);
}

}  // namespace satchel::server
