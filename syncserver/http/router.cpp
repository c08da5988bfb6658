#include "http/router.h"

#include <array>
#include <stdexcept>
#include <string_view>

namespace satchel::server {
namespace {

bool isParameter(const std::string& segment) {
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// Scores a match so that literal segments earlier in the path win: each literal adds a bit,
// weighted by position. Returns -1 when `route` does not match `segments`.
template <class Segments>
long long matchScore(const Route& route, const Segments& segments, std::size_t count) {
    if (route.segments.size() != count)
        return -1;
    long long score = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const auto& pattern = route.segments[i];
        score <<= 1;
        if (isParameter(pattern)) {
            if (segments[i].empty())
                return -1;
        } else if (pattern == segments[i]) {
            score |= 1;
        } else {
            return -1;
        }
    }
    return score;
}

// splitPath() without allocating: views into `path`, up to kMaxSegments (a longer path
// matches no route, since none has that many segments).
constexpr std::size_t kMaxSegments = 16;
std::size_t splitPathInto(std::string_view path, std::array<std::string_view, kMaxSegments>& out) {
    std::size_t count = 0;
    std::size_t start = 0;
    while (start < path.size()) {
        if (path[start] == '/') {
            ++start;
            continue;
        }
        const auto end = path.find('/', start);
        if (count == kMaxSegments)
            return kMaxSegments + 1;
        out[count++] = path.substr(
            start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return count;
}

}  // namespace

std::vector<std::string> splitPath(const std::string& path) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < path.size()) {
        if (path[start] == '/') {
            ++start;
            continue;
        }
        const auto end = path.find('/', start);
        out.push_back(
            path.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return out;
}

void Router::add(std::string method, std::string pattern, Handler handler, RouteOptions options) {
    if (pattern.empty() || pattern.front() != '/')
        throw std::logic_error("route pattern must start with '/': " + pattern);
    for (const auto& r : routes_)
        if (r.method == method && r.pattern == pattern)
            throw std::logic_error("route registered twice: " + method + " " + pattern);
    Route route{std::move(method),  pattern, splitPath(pattern),
                std::move(handler), options, nullptr};
    for (const auto& s : route.segments)
        if ((s.find('{') != std::string::npos || s.find('}') != std::string::npos) &&
            !isParameter(s))
            throw std::logic_error("malformed route parameter in " + pattern);
    routes_.push_back(std::move(route));
}

void Router::addWithNonBlocking(std::string method, std::string pattern, NonBlockingHandler fast,
                                Handler handler, RouteOptions options) {
    add(std::move(method), std::move(pattern), std::move(handler), options);
    routes_.back().nonBlocking = std::move(fast);
}

RouteMatch Router::match(const std::string& method, const std::string& path) const {
    // Runs twice per request (body limit, then dispatch), on I/O threads: no allocation until
    // a route matched.
    std::array<std::string_view, kMaxSegments> segments;
    const std::size_t count = splitPathInto(path, segments);
    RouteMatch result;
    if (count > kMaxSegments)
        return result;
    long long best = -1;
    long long bestOtherMethod = -1;
    for (const auto& route : routes_) {
        const long long score = matchScore(route, segments, count);
        if (score < 0)
            continue;
        if (route.method == method || (method == "HEAD" && route.method == "GET")) {
            if (score > best) {
                best = score;
                result.route = &route;
            }
        } else if (score >= bestOtherMethod) {
            bestOtherMethod = score;
            result.allowedMethods.push_back(route.method);
        }
    }
    if (result.route) {
        result.allowedMethods.clear();
        for (std::size_t i = 0; i < count; ++i)
            if (isParameter(result.route->segments[i]))
                result.params[result.route->segments[i].substr(
                    1, result.route->segments[i].size() - 2)] = std::string(segments[i]);
    }
    return result;
}

}  // namespace satchel::server
