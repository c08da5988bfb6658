#pragma once
// Range and If-Range (RFC 9110 §14) for one representation of known size and strong ETag.
// Only single byte ranges are served; a multi-range or malformed Range header is ignored
// (the whole body, 200), as the RFC allows.

#include <cstdint>
#include <string>
#include <string_view>

namespace satchel::storage {

struct RangeDecision {
    int status = 200;          // 200 whole body, 206 partial, 416 not satisfiable
    std::uint64_t offset = 0;  // first byte to send
    std::uint64_t length = 0;  // bytes to send (0 for 416)
    std::string contentRange;  // "bytes 0-9/100", "bytes */100", or empty for 200
};

// `range` and `ifRange` are the raw header values (empty when absent). `lastModified` is the
// HTTP-date the response carries; an If-Range date must equal it exactly to count as a match.
RangeDecision decideRange(std::string_view range, std::string_view ifRange, std::uint64_t size,
                          std::string_view etag, std::string_view lastModified);

}  // namespace satchel::storage
