#include "http/router.h"

#include <stdexcept>

namespace satchel::server {
namespace {

bool isParameter(const std::string& segment) {
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// Scores a match so that literal segments earlier in the path win: each literal adds a bit,
// weighted by position. Returns -1 when `route` does not match `segments`.
long long matchScore(const Route& route, const std::vector<std::string>& segments) {
    if (route.segments.size() != segments.size())
        return -1;
    long long score = 0;
    for (std::size_t i = 0; i < segments.size(); ++i) {
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
    Route route{std::move(method), pattern, splitPath(pattern), std::move(handler), options};
    for (const auto& s : route.segments)
        if ((s.find('{') != std::string::npos || s.find('}') != std::string::npos) &&
            !isParameter(s))
            throw std::logic_error("malformed route parameter in " + pattern);
    routes_.push_back(std::move(route));
}

RouteMatch Router::match(const std::string& method, const std::string& path) const {
    const auto segments = splitPath(path);
    RouteMatch result;
    long long best = -1;
    long long bestOtherMethod = -1;
    for (const auto& route : routes_) {
        const long long score = matchScore(route, segments);
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
        for (std::size_t i = 0; i < segments.size(); ++i)
            if (isParameter(result.route->segments[i]))
                result.params[result.route->segments[i].substr(
                    1, result.route->segments[i].size() - 2)] = segments[i];
    }
    return result;
}

}  // namespace satchel::server
