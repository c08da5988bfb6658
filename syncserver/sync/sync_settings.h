#pragma once
// The sync module's own settings, read from SATCHEL_SYNC_* environment variables when the
// routes are registered (the server's flag table belongs to app/settings.h):
//
//   SATCHEL_SYNC_MAX_EVENTS      events per push (default 5000, at most the protocol's 5000)
//   SATCHEL_SYNC_MAX_ATTEMPTS    quiz attempts per push (default 200, at most 200)
//   SATCHEL_SYNC_MAX_PUSH_BYTES  largest push body in bytes (default 8 MiB; 413 above)
//   SATCHEL_SYNC_PULL_LIMIT      most feed entries per pull page (default 5000, at most 5000)

#include <cstddef>
#include <stdexcept>

namespace satchel::server::sync {

struct SyncSettings {
    std::size_t maxEventsPerPush = 5000;
    std::size_t maxAttemptsPerPush = 200;
    std::size_t maxPushBytes = 8 * 1024 * 1024;
    std::size_t maxPullLimit = 5000;

    // Throws SyncSettingsError naming the variable for a value that is not a number in range.
    static SyncSettings fromEnvironment();
};

class SyncSettingsError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace satchel::server::sync
