#pragma once
// The HTTP/1.1 listener: the only part of the server that knows Boost.Beast and Asio (see
// listener.cpp and http_session.cpp). It reads requests under size and time limits, hands each
// complete request to a RequestSink on the WorkerPool, and writes the answer back with keep-alive.

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "http/types.h"

namespace satchel::server {

class WorkerPool;

struct ListenerLimits {
    std::size_t maxHeaderBytes = 16 * 1024;  // larger header: 431
    std::chrono::milliseconds readTimeout{
        15000};  // header in full, and each body piece, within this
    std::chrono::milliseconds idleTimeout{60000};    // keep-alive connection with no request
    std::chrono::milliseconds shutdownGrace{30000};  // SIGTERM: time left for requests in flight
    // After handling work an I/O thread keeps polling this long before it sleeps in epoll. On a
    // virtual machine waking a sleeping thread costs tens of microseconds (its vCPU halted),
    // more than most handlers; a burst (a broadcast to thousands of sockets, a busy second of
    // requests) then runs without a sleep and a wake per event. An idle server never spins;
    // a busy one spins at most this long per burst. 0: plain blocking run.
    std::chrono::microseconds ioSpin{50};
};

// What the listener calls. bodyLimit() and rejected() run on I/O threads and must not block;
// handle() runs on the worker pool.
class RequestSink {
public:
    virtual ~RequestSink() = default;
    // The largest body accepted for this request line (the route's limit).
    virtual std::size_t bodyLimit(const std::string& method, const std::string& path) const = 0;
    virtual HttpResponse handle(HttpRequest& request) = 0;
    // Runs on the I/O thread before handle() is queued: the answer, when the route can give it
    // from memory without blocking, else nullopt (and handle() runs on the worker pool).
    virtual std::optional<HttpResponse> handleWithoutBlocking(HttpRequest&) { return std::nullopt; }
    // Builds (and logs) the answer to a request refused before reaching a handler: 413, 431,
    // 400 for an unparseable request, 503 when the worker queue is full.
    virtual HttpResponse rejected(HttpRequest& partial, int status, const std::string& code,
                                  const std::string& message) = 0;
};

// A connection whose request asked to switch protocols (`Upgrade: websocket`) on a path with a
// registered handler. Defined in http/upgraded_connection.h, which includes Beast: only the
// module that speaks the new protocol includes it.
struct UpgradedConnection;

// Takes over upgraded connections on one path. `accept` runs on the connection's I/O strand
// and must not block; it owns the connection from then on (the listener no longer tracks it).
// `shutdown` runs once on SIGTERM/stop(): the handler closes what it holds, because the
// listener returns only when every connection, upgraded ones included, has ended.
struct UpgradeHandler {
    std::function<void(UpgradedConnection&)> accept;
    std::function<void()> shutdown;
};

class Listener {
public:
    // Binds host:port at once (throws std::runtime_error naming the address on failure); port 0
    // picks a free one.
    Listener(const std::string& host, int port, std::size_t ioThreads, ListenerLimits limits,
             RequestSink& sink, WorkerPool& workers);
    ~Listener();
    Listener(const Listener&) = delete;
    Listener& operator=(const Listener&) = delete;

    int port() const;
    // Hands GET requests for `path` carrying `Upgrade: websocket` to `handler` instead of the
    // RequestSink. Call before runUntilSignalled(); without a handler such requests are ordinary
    // requests (the router answers them).
    void addUpgradeHandler(const std::string& path, UpgradeHandler handler);
    // Serves until SIGTERM or SIGINT (or stop()), then stops accepting, lets requests in flight
    // finish (up to shutdownGrace), closes idle connections and returns.
    void runUntilSignalled();
    // Asks a running listener to shut down as on SIGTERM. Thread-safe.
    void stop();

private:
    friend class Session;  // http_session.cpp's per-connection state
    struct Impl;
    std::shared_ptr<Impl> impl_;
};

}  // namespace satchel::server
