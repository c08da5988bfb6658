#pragma once
// The rows of progress_events in PostgreSQL's binary COPY format, for the push's bulk insert.
// COPY writes a batch with one multi-row heap insert per page instead of one executor row and
// one WAL record per event, and binary values need no parsing on the server (uuids, bigints).
// Column order: kEventCopyColumns.

#include <cstdint>
#include <string>
#include <vector>

#include "satchel/model.h"

namespace satchel::server::sync {

// The column list the data of progressEventsCopy() is written for.
inline constexpr const char* kEventCopyColumns =
    "(id, user_id, seq, course_id, lesson_id, device_id, hlc, kind, start_ms, end_ms, "
    "duration_ms, position_ms, total_ms)";

// One row per event, the i-th with seq firstSeq + i; payload columns are NULL where the
// event's kind has no such field (as in 0010_sync.sql).
std::string progressEventsCopy(const Uuid& userId, const Uuid& deviceId, std::int64_t firstSeq,
                               const std::vector<const ProgressEvent*>& events);

}  // namespace satchel::server::sync
