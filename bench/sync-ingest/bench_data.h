#pragma once
// The data of the sync benchmarks: students, one course, and deterministic progress events
// per (student, device, batch), produced identically for the raw COPY baseline and for the
// pushes, so both write the very same rows.

#include <cstdint>
#include <string>
#include <vector>

#include "db/connection.h"
#include "satchel/model.h"

namespace satchel::bench {

struct BenchCourse {
    Uuid id;
    std::vector<Uuid> lessons;  // video lessons
    static constexpr std::uint64_t kVideoMs = 1'800'000;
};

struct BenchStudent {
    std::string id;
    std::string token;
};

// Creates `count` students (usernames prefix + index) enrolled in `course`, with access tokens
// signed with `secret` as the server's own codec signs them.
std::vector<BenchStudent> seedStudents(server::PgConnection& db, const BenchCourse& course,
                                       const std::string& prefix, int count,
                                       const std::string& secret);
// Creates an instructor and a published course of `lessons` video lessons.
BenchCourse seedCourse(server::PgConnection& db, int lessons);

// The events device `device` of student `student` records in batch `batch`: a plausible mix of
// watched intervals, resume positions, time counters and opened lessons.
std::vector<ProgressEvent> makeEvents(const BenchCourse& course, int student, int device, int batch,
                                      int count);
Uuid deviceId(int student, int device);

// The push body for `events` (protocol v1), written directly for speed.
std::string pushBody(const Uuid& device, const std::vector<ProgressEvent>& events);
// The same events as rows of COPY progress_events (text format), seq from firstSeq.
void appendCopyRows(std::string& out, const std::string& userId, std::int64_t firstSeq,
                    const std::vector<ProgressEvent>& events);

}  // namespace satchel::bench
