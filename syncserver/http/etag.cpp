#include "http/etag.h"

#include <sodium.h>

namespace satchel::server {

std::string etagFor(std::string_view body) {
    unsigned char digest[16];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(body.data()),
                       body.size(), nullptr, 0);
    char hex[sizeof digest * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return "\"" + std::string(hex) + "\"";
}

bool ifNoneMatchHits(const HttpRequest& request, const std::string& etag) {
    std::string_view header = request.header("if-none-match");
    while (!header.empty()) {
        const auto comma = header.find(',');
        std::string_view item = header.substr(0, comma);
        while (!item.empty() && item.front() == ' ')
            item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ')
            item.remove_suffix(1);
        if (item.substr(0, 2) == "W/")
            item.remove_prefix(2);  // weak comparison, RFC 9110 13.1.2
        if (item == "*" || item == etag)
            return true;
        if (comma == std::string_view::npos)
            break;
        header.remove_prefix(comma + 1);
    }
    return false;
}

HttpResponse conditionalJson(const HttpRequest& request, std::string body,
                             const std::string& cacheControl) {
    const std::string etag = etagFor(body);
    HttpResponse r;
    if (ifNoneMatchHits(request, etag)) {
        r.status = 304;
    } else {
        r.status = 200;
        r.body = std::move(body);
        r.setHeader("Content-Type", "application/json");
    }
    r.setHeader("ETag", etag);
    r.setHeader("Cache-Control", cacheControl);
    return r;
}

}  // namespace satchel::server
