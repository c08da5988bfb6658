#include "http/types.h"

#include <algorithm>
#include <cctype>

namespace satchel::server {
namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

}  // namespace

std::string_view HttpRequest::header(std::string_view lowerName) const {
    const auto it = headers.find(std::string(lowerName));
    return it == headers.end() ? std::string_view{} : std::string_view(it->second);
}

const std::string& HttpRequest::param(const std::string& name) const {
    const auto it = params.find(name);
    if (it == params.end())
        throw notFound();
    return it->second;
}

nlohmann::json HttpRequest::jsonBody() const {
    nlohmann::json parsed;
    try {
        parsed = nlohmann::json::parse(body);
    } catch (const nlohmann::json::parse_error& e) {
        throw ApiError(400, "malformed_json",
                       "request body is not valid JSON (at byte " + std::to_string(e.byte) + ")");
    }
    if (!parsed.is_object())
        throw ApiError(400, "malformed_json", "request body must be a JSON object");
    return parsed;
}

void HttpResponse::setHeader(std::string name, std::string value) {
    for (auto& [k, v] : headers) {
        if (equalsIgnoreCase(k, name)) {
            v = std::move(value);
            return;
        }
    }
    headers.emplace_back(std::move(name), std::move(value));
}

std::string_view HttpResponse::header(std::string_view name) const {
    for (const auto& [k, v] : headers)
        if (equalsIgnoreCase(k, name))
            return v;
    return {};
}

HttpResponse HttpResponse::json(int status, const nlohmann::json& body) {
    HttpResponse r;
    r.status = status;
    // Invalid UTF-8 from stored data is replaced rather than aborting the response.
    r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    r.headers.emplace_back("Content-Type", "application/json");
    return r;
}

HttpResponse HttpResponse::text(int status, std::string body, std::string contentType) {
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    r.headers.emplace_back("Content-Type", std::move(contentType));
    return r;
}

HttpResponse HttpResponse::noContent() {
    HttpResponse r;
    r.status = 204;
    return r;
}

HttpResponse errorResponse(int status, const std::string& code, const std::string& message,
                           const std::string& field) {
    nlohmann::json error{{"code", code}, {"message", message}};
    if (!field.empty())
        error["field"] = field;
    return HttpResponse::json(status, {{"error", std::move(error)}});
}

ApiError badRequest(const std::string& message, const std::string& code) {
    return ApiError(400, code, message);
}
ApiError notFound(const std::string& message) {
    return ApiError(404, "not_found", message);
}
ApiError forbidden(const std::string& message) {
    return ApiError(403, "forbidden", message);
}
ApiError unauthorized(const std::string& message, const std::string& code) {
    ApiError e(401, code, message);
    e.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"satchel\"");
    return e;
}
ApiError conflict(const std::string& message, const std::string& code) {
    return ApiError(409, code, message);
}

namespace {

ApiError fieldError(const std::string& field, const std::string& what) {
    ApiError e(400, "invalid_field", "field '" + field + "' " + what);
    e.field = field;
    return e;
}

}  // namespace

std::string requireString(const nlohmann::json& body, const std::string& field) {
    const auto it = body.find(field);
    if (it == body.end() || it->is_null())
        throw fieldError(field, "is required");
    if (!it->is_string())
        throw fieldError(field, "must be a string");
    return it->get<std::string>();
}

std::optional<std::string> optionalString(const nlohmann::json& body, const std::string& field) {
    const auto it = body.find(field);
    if (it == body.end() || it->is_null())
        return std::nullopt;
    if (!it->is_string())
        throw fieldError(field, "must be a string");
    return it->get<std::string>();
}

std::optional<bool> optionalBool(const nlohmann::json& body, const std::string& field) {
    const auto it = body.find(field);
    if (it == body.end() || it->is_null())
        return std::nullopt;
    if (!it->is_boolean())
        throw fieldError(field, "must be true or false");
    return it->get<bool>();
}

std::optional<long long> optionalInt(const nlohmann::json& body, const std::string& field) {
    const auto it = body.find(field);
    if (it == body.end() || it->is_null())
        return std::nullopt;
    if (!it->is_number_integer())
        throw fieldError(field, "must be an integer");
    return it->get<long long>();
}

}  // namespace satchel::server
