#include "sync/sync_settings.h"

#include <cstdlib>
#include <string>

#include "satchel/protocol/messages.h"

namespace satchel::server::sync {
namespace {

std::size_t readSize(const Settings& settings, const char* env, const char* flag,
                     std::size_t fallback, std::size_t min, std::size_t max) {
    const auto raw = settings.value(env);
    if (!raw || raw->empty())
        return fallback;
    char* end = nullptr;
    const unsigned long long value = std::strtoull(raw->c_str(), &end, 10);
    if (end == raw->c_str() || *end != '\0' || (*raw)[0] == '-' || value < min || value > max)
        throw SyncSettingsError(std::string("invalid --") + flag + " / " + env + " '" + *raw +
                                "': must be a whole number from " + std::to_string(min) + " to " +
                                std::to_string(max));
    return static_cast<std::size_t>(value);
}

}  // namespace

SyncSettings SyncSettings::from(const Settings& settings) {
    SyncSettings s;
    s.maxEventsPerPush = readSize(settings, "SATCHEL_SYNC_MAX_EVENTS", "sync-max-events",
                                  s.maxEventsPerPush, 1, wire::kMaxEventsPerPush);
    s.maxAttemptsPerPush = readSize(settings, "SATCHEL_SYNC_MAX_ATTEMPTS", "sync-max-attempts",
                                    s.maxAttemptsPerPush, 0, wire::kMaxAttemptsPerPush);
    s.maxPushBytes = readSize(settings, "SATCHEL_SYNC_MAX_PUSH_BYTES", "sync-max-push-bytes",
                              s.maxPushBytes, 1024, std::size_t{256} << 20);
    s.maxPullLimit = readSize(settings, "SATCHEL_SYNC_PULL_LIMIT", "sync-pull-limit",
                              s.maxPullLimit, 1, wire::kMaxPullLimit);
    return s;
}

}  // namespace satchel::server::sync
