#pragma once
// Listener::Impl, the state shared by the acceptor (listener.cpp) and the per-connection HTTP
// sessions (http_session.cpp). Internal to the listener library: it includes Asio (slow to
// compile, needs satchel_asio_fix), so only those two translation units include it.

#include <atomic>
#include <csignal>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>

#include "http/listener.h"

namespace satchel::server {

class Session;  // http_session.cpp: one HTTP connection

// Threading: one io_context per I/O thread, each run by exactly that thread (concurrency hint
// 1, so Asio skips the cross-thread hand-offs a shared io_context needs), and the acceptor
// deals accepted connections out to them in turn. A connection lives on one thread from
// accept to close: its handlers never run concurrently, need no strand, and stay in that
// thread's caches. The first io_context also runs the acceptor, the signals and the shutdown
// timers, and is the one the main thread runs.
struct Listener::Impl : std::enable_shared_from_this<Listener::Impl> {
    using tcp = boost::asio::ip::tcp;

    Impl(std::size_t threads, ListenerLimits l, RequestSink& s, WorkerPool& w)
        : ioThreads(threads == 0 ? 1 : threads),
          contexts(makeContexts(ioThreads)),
          ioc(*contexts.front()),
          acceptor(ioc),
          signals(ioc, SIGINT, SIGTERM),
          graceTimer(ioc),
          retryTimer(ioc),
          limits(l),
          sink(s),
          workers(w) {}

    static std::vector<std::unique_ptr<boost::asio::io_context>> makeContexts(std::size_t n) {
        std::vector<std::unique_ptr<boost::asio::io_context>> out;
        for (std::size_t i = 0; i < n; ++i)
            out.push_back(std::make_unique<boost::asio::io_context>(1));
        return out;
    }

    std::size_t ioThreads;
    std::vector<std::unique_ptr<boost::asio::io_context>> contexts;  // one per I/O thread
    boost::asio::io_context& ioc;  // contexts.front(): acceptor, signals, timers, shutdown
    tcp::acceptor acceptor;
    boost::asio::signal_set signals;
    boost::asio::steady_timer graceTimer;
    boost::asio::steady_timer retryTimer;
    // Keep every io_context running until shutdown has ended all connections; touched only
    // on `ioc`'s thread.
    std::vector<boost::asio::executor_work_guard<boost::asio::io_context::executor_type>>
        workGuards;
    std::size_t nextContext = 0;  // the io_context the next accepted connection goes to
    ListenerLimits limits;
    RequestSink& sink;
    WorkerPool& workers;
    std::atomic<bool> stopping{false};

    std::mutex sessionsMutex;
    std::map<const Session*, std::weak_ptr<Session>> sessions;
    std::map<std::string, UpgradeHandler> upgradeHandlers;  // by path; fixed before run

    // listener.cpp: accepting, shutdown and the session registry.
    void accept();
    void beginShutdown();
    void track(const std::shared_ptr<Session>& session);
    void untrack(const Session* session);

    // http_session.cpp, the only translation unit that knows Session (and Beast's HTTP).
    // serve() starts a session for an accepted socket; it is tracked until it ends.
    void serve(tcp::socket&& socket);
    // Shutdown: closes connections waiting for a request now; ones with a request in flight
    // finish it and close after the response.
    void closeIdleSessions();
    // Grace period over: closes every tracked connection.
    void forceCloseSessions();
    void forEachSession(void (Session::*action)());
};

}  // namespace satchel::server
