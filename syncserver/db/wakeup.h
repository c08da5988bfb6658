#pragma once
// What a thread listening on PostgreSQL (the cache change listener, the push feed and
// broadcaster) sleeps on: its connection's socket (a notification arrived) or a signal from
// another thread (work is due, or stop), whichever comes first, with a timeout. An eventfd, so
// signals are never lost and never block.

#include <chrono>

namespace satchel::server {

class Wakeup {
public:
    Wakeup();  // throws std::runtime_error when no eventfd can be made
    ~Wakeup();
    Wakeup(const Wakeup&) = delete;
    Wakeup& operator=(const Wakeup&) = delete;

    // Any thread: ends the current or next wait() at once.
    void signal();
    // Returns when `socketFd` (ignored if negative) is readable, signal() was called, or
    // `timeout` has passed.
    void wait(int socketFd, std::chrono::milliseconds timeout);

private:
    int fd_ = -1;
};

}  // namespace satchel::server
