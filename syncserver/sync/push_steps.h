#pragma once
// The steps of PushService::apply(), each one statement or two on the open transaction.
// Internal to the sync module; the order and the locking contract are in push_service.h.

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "db/connection.h"
#include "sync/course_content.h"
#include "sync/push_batch.h"

namespace satchel::server::sync {

// What the pushing user may do with one course named in the batch.
struct CourseAccess {
    bool exists = false;
    bool enrolled = false;
    std::shared_ptr<const CourseContent> content;  // null when never published
};
using CourseAccessMap = std::unordered_map<Uuid, CourseAccess>;

// Claims the device for the user, or throws ApiError 403 when another account has it.
void claimDevice(PgConnection& conn, const std::string& userId, const Uuid& deviceId);

// Reads existence, enrollment and published content of every course the batch names.
CourseAccessMap loadCourseAccess(PgConnection& conn, const std::string& userId,
                                 const PushBatch& batch, CourseContentCache& cache);

// Marks items the user may not push (unknown course or lesson, not enrolled) as rejected.
void checkAccess(PushBatch& batch, const CourseAccessMap& courses);

// Reserves `count` feed seqs; returns the first. Locks the user's feed until the transaction ends.
std::int64_t reserveSeqs(PgConnection& conn, const std::string& userId, std::int64_t count);

// Appends pending events with seqs firstSeq, firstSeq+1, ...; marks the ones already stored as
// duplicates (or rejects them when another account owns the id). Returns the applied events.
std::vector<const ProgressEvent*> appendEvents(PgConnection& conn, const std::string& userId,
                                               const Uuid& deviceId, std::int64_t firstSeq,
                                               std::vector<PushItem>& events);

// Folds applied events into the user's materialised lesson states (lastSeq: the batch's last seq).
void updateLessonStates(PgConnection& conn, const std::string& userId,
                        const std::vector<const ProgressEvent*>& applied, std::int64_t lastSeq);

// One learner_activity row per distinct day, course and lesson of the applied events.
void recordActivity(PgConnection& conn, const std::string& userId,
                    const std::vector<const ProgressEvent*>& applied);

// Stores pending attempts with seqs from firstSeq (each uses two: attempt, grade), grades them
// with shared's grader, writes the grades and announces graded quizzes' results (push events,
// which pull delivers as notifications).
void appendAttempts(PgConnection& conn, const std::string& userId, const Uuid& deviceId,
                    std::int64_t firstSeq, std::vector<PushItem>& attempts,
                    const CourseAccessMap& courses);

// Keeps every rejected item with its reason.
void storeRejections(PgConnection& conn, const std::string& userId, const PushBatch& batch);

}  // namespace satchel::server::sync
