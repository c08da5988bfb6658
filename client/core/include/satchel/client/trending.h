#pragma once
// What GET /api/v1/courses/trending answers: the published courses with the most distinct
// learners active in the last `windowDays` days, most active first. The route is not part of
// the versioned sync protocol (no "protocol" field), so its reader lives here.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "satchel/ids.h"
#include "satchel/protocol/error.h"

namespace satchel::client {

struct TrendingCourse {
    Uuid courseId;
    std::string title;
    std::int64_t learners = 0;
    friend bool operator==(const TrendingCourse&, const TrendingCourse&) = default;
};

struct TrendingResponse {
    int windowDays = 7;
    std::vector<TrendingCourse> courses;
};

// Reads the route's JSON; a missing or mistyped field is a DecodeError naming it.
Decoded<TrendingResponse> decodeTrending(std::string_view text);

}  // namespace satchel::client
