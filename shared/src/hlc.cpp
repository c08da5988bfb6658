#include "satchel/hlc.h"

#include <chrono>

namespace satchel {

std::uint64_t systemUnixMillis() {
    using namespace std::chrono;
    return static_cast<std::uint64_t>(
        duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

HybridClock::HybridClock() : HybridClock(systemUnixMillis) {}

HybridClock::HybridClock(WallClock wall, Hlc last) : wall_(std::move(wall)), last_(last) {}

Hlc HybridClock::advance(std::uint64_t wall, const Hlc& floor) {
    wall = std::min(wall, Hlc::kMaxWallMillis);
    if (wall > floor.wallMillis)
        return Hlc{wall, 0};
    // The wall clock is not ahead of what we have seen: keep its millisecond and count.
    if (floor.counter < 0xffff)
        return Hlc{floor.wallMillis, static_cast<std::uint16_t>(floor.counter + 1)};
    return Hlc{floor.wallMillis + 1, 0};  // counter exhausted: step into the next millisecond
}

Hlc HybridClock::now() {
    std::lock_guard lock(mutex_);
    last_ = advance(wall_(), last_);
    return last_;
}

Hlc HybridClock::observe(const Hlc& remote) {
    std::lock_guard lock(mutex_);
    std::uint64_t wall = wall_();
    bool plausible = remote.wallMillis <= wall + kMaxDriftMs;
    last_ = advance(wall, plausible ? std::max(last_, remote) : last_);
    return last_;
}

Hlc HybridClock::last() const {
    std::lock_guard lock(mutex_);
    return last_;
}

}  // namespace satchel
