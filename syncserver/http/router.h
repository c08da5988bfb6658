#pragma once
// Routes requests to handlers by method and path pattern. Patterns are literal segments and
// `{name}` parameters, each standing for exactly one non-empty path segment:
//
//     router.add("GET", "/api/v1/courses/{id}/versions/{n}/manifest", handler);
//
// A literal segment wins over a parameter in the same position, so "/courses/mine" and
// "/courses/{id}" can coexist. Modules register their routes once at start-up, before the
// listener runs; matching afterwards is read-only and thread-safe.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "http/types.h"

namespace satchel::server {

using Handler = std::function<HttpResponse(HttpRequest&)>;
// A handler that answers from memory without ever blocking (no database, no file, no lock
// held for long), run on the I/O thread that read the request; it returns nullopt when it
// cannot answer that way, and the route's Handler then runs on the worker pool. It may throw
// ApiError like any handler.
using NonBlockingHandler = std::function<std::optional<HttpResponse>(HttpRequest&)>;

struct RouteOptions {
    // Largest request body accepted; a larger one is answered 413 before it is read. 0 means
    // the server-wide limit (SATCHEL_MAX_BODY_BYTES).
    std::size_t maxBodyBytes = 0;
    // When true (the default) the route answers 503 until PostgreSQL is reachable and the
    // schema is current. Health and metrics routes set it to false.
    bool needsDatabase = true;
};

struct Route {
    std::string method;
    std::string pattern;  // as registered; also the metrics label
    std::vector<std::string> segments;
    Handler handler;
    RouteOptions options;
    NonBlockingHandler nonBlocking = nullptr;  // optional
};

struct RouteMatch {
    const Route* route = nullptr;             // null when nothing matched
    std::vector<std::string> allowedMethods;  // when the path matched but the method did not
    std::map<std::string, std::string> params;
};

class Router {
public:
    // Throws std::logic_error for a duplicate method+pattern or a malformed pattern.
    void add(std::string method, std::string pattern, Handler handler, RouteOptions options = {});
    // As add(), with a NonBlockingHandler tried first on the I/O thread.
    void addWithNonBlocking(std::string method, std::string pattern, NonBlockingHandler fast,
                            Handler handler, RouteOptions options = {});
    RouteMatch match(const std::string& method, const std::string& path) const;
    // Every registered route, in registration order (the OpenAPI test compares these).
    const std::vector<Route>& routes() const { return routes_; }

private:
    std::vector<Route> routes_;
};

// Splits "/a/b/c" into {"a","b","c"}; an empty path or "/" gives no segments.
std::vector<std::string> splitPath(const std::string& path);

}  // namespace satchel::server
