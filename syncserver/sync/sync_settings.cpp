#include "sync/sync_settings.h"

#include <cstdlib>
#include <string>

#include "satchel/protocol/messages.h"

namespace satchel::server::sync {
namespace {

std::size_t readSize(const char* name, std::size_t fallback, std::size_t min, std::size_t max) {
    const char* raw = std::getenv(name);
    if (raw == nullptr || *raw == '\0')
        return fallback;
    char* end = nullptr;
    const unsigned long long value = std::strtoull(raw, &end, 10);
    if (end == raw || *end != '\0' || value < min || value > max)
        throw SyncSettingsError(std::string(name) + " must be a whole number from " +
                                std::to_string(min) + " to " + std::to_string(max));
    return static_cast<std::size_t>(value);
}

}  // namespace

SyncSettings SyncSettings::fromEnvironment() {
    SyncSettings s;
    s.maxEventsPerPush =
        readSize("SATCHEL_SYNC_MAX_EVENTS", s.maxEventsPerPush, 1, wire::kMaxEventsPerPush);
    s.maxAttemptsPerPush =
        readSize("SATCHEL_SYNC_MAX_ATTEMPTS", s.maxAttemptsPerPush, 0, wire::kMaxAttemptsPerPush);
    s.maxPushBytes =
        readSize("SATCHEL_SYNC_MAX_PUSH_BYTES", s.maxPushBytes, 1024, std::size_t{256} << 20);
    s.maxPullLimit = readSize("SATCHEL_SYNC_PULL_LIMIT", s.maxPullLimit, 1, wire::kMaxPullLimit);
    return s;
}

}  // namespace satchel::server::sync
