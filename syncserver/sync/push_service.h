#pragma once
// Applies one device's push batch for one user, in one transaction:
//
//  1. the device is claimed for the user (a device of another account: ApiError 403);
//  2. each item is checked against the courses: the course exists and is published
//     (unknownCourse), the user is enrolled (notEnrolled), the lesson was published in it
//     (unknownLesson) — failures become rejections, the rest go on;
//  3. feed seqs are reserved (this locks the user's feed: see 0010_sync.sql);
//  4. events are appended to the log with one unnest() insert; ids already there are
//     duplicates (or, if another account owns them, rejected as forbidden);
//  5. the user's lesson states are folded forward with shared's merge rules and upserted;
//  6. attempts are stored immutable and graded with shared's grader against the version's
//     answer keys (a graded quiz's result also becomes a notification); a passing grade of a
//     lesson whose rule is QuizPassed completes it (a server-made Completed event,
//     sync/quiz_completion.h), and a course the push completed queues its certificate;
//  7. learner activity for "trending" and all rejections are written.
//
// A replay of the same batch finds every id stored and changes nothing. If the server dies
// before COMMIT, nothing of the batch exists and the client's retry applies it once.

#include <string>

#include "db/pool.h"
#include "satchel/protocol/messages.h"
#include "sync/course_content.h"
#include "sync/push_batch.h"

namespace satchel::server::sync {

class PushService {
public:
    PushService(PgPool& db, CourseContentCache& courses) : db_(db), courses_(courses) {}

    // One ack per event then per attempt, in push order. Throws ApiError (403 foreign
    // device), DatabaseUnavailable (503) or DatabaseError.
    PushResponse apply(const std::string& userId, PushBatch& batch);

private:
    PgPool& db_;
    CourseContentCache& courses_;
};

}  // namespace satchel::server::sync
