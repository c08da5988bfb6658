#pragma once
// Hybrid logical clock (Kulkarni et al. 2014): physical milliseconds plus a logical counter,
// so that a stamp is always after every stamp its device has seen, yet stays close to wall
// time. Satchel orders concurrent writes (the resume position) by (hlc, deviceId).
//
// On the wire an Hlc is one unsigned integer: wallMillis << 16 | counter (see packed()).

#include <compare>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>

#include "satchel/ids.h"

namespace satchel {

struct Hlc {
    std::uint64_t wallMillis = 0;  // Unix milliseconds, < 2^48
    std::uint16_t counter = 0;

    static constexpr std::uint64_t kMaxWallMillis = (std::uint64_t{1} << 48) - 1;

    constexpr std::uint64_t packed() const { return (wallMillis << 16) | counter; }
    static constexpr Hlc fromPacked(std::uint64_t value) {
        return Hlc{value >> 16, static_cast<std::uint16_t>(value & 0xffff)};
    }

    friend constexpr auto operator<=>(const Hlc&, const Hlc&) = default;
    friend constexpr bool operator==(const Hlc&, const Hlc&) = default;
};

// A write's position in the total order used for last-writer-wins: the clock first, the
// device id to break ties between devices that produced the same stamp.
struct Stamp {
    Hlc hlc;
    Uuid deviceId;

    friend constexpr auto operator<=>(const Stamp&, const Stamp&) = default;
    friend constexpr bool operator==(const Stamp&, const Stamp&) = default;
};

// One clock per device. now() stamps a local event; observe() folds in a stamp received from
// elsewhere so that later local stamps come after it. Thread-safe.
class HybridClock {
public:
    using WallClock = std::function<std::uint64_t()>;  // Unix milliseconds

    HybridClock();  // the system clock
    explicit HybridClock(WallClock wall, Hlc last = {});

    // Strictly greater than every stamp previously returned or observed.
    Hlc now();
    // Folds a remote stamp in; returns the new local stamp (strictly after both). A remote
    // stamp more than kMaxDriftMs ahead of the local wall clock (a device with its clock set
    // years ahead) is not folded in, so that it cannot drag every clock it reaches into the
    // future; the result is then simply now().
    Hlc observe(const Hlc& remote);

    static constexpr std::uint64_t kMaxDriftMs = 24ull * 60 * 60 * 1000;
    Hlc last() const;

private:
    Hlc advance(std::uint64_t wall, const Hlc& floor);
    WallClock wall_;
    mutable std::mutex mutex_;
    Hlc last_;
};

std::uint64_t systemUnixMillis();

}  // namespace satchel
