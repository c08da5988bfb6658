#include "http/response_head.h"

#include <charconv>
#include <string_view>

#include <boost/beast/http/status.hpp>

namespace satchel::server {
namespace {

bool sameName(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto x = static_cast<unsigned char>(a[i]);
        const auto y = static_cast<unsigned char>(b[i]);
        if (x != y && (x | 0x20) != (y | 0x20))
            return false;
    }
    return true;
}

bool ownedByListener(std::string_view name) {
    return sameName(name, "server") || sameName(name, "connection") ||
           sameName(name, "content-length") || sameName(name, "transfer-encoding");
}

void appendNumber(std::string& out, std::size_t value) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, static_cast<std::size_t>(end - digits));
}

void appendValue(std::string& out, std::string_view value) {
    const std::size_t start = out.size();
    out.append(value);
    // Rare: only a faulty handler puts a line break in a value.
    for (auto at = out.find_first_of("\r\n", start); at != std::string::npos;
         at = out.find_first_of("\r\n", at + 1))
        out[at] = ' ';
}

}  // namespace

void writeResponseHead(std::string& out, const HttpResponse& response,
                       const ResponseHeadOptions& options) {
    out.clear();
    out.append(options.version == 10 ? "HTTP/1.0 " : "HTTP/1.1 ");
    appendNumber(out, static_cast<std::size_t>(response.status));
    out.push_back(' ');
    const auto reason = boost::beast::http::obsolete_reason(
        static_cast<boost::beast::http::status>(response.status));
    out.append(reason.data(), reason.size());
    out.append("\r\n");
    const auto& fields = response.headers;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const auto& [name, value] = fields[i];
        if (ownedByListener(name))
            continue;
        bool replacedLater = false;
        for (std::size_t j = i + 1; j < fields.size() && !replacedLater; ++j)
            replacedLater = sameName(name, fields[j].first);
        if (replacedLater)
            continue;
        out.append(name).append(": ");
        appendValue(out, value);
        out.append("\r\n");
    }
    out.append("Server: satchel-syncd\r\n");
    if (options.version == 10 && options.keepAlive)
        out.append("Connection: keep-alive\r\n");
    else if (options.version != 10 && !options.keepAlive)
        out.append("Connection: close\r\n");
    out.append("Content-Length: ");
    appendNumber(out, options.contentLength);
    out.append("\r\n\r\n");
}

}  // namespace satchel::server
