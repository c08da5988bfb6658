#pragma once
// One blocking HTTP exchange over libcurl, for the S3 client's server-side calls. Request
// bodies come from memory or stream from a file; response bodies go to memory or stream to a
// callback, so multi-gigabyte blobs never sit in memory.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "satchel/result.h"
#include "satchel/storage/sigv4.h"

namespace satchel::storage {

struct TransportRequest {
    std::string method;
    std::string url;
    NameValueList headers;
    std::string body;                               // used when bodyFile is empty
    std::optional<std::filesystem::path> bodyFile;  // streamed, with its size as Content-Length
    // Receives the response body when set (2xx only); otherwise the body is kept in memory.
    std::function<void(std::string_view)> onBody;
    long timeoutSeconds = 300;
};

struct TransportResponse {
    long status = 0;
    std::map<std::string, std::string> headers;  // lower-cased names
    std::string body;
    std::string header(const std::string& lowerName) const;
};

struct TransportError {
    std::string message;  // curl's explanation (connection refused, timeout, ...)
};

Result<TransportResponse, TransportError> perform(const TransportRequest& request);

}  // namespace satchel::storage
