#pragma once
// Strong ETags for JSON answers and the If-None-Match check.

#include <string>
#include <string_view>

#include "http/types.h"

namespace satchel::server {

// A quoted strong validator derived from `body` (BLAKE2b-128, hex).
std::string etagFor(std::string_view body);
// Whether the request's If-None-Match names `etag` (or is "*").
bool ifNoneMatchHits(const HttpRequest& request, const std::string& etag);
// 200 with `body` and its ETag, or 304 with no body when the client already has it.
HttpResponse conditionalJson(const HttpRequest& request, std::string body,
                             const std::string& cacheControl);

}  // namespace satchel::server
