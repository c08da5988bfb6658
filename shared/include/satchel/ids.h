#pragma once
// Identifiers: 128-bit UUIDs in RFC 9562 canonical text form (lowercase, 8-4-4-4-12).
// Everything Satchel creates on a device (events, attempts, devices, users, courses, lessons)
// gets a UUIDv7: 48 bits of Unix milliseconds then randomness, so ids sort roughly by creation
// time and two devices never need to coordinate.

#include <array>
#include <compare>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace satchel {

class Uuid {
public:
    using Bytes = std::array<std::uint8_t, 16>;

    constexpr Uuid() = default;  // the nil UUID
    constexpr explicit Uuid(const Bytes& bytes) : bytes_(bytes) {}

    // Accepts only the canonical 36-character form (hex digits in either case, hyphens at
    // 8/13/18/23). Returns nullopt for anything else, including braces or a missing hyphen.
    static std::optional<Uuid> parse(std::string_view text);

    std::string toString() const;  // lowercase canonical form
    // Writes the 36 canonical characters to out (no terminator); for hot encoders.
    void writeTo(char* out) const;

    const Bytes& bytes() const { return bytes_; }
    bool isNil() const;
    int version() const { return bytes_[6] >> 4; }
    // The creation time of a UUIDv7 in Unix milliseconds (meaningless for other versions).
    std::uint64_t unixMillis() const;

    friend constexpr auto operator<=>(const Uuid&, const Uuid&) = default;
    friend constexpr bool operator==(const Uuid&, const Uuid&) = default;

private:
    Bytes bytes_{};
};

// Makes UUIDv7 values that are strictly increasing for this generator, even when the clock
// stands still or steps back (RFC 9562 §6.2 method 1: a 12-bit counter in rand_a, and the
// timestamp pushed forward by one millisecond when the counter runs out). Thread-safe.
class UuidV7Generator {
public:
    using Clock = std::function<std::uint64_t()>;  // Unix milliseconds
    using RandomFill = std::function<void(std::uint8_t*, std::size_t)>;

    // Defaults: the system clock and OpenSSL's CSPRNG.
    UuidV7Generator();
    UuidV7Generator(Clock clock, RandomFill random);

    Uuid next();

private:
    Clock clock_;
    RandomFill random_;
    std::mutex mutex_;
    std::uint64_t lastMillis_ = 0;
    std::uint16_t counter_ = 0;
};

// A fresh UUIDv7 from a process-wide generator.
Uuid newUuidV7();

}  // namespace satchel

template <>
struct std::hash<satchel::Uuid> {
    std::size_t operator()(const satchel::Uuid& id) const noexcept;
};
