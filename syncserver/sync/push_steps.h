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

// Claims the device for the user (throws ApiError 403 when another account has it) and reads
// existence, enrollment and published content of every course the batch names: one statement.
CourseAccessMap claimDeviceAndLoadAccess(PgConnection& conn, const std::string& userId,
                                         const PushBatch& batch, CourseContentCache& cache);

// Marks items the user may not push (unknown course or lesson, not enrolled) as rejected.
void checkAccess(PushBatch& batch, const CourseAccessMap& courses);

// Reserves `count` feed seqs; returns the first. Locks the user's feed until the transaction ends.
std::int64_t reserveSeqs(PgConnection& conn, const std::string& userId, std::int64_t count);

struct AppendedEvents {
    std::int64_t firstSeq = 0;                  // the first of the reserved seqs
    std::vector<const ProgressEvent*> applied;  // events newly stored by this push
};

// Reserves `reserve` feed seqs (locking the user's feed until the transaction ends) and appends
// the pending events with the first ones, firstSeq, firstSeq+1, ..., in the same statement;
// marks the ones already stored as duplicates (or rejects them when another account owns the
// id). `reserve` covers the pending events and whatever the caller stores after them.
AppendedEvents appendEvents(PgConnection& conn, const std::string& userId, const Uuid& deviceId,
                            std::int64_t reserve, std::vector<PushItem>& events);

// Folds applied events into the user's materialised lesson states (lastSeq: the batch's last
// seq) and records one learner_activity row per distinct day, course and lesson of them. Reads
// the states, then writes states and activity with one statement. Needs the feed lock.
void updateLessonStatesAndActivity(PgConnection& conn, const std::string& userId,
                                   const std::vector<const ProgressEvent*>& applied,
                                   std::int64_t lastSeq);

// Stores pending attempts with seqs from firstSeq (each uses two: attempt, grade), grades them
// with shared's grader, writes the grades and announces graded quizzes' results (push events,
// which pull delivers as notifications).
void appendAttempts(PgConnection& conn, const std::string& userId, const Uuid& deviceId,
                    std::int64_t firstSeq, std::vector<PushItem>& attempts,
                    const CourseAccessMap& courses);

// Keeps every rejected item with its reason.
void storeRejections(PgConnection& conn, const std::string& userId, const PushBatch& batch);

}  // namespace satchel::server::sync
