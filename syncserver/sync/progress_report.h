#pragma once
// The instructor's per-course progress report: every enrolled student × every lesson of the
// latest published version, with percent watched, completion (recorded, or the lesson's rule
// met now, by shared's isLessonCompleted), time spent, and quiz attempts with the best grade.
// Read from the materialised lesson_states and grades, never from the event log.

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "db/connection.h"
#include "satchel/model.h"
#include "sync/course_content.h"

namespace satchel::server::sync {

struct LessonProgress {
    double percentWatched = 0;
    bool opened = false;
    bool completed = false;
    std::uint64_t timeSpentMs = 0;
    int attempts = 0;
    std::optional<Score> bestScore;  // the best server grade among the attempts
};

struct StudentProgress {
    std::string userId;
    std::string username;
    std::string displayName;
    std::vector<LessonProgress> lessons;  // parallel to ProgressReport::lessons
};

struct ReportLesson {
    const Module* module = nullptr;
    const Lesson* lesson = nullptr;
};

struct ProgressReport {
    std::string courseId;
    std::string title;
    std::shared_ptr<const CourseContent> content;  // keeps the lessons below alive
    std::uint32_t version = 0;
    std::vector<ReportLesson> lessons;
    std::vector<StudentProgress> students;
};

// Builds the report for a course the caller may see (the route checks ownership first).
ProgressReport buildProgressReport(PgConnection& conn, CourseContentCache& cache,
                                   const std::string& courseId, const std::string& title,
                                   std::uint32_t latestVersion);

nlohmann::json reportJson(const ProgressReport& report);
// RFC 4180 CSV, one row per student and lesson, with a header row. Cells that a spreadsheet
// would run as a formula (=, +, -, @ first) are prefixed with an apostrophe.
std::string reportCsv(const ProgressReport& report);

}  // namespace satchel::server::sync
