#pragma once
// Reads satchel-syncd's JSON access log (SATCHEL_ACCESS_LOG=json, in the server's output):
// what the server itself says it was asked for and served. Blob answers log the length of
// the file slice they send, so a 206's first byte is the asset's size minus that length.

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace satchel::testing {

struct AccessEntry {
    std::string method;
    std::string target;
    std::string route;
    int status = 0;
    std::uint64_t bytes = 0;

    bool isBlob(const std::string& sha256) const {
        // The local blob store's signed route: /blobs/sha256/<aa>/<bb>/<sha256>?expires=..&sig=..
        return method == "GET" && route.rfind("/blobs/", 0) == 0 &&
               target.find("/" + sha256 + "?") != std::string::npos;
    }
    bool isRefresh() const { return route == "/api/v1/auth/refresh"; }
    // The first byte a blob answer sends, for an asset of `size` bytes.
    std::uint64_t firstByte(std::uint64_t size) const {
        if (status == 200)
            return 0;
        if (status == 206)
            return size - bytes;
        return size;  // 416: nothing left to send
    }
};

inline std::vector<AccessEntry> readAccessLog(const std::string& logText) {
    std::vector<AccessEntry> out;
    std::istringstream lines(logText);
    for (std::string line; std::getline(lines, line);) {
        if (line.empty() || line.front() != '{')
            continue;
        const auto json = nlohmann::json::parse(line, nullptr, false);
        if (json.is_discarded() || !json.contains("route") || !json.contains("status"))
            continue;
        out.push_back({json.value("method", ""), json.value("target", ""), json.value("route", ""),
                       json.value("status", 0), json.value("bytes", std::uint64_t{0})});
    }
    return out;
}

}  // namespace satchel::testing
