#pragma once
// Completion of quiz lessons by the server's grade. A lesson whose rule is QuizPassed is
// complete once one of the student's attempts is graded passing; devices of a graded quiz
// cannot know that when the answers are submitted (the answer keys never leave the server), so
// the server records it: in the push transaction that graded the attempt, every such lesson not
// yet completed in lesson_states gets a Completed event of its own in the user's feed, folded
// into lesson_states exactly as a device's Completed event would be. Pull delivers that event to
// every device, so all of them converge on "completed". It happens once per lesson: a lesson
// already completed gets no second event (checked under the feed lock), and a replayed attempt
// is a duplicate that is not graded again.

#include <cstdint>
#include <string>
#include <vector>

#include "db/connection.h"
#include "satchel/ids.h"
#include "satchel/model.h"
#include "sync/push_steps.h"

namespace satchel::server::sync {

// The device id of events the server makes itself (never a real device: clients make random
// UUIDv7s, whose first 48 bits are a timestamp and never zero).
const Uuid& serverDeviceId();

// Completes the QuizPassed lessons passed by the grades this push wrote (attempt_grades of the
// user with seq >= firstGradeSeq). Needs the user's feed lock (see push_steps.h). Returns the
// courses of every lesson passed this way, completed now or before: each may have just become
// complete and needs the course-completion check.
std::vector<Uuid> completeQuizLessonsPassedByGrades(PgConnection& conn, const std::string& userId,
                                                    std::int64_t firstGradeSeq,
                                                    const CourseAccessMap& courses);

// The courses a push may have completed: those of its applied Completed events, and `passed`.
std::vector<Uuid> coursesToCheckForCompletion(const std::vector<const ProgressEvent*>& applied,
                                              const std::vector<Uuid>& passed);

}  // namespace satchel::server::sync
