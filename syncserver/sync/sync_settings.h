#pragma once
// The sync module's own settings. Like every server setting they are flags and SATCHEL_*
// variables listed by `satchel-syncd --help` (app/settings.cpp's table); this reads and checks
// the values the server collected:
//
//   --sync-max-events      SATCHEL_SYNC_MAX_EVENTS      events per push (default 5000, at most
//   5000)
//   --sync-max-attempts    SATCHEL_SYNC_MAX_ATTEMPTS    quiz attempts per push (default 200, <=
//   200)
//   --sync-max-push-bytes  SATCHEL_SYNC_MAX_PUSH_BYTES  largest push body (default 8 MiB; 413
//   above)
//   --sync-pull-limit      SATCHEL_SYNC_PULL_LIMIT      most feed entries per pull page (default
//                                                       5000, at most 5000)

#include <cstddef>
#include <stdexcept>

#include "app/settings.h"

namespace satchel::server::sync {

struct SyncSettings {
    std::size_t maxEventsPerPush = 5000;
    std::size_t maxAttemptsPerPush = 200;
    std::size_t maxPushBytes = 8 * 1024 * 1024;
    std::size_t maxPullLimit = 5000;

    // Throws SyncSettingsError naming the flag and variable for a value that is not a whole
    // number in range.
    static SyncSettings from(const Settings& settings);
};

// A SettingsError, so the server reports it as it reports any other bad setting.
class SyncSettingsError : public SettingsError {
public:
    using SettingsError::SettingsError;
};

}  // namespace satchel::server::sync
