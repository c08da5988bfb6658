#include "http/dispatcher.h"

#include <chrono>
#include <random>

#include "app/log.h"
#include "db/errors.h"

namespace satchel::server {
namespace {

const std::string kUnmatched = "unmatched";

bool saneRequestId(std::string_view id) {
    if (id.empty() || id.size() > 64)
        return false;
    for (char c : id)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.')
            return false;
    return true;
}

}  // namespace

std::string requestIdFor(const HttpRequest& request) {
    if (const auto given = request.header("x-request-id"); saneRequestId(given))
        return std::string(given);
    thread_local std::mt19937_64 random{std::random_device{}()};
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id(16, '0');
    auto bits = random();
    for (auto& c : id) {
        c = kHex[bits & 15];
        bits >>= 4;
    }
    return id;
}

Dispatcher::Dispatcher(const Router& router, Metrics& metrics, AccessLog& accessLog,
                       const Readiness& readiness, bool trustProxy, std::size_t defaultBodyLimit)
    : router_(router),
      metrics_(metrics),
      accessLog_(accessLog),
      readiness_(readiness),
      trustProxy_(trustProxy),
      defaultBodyLimit_(defaultBodyLimit) {}

std::size_t Dispatcher::bodyLimit(const std::string& method, const std::string& path) const {
    const auto match = router_.match(method, path);
    if (match.route && match.route->options.maxBodyBytes > 0)
        return match.route->options.maxBodyBytes;
    return defaultBodyLimit_;
}

// Request id and the caller's address; runs once even when the non-blocking attempt gave up.
void Dispatcher::prepare(HttpRequest& request) const {
    if (!request.requestId.empty())
        return;
    request.requestId = requestIdFor(request);
    if (trustProxy_) {
        // The last hop of X-Forwarded-For is the address our proxy saw.
        const auto forwarded = request.header("x-forwarded-for");
        if (!forwarded.empty()) {
            auto last = forwarded.substr(
                forwarded.rfind(',') == std::string_view::npos ? 0 : forwarded.rfind(',') + 1);
            while (!last.empty() && last.front() == ' ')
                last.remove_prefix(1);
            if (!last.empty())
                request.remoteAddress = std::string(last);
        }
    }
}

std::optional<HttpResponse> Dispatcher::handleWithoutBlocking(HttpRequest& request) {
    const auto started = std::chrono::steady_clock::now();
    auto match = router_.match(request.method, request.path);
    if (!match.route || !match.route->nonBlocking)
        return std::nullopt;
    if (match.route->options.needsDatabase && !readiness_.schemaCurrent())
        return std::nullopt;  // the worker answers 503
    prepare(request);
    request.params = std::move(match.params);
    std::optional<HttpResponse> response;
    try {
        response = match.route->nonBlocking(request);
    } catch (const ApiError& e) {
        response = errorResponse(e.status(), e.code(), e.what(), e.field);
        for (const auto& [k, v] : e.headers)
            response->setHeader(k, v);
    } catch (const std::exception&) {
        return std::nullopt;  // the blocking handler runs and reports it properly
    }
    if (response)
        finish(request, *response, match.route->pattern,
               std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    return response;
}

HttpResponse Dispatcher::handle(HttpRequest& request) {
    const auto started = std::chrono::steady_clock::now();
    prepare(request);
    const std::string* route = &kUnmatched;
    HttpResponse response = invoke(request, route);
    finish(request, response, *route,
           std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    return response;
}

HttpResponse Dispatcher::invoke(HttpRequest& request, const std::string*& routeName) {
    auto match = router_.match(request.method, request.path);
    if (!match.route) {
        if (!match.allowedMethods.empty()) {
            auto r =
                errorResponse(405, "method_not_allowed", request.method + " is not allowed here");
            std::string allow;
            for (const auto& m : match.allowedMethods)
                allow += (allow.empty() ? "" : ", ") + m;
            r.setHeader("Allow", allow);
            return r;
        }
        return errorResponse(404, "not_found", "no such route");
    }
    routeName = &match.route->pattern;
    if (match.route->options.needsDatabase && !readiness_.schemaCurrent()) {
        auto r = errorResponse(503, "not_ready", "the database is not ready yet; retry shortly");
        r.setHeader("Retry-After", "2");
        return r;
    }
    request.params = std::move(match.params);
    try {
        return match.route->handler(request);
    } catch (const ApiError& e) {
        auto r = errorResponse(e.status(), e.code(), e.what(), e.field);
        for (const auto& [k, v] : e.headers)
            r.setHeader(k, v);
        return r;
    } catch (const DatabaseUnavailable& e) {
        logLine(LogLevel::Warn, request.requestId, e.what());
        auto r = errorResponse(503, "database_unavailable",
                               "the database is unavailable; retry shortly");
        r.setHeader("Retry-After", "2");
        return r;
    } catch (const std::exception& e) {
        logLine(LogLevel::Error, request.requestId,
                std::string("unhandled error in ") + request.method + " " + *routeName + ": " +
                    e.what());
        return errorResponse(500, "internal",
                             "internal server error (request " + request.requestId + ")");
    }
}

HttpResponse Dispatcher::rejected(HttpRequest& partial, int status, const std::string& code,
                                  const std::string& message) {
    partial.requestId = requestIdFor(partial);
    auto response = errorResponse(status, code, message);
    const auto match = router_.match(partial.method, partial.path);
    finish(partial, response, match.route ? match.route->pattern : kUnmatched, 0);
    return response;
}

void Dispatcher::finish(HttpRequest& request, HttpResponse& response, const std::string& route,
                        double seconds) {
    response.setHeader("X-Request-Id", request.requestId);
    metrics_.observe(request.method, route, response.status, seconds);
    // A file body (blobs) logs the length of the slice it sends, not the empty `body`.
    const std::size_t bytes =
        response.file ? static_cast<std::size_t>(response.file->length) : response.bodyView().size();
    accessLog_.record(request, route, response.status, bytes, seconds * 1000.0);
}

}  // namespace satchel::server
