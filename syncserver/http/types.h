#pragma once
// The plain request and response every handler sees. Nothing here knows about Beast or Asio:
// the listener (http/http_session.cpp) translates wire messages into these and back, and
// handlers run on the blocking worker pool, never on an I/O thread.

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace satchel::server {

struct HttpRequest {
    std::string method;                          // upper case: GET, POST, ...
    std::string target;                          // as sent: path plus query
    std::string path;                            // percent-decoded path, no query
    std::map<std::string, std::string> query;    // decoded query parameters
    std::map<std::string, std::string> headers;  // lower-cased names
    std::map<std::string, std::string> params;   // path parameters filled in by the Router
    std::string body;
    std::string remoteAddress;  // peer IP address
    std::string requestId;      // set before the handler runs; on every response and log line

    // The header's value, or an empty view when absent. `lowerName` must be lower case.
    std::string_view header(std::string_view lowerName) const;
    // The path parameter `{name}`; throws ApiError 404 when the route has no such parameter.
    const std::string& param(const std::string& name) const;
    // The body parsed as a JSON object; throws ApiError 400 "malformed_json" otherwise.
    nlohmann::json jsonBody() const;
};

struct HttpResponse {
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    // An immutable body shared with a cache (the catalog answer), sent instead of `body` when
    // set: the listener writes it straight from the cache, never copying it.
    std::shared_ptr<const std::string> sharedBody;

    // Bytes [offset, offset + length) of a file, sent instead of `body` in chunks read by the
    // listener (large blobs never sit in memory). The listener sets Content-Length.
    struct FileBody {
        std::string path;
        std::uint64_t offset = 0;
        std::uint64_t length = 0;
    };
    std::optional<FileBody> file;

    // The body's bytes, wherever they are kept (sharedBody when set, else body).
    std::string_view bodyView() const {
        return sharedBody ? std::string_view(*sharedBody) : std::string_view(body);
    }

    void setHeader(std::string name, std::string value);
    std::string_view header(std::string_view name) const;  // case-insensitive

    static HttpResponse json(int status, const nlohmann::json& body);
    static HttpResponse text(int status, std::string body,
                             std::string contentType = "text/plain; charset=utf-8");
    static HttpResponse noContent();
};

// Thrown by handlers (and anything they call) to answer with a JSON error:
// {"error":{"code":"...","message":"..."}}. `code` is stable and machine-readable; `message`
// is for people and never contains internals.
class ApiError : public std::runtime_error {
public:
    ApiError(int status, std::string code, std::string message)
        : std::runtime_error(message), status_(status), code_(std::move(code)) {}
    int status() const { return status_; }
    const std::string& code() const { return code_; }
    // Extra headers for the error response (Retry-After on 429, WWW-Authenticate on 401).
    std::vector<std::pair<std::string, std::string>> headers;
    // The request field at fault, when there is one ("title", "manifest.modules[0].title").
    std::string field;

private:
    int status_;
    std::string code_;
};

// The JSON error answer, and its only form: {"error":{"code","message"[,"field"]}} (shared's
// ErrorResponse).
HttpResponse errorResponse(int status, const std::string& code, const std::string& message,
                           const std::string& field = {});

// Common errors, so codes stay consistent across modules.
ApiError badRequest(const std::string& message, const std::string& code = "bad_request");
ApiError notFound(const std::string& message = "not found");
ApiError forbidden(const std::string& message = "forbidden");
ApiError unauthorized(const std::string& message = "authentication required",
                      const std::string& code = "unauthorized");
ApiError conflict(const std::string& message, const std::string& code = "conflict");

// Field accessors for request bodies: each throws ApiError 400 naming the field when it is
// missing (required ones) or has the wrong type.
std::string requireString(const nlohmann::json& body, const std::string& field);
std::optional<std::string> optionalString(const nlohmann::json& body, const std::string& field);
std::optional<bool> optionalBool(const nlohmann::json& body, const std::string& field);
std::optional<long long> optionalInt(const nlohmann::json& body, const std::string& field);

}  // namespace satchel::server
