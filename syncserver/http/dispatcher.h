#pragma once
// Turns a complete request into a response: assigns the request id, routes, refuses routes
// that need the database while the schema is not ready, maps exceptions to JSON errors, and
// records metrics and the access log. It is the RequestSink the listener calls.

#include <atomic>
#include <cstddef>

#include "http/access_log.h"
#include "http/listener.h"
#include "http/metrics.h"
#include "http/router.h"

namespace satchel::server {

// Whether the database schema is known to be current (set once migrations have run).
class Readiness {
public:
    void setSchemaCurrent(bool current) { schemaCurrent_.store(current); }
    bool schemaCurrent() const { return schemaCurrent_.load(); }

private:
    std::atomic<bool> schemaCurrent_{false};
};

class Dispatcher : public RequestSink {
public:
    // `defaultBodyLimit` applies to routes that do not set their own, and to unknown routes.
    Dispatcher(const Router& router, Metrics& metrics, AccessLog& accessLog,
               const Readiness& readiness, bool trustProxy, std::size_t defaultBodyLimit);

    std::size_t bodyLimit(const std::string& method, const std::string& path) const override;
    HttpResponse handle(HttpRequest& request) override;
    std::optional<HttpResponse> handleWithoutBlocking(HttpRequest& request) override;
    HttpResponse rejected(HttpRequest& partial, int status, const std::string& code,
                          const std::string& message) override;

private:
    void prepare(HttpRequest& request) const;
    HttpResponse invoke(HttpRequest& request, const std::string*& routeName);
    void finish(HttpRequest& request, HttpResponse& response, const std::string& route,
                double seconds);

    const Router& router_;
    Metrics& metrics_;
    AccessLog& accessLog_;
    const Readiness& readiness_;
    bool trustProxy_;
    std::size_t defaultBodyLimit_;
};

// The caller's request id if it sent a sane X-Request-Id, else a new random one.
std::string requestIdFor(const HttpRequest& request);

}  // namespace satchel::server
