#include "satchel/ids.h"

#include <openssl/rand.h>

#include <chrono>
#include <stdexcept>

namespace satchel {
namespace {

// Hex digit values by byte, -1 for anything else: parsing ids is on the hot path of sync.
constexpr std::array<std::int8_t, 256> kHexValues = [] {
    std::array<std::int8_t, 256> table{};
    for (auto& v : table)
        v = -1;
    for (int c = '0'; c <= '9'; ++c)
        table[static_cast<std::size_t>(c)] = static_cast<std::int8_t>(c - '0');
    for (int c = 'a'; c <= 'f'; ++c)
        table[static_cast<std::size_t>(c)] = static_cast<std::int8_t>(c - 'a' + 10);
    for (int c = 'A'; c <= 'F'; ++c)
        table[static_cast<std::size_t>(c)] = static_cast<std::int8_t>(c - 'A' + 10);
    return table;
}();

int hexValue(char c) {
    return kHexValues[static_cast<unsigned char>(c)];
}

void fillFromOpenSsl(std::uint8_t* out, std::size_t size) {
    // Without randomness ids could collide across devices: continuing would corrupt data.
    if (RAND_bytes(out, static_cast<int>(size)) != 1) {
        throw std::runtime_error("OpenSSL RAND_bytes failed: no randomness for UUIDv7");
    }
}

std::uint64_t systemMillis() {
    using namespace std::chrono;
    return static_cast<std::uint64_t>(
        duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

}  // namespace

std::optional<Uuid> Uuid::parse(std::string_view text) {
    if (text.size() != 36 || text[8] != '-' || text[13] != '-' || text[18] != '-' ||
        text[23] != '-') {
        return std::nullopt;
    }
    // Offsets of the 16 byte pairs in the canonical 8-4-4-4-12 form.
    static constexpr std::uint8_t kOffsets[16] = {0,  2,  4,  6,  9,  11, 14, 16,
                                                  19, 21, 24, 26, 28, 30, 32, 34};
    Bytes bytes{};
    int invalid = 0;
    for (std::size_t i = 0; i < 16; ++i) {
        int high = hexValue(text[kOffsets[i]]);
        int low = hexValue(text[kOffsets[i] + 1]);
        invalid |= high | low;  // any -1 sets the sign bit
        bytes[i] = static_cast<std::uint8_t>((high & 0xf) << 4 | (low & 0xf));
    }
    if (invalid < 0)
        return std::nullopt;
    return Uuid(bytes);
}

void Uuid::writeTo(char* out) const {
    static constexpr char kHex[] = "0123456789abcdef";
    std::size_t pos = 0;
    for (std::size_t i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out[pos++] = '-';
        out[pos++] = kHex[bytes_[i] >> 4];
        out[pos++] = kHex[bytes_[i] & 0xf];
    }
}

std::string Uuid::toString() const {
    std::string text(36, '\0');
    writeTo(text.data());
    return text;
}

bool Uuid::isNil() const {
    for (auto b : bytes_) {
        if (b != 0)
            return false;
    }
    return true;
}

std::uint64_t Uuid::unixMillis() const {
    std::uint64_t millis = 0;
    for (std::size_t i = 0; i < 6; ++i)
        millis = millis << 8 | bytes_[i];
    return millis;
}

UuidV7Generator::UuidV7Generator() : UuidV7Generator(systemMillis, fillFromOpenSsl) {}

UuidV7Generator::UuidV7Generator(Clock clock, RandomFill random)
    : clock_(std::move(clock)), random_(std::move(random)) {}

Uuid UuidV7Generator::next() {
    std::uint8_t random[10];
    random_(random, sizeof random);
    std::lock_guard lock(mutex_);
    std::uint64_t millis = clock_() & ((std::uint64_t{1} << 48) - 1);
    if (millis > lastMillis_) {
        lastMillis_ = millis;
        // A fresh millisecond starts the counter at a random value below 2^11, leaving at
        // least 2048 increments before it would overflow.
        counter_ = static_cast<std::uint16_t>((random[0] << 8 | random[1]) & 0x07ff);
    } else if (counter_ < 0x0fff) {
        ++counter_;  // same (or earlier) millisecond: count up to stay monotonic
    } else {
        ++lastMillis_;  // counter exhausted: borrow the next millisecond
        counter_ = 0;
    }
    Uuid::Bytes bytes{};
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<std::uint8_t>(lastMillis_ >> (40 - 8 * i));
    bytes[6] = static_cast<std::uint8_t>(0x70 | (counter_ >> 8));
    bytes[7] = static_cast<std::uint8_t>(counter_ & 0xff);
    bytes[8] = static_cast<std::uint8_t>(0x80 | (random[2] & 0x3f));
    for (int i = 9; i < 16; ++i)
        bytes[i] = random[i - 6];
    return Uuid(bytes);
}

Uuid newUuidV7() {
    static UuidV7Generator generator;
    return generator.next();
}

}  // namespace satchel

std::size_t std::hash<satchel::Uuid>::operator()(const satchel::Uuid& id) const noexcept {
    // The last 8 bytes of a UUIDv7 are random; mixing in the first 8 covers other versions.
    std::uint64_t a = 0, b = 0;
    const auto& bytes = id.bytes();
    for (int i = 0; i < 8; ++i) {
        a = a << 8 | bytes[i];
        b = b << 8 | bytes[8 + i];
    }
    return static_cast<std::size_t>(b ^ (a * 0x9e3779b97f4a7c15ull));
}
