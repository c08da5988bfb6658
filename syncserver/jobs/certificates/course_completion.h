#pragma once
// Certificates triggered by course completion. The sync module calls this inside its push
// transaction, after it has upserted the student's lesson states and graded the push's quiz
// attempts, with the courses that push may have completed: those that received a Completed
// event, and those where a grade passed a quiz lesson (see sync/quiz_completion.h). A course is
// complete when every lesson of its latest published version counts as completed:
// lesson_states.completed (the monotonic "lesson completed" fact) is set and, for a lesson whose
// rule is QuizPassed, one of the student's attempts at it has a passing grade (the server's
// grade is authoritative: a device's Completed event for a quiz it has not passed, from an old
// or faulty app, does not count). The certificate job is then queued in that same transaction:
// it exists exactly when the completion commits. enqueueCertificate deduplicates and the job
// issues at most one certificate per student and course, so a completion pushed again (another
// device, a replay, a second passing attempt) changes nothing.
//
// Cost: nothing unless the push completed a lesson or passed a quiz; then one indexed count per
// such course.

#include <functional>
#include <string>
#include <vector>

#include "db/connection.h"
#include "satchel/model.h"

namespace satchel::server::jobs {

// latestManifest(courseId): the course's newest published manifest, or null when it has none.
void queueCertificatesOnCompletion(
    PgConnection& conn, const std::string& userId, const std::vector<Uuid>& courses,
    const std::function<const CourseManifest*(const Uuid& courseId)>& latestManifest);

}  // namespace satchel::server::jobs
