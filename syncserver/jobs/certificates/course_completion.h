#pragma once
// Certificates triggered by course completion. The sync module calls this inside its push
// transaction, after it has upserted the student's lesson states, with the events that push
// applied. For every course that received a Completed event, when every lesson of the course's
// latest published version now has a recorded completion (lesson_states.completed: the
// monotonic "lesson completed" fact a device records once the lesson's completion rule holds),
// the certificate job is queued in that same transaction: it exists exactly when the completion
// commits. enqueueCertificate deduplicates and the job issues at most one certificate per
// student and course, so a completion pushed again (another device, a replay) changes nothing.
//
// Cost: nothing but a scan of the applied events unless one of them is a Completed event; then
// one indexed count per completed course.

#include <functional>
#include <string>
#include <vector>

#include "db/connection.h"
#include "satchel/model.h"

namespace satchel::server::jobs {

// latestManifest(courseId): the course's newest published manifest, or null when it has none.
void queueCertificatesOnCompletion(
    PgConnection& conn, const std::string& userId, const std::vector<const ProgressEvent*>& applied,
    const std::function<const CourseManifest*(const Uuid& courseId)>& latestManifest);

}  // namespace satchel::server::jobs
