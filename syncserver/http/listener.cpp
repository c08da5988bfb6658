// The listener's acceptor side: binds the address, runs one io_context per I/O thread, deals
// accepted connections out to them (http_session.cpp serves each), and shuts down on SIGTERM.
// Includes Asio but not Beast's HTTP (see listener_impl.h).
#include "http/listener.h"

#include <csignal>
#include <cstdio>
#include <stdexcept>
#include <thread>
#include <vector>

#include <boost/asio/ip/address.hpp>
#include <boost/asio/post.hpp>

#include "http/listener_impl.h"

namespace satchel::server {

namespace net = boost::asio;
using tcp = net::ip::tcp;
using error_code = boost::system::error_code;

void Listener::Impl::track(const std::shared_ptr<Session>& session) {
    std::lock_guard lock(sessionsMutex);
    sessions.emplace(session.get(), session);
}

void Listener::Impl::untrack(const Session* session) {
    std::lock_guard lock(sessionsMutex);
    sessions.erase(session);
    if (stopping && sessions.empty()) {
        // The last connection is gone: let every io_context::run() return.
        net::post(ioc, [self = shared_from_this()] {
            self->graceTimer.cancel();
            self->workGuards.clear();
        });
    }
}

void Listener::Impl::accept() {
    net::io_context& home = *contexts[nextContext++ % contexts.size()];
    acceptor.async_accept(home, [self = shared_from_this()](error_code ec, tcp::socket socket) {
        if (self->stopping)
            return;
        if (ec) {
            // Out of descriptors or similar: back off briefly instead of spinning.
            std::fprintf(stderr, "satchel-syncd: accept failed: %s\n", ec.message().c_str());
            self->retryTimer.expires_after(std::chrono::milliseconds(100));
            self->retryTimer.async_wait([self](error_code e) {
                if (!e)
                    self->accept();
            });
            return;
        }
        error_code ignored;
        socket.set_option(tcp::no_delay(true), ignored);
        self->serve(std::move(socket));
        self->accept();
    });
}

void Listener::Impl::beginShutdown() {
    if (stopping.exchange(true))
        return;
    error_code ignored;
    signals.cancel(ignored);
    acceptor.close(ignored);
    retryTimer.cancel();
    for (auto& [_, handler] : upgradeHandlers)
        if (handler.shutdown)
            handler.shutdown();
    closeIdleSessions();
    bool empty;
    {
        std::lock_guard lock(sessionsMutex);
        empty = sessions.empty();
    }
    if (empty) {
        workGuards.clear();
        return;
    }
    graceTimer.expires_after(limits.shutdownGrace);
    graceTimer.async_wait([self = shared_from_this()](error_code ec) {
        if (ec)
            return;  // cancelled: every connection finished in time
        std::fprintf(stderr, "satchel-syncd: shutdown grace period over; closing connections\n");
        self->forceCloseSessions();
        self->workGuards.clear();
    });
}

Listener::Listener(const std::string& host, int port, std::size_t ioThreads, ListenerLimits limits,
                   RequestSink& sink, WorkerPool& workers)
    : impl_(std::make_shared<Impl>(ioThreads, limits, sink, workers)) {
    error_code ec;
    const auto address = net::ip::make_address(host == "localhost" ? "127.0.0.1" : host, ec);
    if (ec)
        throw std::runtime_error("invalid listen address '" + host + "': " + ec.message());
    const tcp::endpoint endpoint(address, static_cast<unsigned short>(port));
    const std::string where = host + ":" + std::to_string(port);
    impl_->acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        impl_->acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        impl_->acceptor.bind(endpoint, ec);
    if (!ec)
        impl_->acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec)
        throw std::runtime_error("cannot listen on " + where + ": " + ec.message());
}

Listener::~Listener() = default;

void Listener::addUpgradeHandler(const std::string& path, UpgradeHandler handler) {
    impl_->upgradeHandlers[path] = std::move(handler);
}

int Listener::port() const {
    return impl_->acceptor.local_endpoint().port();
}

namespace {

// io_context::run(), with the spin of ListenerLimits::ioSpin after each burst of work.
void runContext(net::io_context& context, std::chrono::microseconds spin) {
    if (spin.count() <= 0)
        return void(context.run());
    using Clock = std::chrono::steady_clock;
    while (!context.stopped() && context.run_one() > 0) {
        auto until = Clock::now() + spin;
        while (!context.stopped() && Clock::now() < until)
            if (context.poll() > 0)
                until = Clock::now() + spin;
    }
}

}  // namespace

void Listener::runUntilSignalled() {
    auto impl = impl_;
    for (auto& context : impl->contexts)
        impl->workGuards.push_back(net::make_work_guard(*context));
    impl->signals.async_wait([impl](error_code ec, int) {
        if (!ec)
            impl->beginShutdown();
    });
    impl->accept();
    std::vector<std::thread> threads;
    for (std::size_t i = 1; i < impl->contexts.size(); ++i)
        threads.emplace_back([impl, i] { runContext(*impl->contexts[i], impl->limits.ioSpin); });
    runContext(impl->ioc, impl->limits.ioSpin);
    for (auto& t : threads)
        t.join();
}

void Listener::stop() {
    net::post(impl_->ioc, [impl = impl_] { impl->beginShutdown(); });
}

}  // namespace satchel::server
