#pragma once
// Delays between reconnection attempts: exponential growth up to a cap, with random jitter so
// that thousands of clients cut off by the same server restart do not return in lockstep.
// delay(n) = uniform(base(n) * (1 - jitter), base(n)), base(n) = min(initial * 2^n, max).

#include <chrono>
#include <functional>

namespace satchel::client {

class ReconnectBackoff {
public:
    struct Policy {
        std::chrono::milliseconds initial{1000};
        std::chrono::milliseconds max{60000};
        double jitter = 0.5;  // fraction of the delay that is random, 0..1
    };

    // `random` returns a uniform value in [0, 1); the default uses QRandomGenerator.
    explicit ReconnectBackoff(Policy policy, std::function<double()> random = {});

    // The delay before the next attempt; each call counts one more failure.
    std::chrono::milliseconds next();
    // A connection succeeded: the next failure starts from `initial` again.
    void reset() { failures_ = 0; }
    int failures() const { return failures_; }

private:
    Policy policy_;
    std::function<double()> random_;
    int failures_ = 0;
};

}  // namespace satchel::client
