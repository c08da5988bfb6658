#pragma once
// One PostgreSQL connection per instance that LISTENs on 'satchel_cache', on a thread of its
// own (never an I/O or worker thread). Triggers (migration 0045) send a notification in the
// same transaction as every change a per-instance cache depends on, so it arrives exactly when
// the change commits:
//
//     "user:<uuid>"    an account's username, role, disabled flag or token epoch changed
//     "enroll:<uuid>"  a user's enrollments changed
//     "catalog"        a course or a published version changed
//
// Subscribers get each payload (on the listener thread; they must only drop cache entries).
// Caches may serve entries only while live() is true: while the connection is down,
// notifications are lost, so live() turns false at once, and when LISTEN is re-established
// every subscriber's reset() runs before live() turns true again.
//
// It follows the push feed's pattern (db/wakeup.h to sleep and be woken, reconnect every
// second) but is separate from it: the push feed belongs to an optional module and runs
// batched event fetches on its connection, which would delay invalidations.

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "db/wakeup.h"

namespace satchel::server {

inline constexpr const char* kCacheChannel = "satchel_cache";

struct ChangeSubscriber {
    std::function<void(std::string_view payload)> changed;
    std::function<void()> reset;  // notifications may have been lost: drop everything
};

class ChangeListener {
public:
    explicit ChangeListener(std::string databaseUrl,
                            std::chrono::seconds keepalive = std::chrono::seconds(30));
    ~ChangeListener();  // stops and joins
    ChangeListener(const ChangeListener&) = delete;
    ChangeListener& operator=(const ChangeListener&) = delete;

    // Adds a subscriber; thread-safe, may be called before or after start().
    void subscribe(ChangeSubscriber subscriber);
    // Starts the thread (idempotent).
    void start();
    // Ends the thread and joins it; live() is false afterwards.
    void stop();
    // True while notifications are being received, so a cached copy is known current.
    bool live() const { return live_.load(std::memory_order_acquire); }

private:
    void run();
    void dispatch(std::string_view payload);
    void resetAll();

    const std::string url_;
    const std::chrono::seconds keepalive_;
    std::mutex mutex_;
    std::vector<ChangeSubscriber> subscribers_;
    Wakeup wakeup_;  // stop()
    std::atomic<bool> stopping_{false};
    std::atomic<bool> live_{false};
    std::thread thread_;
};

}  // namespace satchel::server
