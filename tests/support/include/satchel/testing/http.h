#pragma once
// A blocking HTTP client over libcurl, for tests that talk to real servers.

#include <map>
#include <string>

namespace satchel::testing {

struct HttpResponse {
    long status = 0;  // 0 when the connection failed
    std::string body;
    std::map<std::string, std::string> headers;  // lower-cased names
    std::string error;                           // curl's message when status is 0
    std::string header(const std::string& lowerName) const;
};

HttpResponse http(const std::string& method, const std::string& url, const std::string& body = {},
                  const std::map<std::string, std::string>& headers = {}, long timeoutMs = 10000);

inline HttpResponse httpGet(const std::string& url,
                            const std::map<std::string, std::string>& headers = {}) {
    return http("GET", url, {}, headers);
}

}  // namespace satchel::testing
