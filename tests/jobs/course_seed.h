#pragma once
// Seeds for the jobs suites that need learners: accounts, a published course and enrolments
// written with SQL exactly as the account, publish and enrol routes store them, and progress
// pushed through the real sync route (POST /api/v1/sync/push) as a device would.

#include <optional>
#include <string>
#include <vector>

#include "db/connection.h"
#include "satchel/ids.h"
#include "satchel/model.h"

namespace satchel::jobs_test {

struct SeededCourse {
    std::string id;
    std::string title;
    std::vector<Uuid> lessons;       // reading lessons, completed by being opened
    std::optional<Uuid> gradedQuiz;  // the last lesson, when published with one
};

// An account; with an address, that is set after the insert so that the account trigger's
// welcome mail is not queued (suites that count mail add the address this way).
std::string addAccount(server::PgConnection& conn, const std::string& username,
                       const std::string& displayName, const std::string& email,
                       const std::string& role = "student");

// A course of `readings` reading lessons owned by `ownerId`, with version 1 published. With
// `gradedQuiz`, a last lesson follows: a graded quiz of two single-choice questions (one point
// each, pass at 60 %, so both must be right) that only a pass completes (rule QuizPassed).
SeededCourse publishCourse(server::PgConnection& conn, const std::string& ownerId,
                           const std::string& title, int readings, bool gradedQuiz = false);

void enroll(server::PgConnection& conn, const std::string& userId, const std::string& courseId);

// Pushes Opened then Completed for each lesson from device `device`; returns the HTTP status
// (200 when the batch was taken; `body` gets the answer).
long pushLessonsDone(const std::string& serverUrl, const std::string& token,
                     const SeededCourse& course, const std::vector<Uuid>& lessons,
                     const Uuid& device, std::string* body = nullptr);

// Pushes one attempt at the course's graded quiz (version 1) from `device`: both answers
// right when `pass`, both wrong otherwise. Returns the attempt's id, fails the test unless the
// push answered 200.
Uuid pushQuizAttempt(const std::string& serverUrl, const std::string& token,
                     const SeededCourse& course, bool pass, const Uuid& device);

}  // namespace satchel::jobs_test
