#pragma once
// Tuning of the push channel. The tunable ones are server settings (app/settings.cpp lists
// them, so each is a --push-* flag and a SATCHEL_PUSH_* variable shown by --help); the
// defaults suit a classroom to a campus.

#include <chrono>
#include <cstddef>

#include "app/settings.h"

namespace satchel::server {

struct PushOptions {
    // SATCHEL_PUSH_AUTH_TIMEOUT_MS: a socket must authenticate within this.
    std::chrono::milliseconds authTimeout{5000};
    // SATCHEL_PUSH_IDLE_TIMEOUT_MS: a peer that sends nothing (not even a pong to the ping sent
    // at half this time) for this long is dropped as half-open.
    std::chrono::milliseconds idleTimeout{30000};
    // WebSocket opening and closing handshakes must finish within this.
    std::chrono::milliseconds handshakeTimeout{10000};
    // SATCHEL_PUSH_WRITE_TIMEOUT_MS: a client that has not taken a message in this long
    // stopped reading and is disconnected (it resumes from its last id when it comes back).
    std::chrono::milliseconds writeTimeout{15000};
    // SATCHEL_PUSH_QUEUE_BYTES: the most a client's unsent messages may hold; more disconnects
    // it. The queue holds at most one page of events (the rest waits in PostgreSQL), so this
    // bites only for pages of very large events.
    std::size_t maxQueueBytes = 8 << 20;
    // The largest message a client may send (the auth message).
    std::size_t maxClientMessageBytes = 16 * 1024;
    // SATCHEL_PUSH_TOKEN_CHECK_MS: how often a live socket re-checks its access token; an
    // expired one closes it with push_close::kTokenExpired. 0: a quarter of the token lifetime
    // (between 1 and 60 seconds).
    std::chrono::milliseconds tokenCheckInterval{0};
    // Events per subscriber per fetch (the backlog is sent a page at a time).
    int pageSize = 64;
    // Threads that verify tokens and read accounts for new sockets.
    std::size_t authThreads = 2;
};

// The defaults overridden by the --push-* settings; throws SettingsError naming the flag and
// its variable when one is not a positive number.
PushOptions pushOptionsFrom(const Settings& settings);

}  // namespace satchel::server
