#include "satchel/client/reconnect_backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace satchel::client {

ReconnectBackoff::ReconnectBackoff(Policy policy, std::function<double()> random)
    : policy_(policy), random_(std::move(random)) {
    if (!random_)
        random_ = [] { return QRandomGenerator::global()->generateDouble(); };
    policy_.jitter = std::clamp(policy_.jitter, 0.0, 1.0);
}

std::chrono::milliseconds ReconnectBackoff::next() {
    // Doubling stops once the cap is reached, so the shift never overflows.
    double base = static_cast<double>(policy_.initial.count());
    for (int i = 0; i < failures_ && base < static_cast<double>(policy_.max.count()); ++i)
        base *= 2;
    base = std::min(base, static_cast<double>(policy_.max.count()));
    ++failures_;
    const double delay = base * (1.0 - policy_.jitter * random_());
    return std::chrono::milliseconds(static_cast<long long>(delay));
}

}  // namespace satchel::client
