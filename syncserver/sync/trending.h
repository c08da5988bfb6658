#pragma once
// GET /api/v1/courses/trending: the published courses and lessons with the most distinct
// learners active in the last 7 days (UTC days, today included). Reads the learner_activity
// rollup the push maintains (at most one row per learner, lesson and day), never the event log.

#include <nlohmann/json.hpp>

#include "db/connection.h"
#include "sync/course_content.h"

namespace satchel::server::sync {

nlohmann::json trendingJson(PgConnection& conn, CourseContentCache& cache, int limit);

}  // namespace satchel::server::sync
