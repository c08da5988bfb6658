#pragma once
// CourseReport: the instructor's per-course progress report as the server sends it
// (GET /api/v1/courses/{id}/progress, built by syncserver/sync/progress_report.cpp): every
// enrolled student × every lesson of the latest published version. Plain data with its JSON
// decoder and a CSV writer, no Qt, so it is testable on its own.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "satchel/ids.h"
#include "satchel/model/course.h"
#include "satchel/result.h"

namespace satchel::client {

struct ReportScore {
    double points = 0;
    double maxPoints = 0;
    bool passed = false;
    friend bool operator==(const ReportScore&, const ReportScore&) = default;
};

struct ReportLesson {
    Uuid lessonId;
    std::string title;
    LessonKind kind = LessonKind::Reading;
    Uuid moduleId;
    std::string moduleTitle;
};

// One student's standing in one lesson.
struct ReportCell {
    double percentWatched = 0;  // 0..100, one decimal (videos; 0 otherwise)
    bool opened = false;
    bool completed = false;
    std::uint64_t timeSpentMs = 0;
    int attempts = 0;                      // quiz attempts submitted
    std::optional<ReportScore> bestScore;  // the best server grade, when one exists
};

struct ReportStudent {
    Uuid userId;
    std::string username;
    std::string displayName;
    int completedLessons = 0;
    std::vector<ReportCell> cells;  // parallel to CourseReport::lessons
};

struct CourseReport {
    Uuid courseId;
    std::string title;
    std::uint32_t version = 0;  // 0: nothing published yet (then there are no lessons)
    std::vector<ReportLesson> lessons;
    std::vector<ReportStudent> students;
};

struct ReportFormatError {
    std::string where;  // the JSON path that is wrong, e.g. "students[2].lessons[0].attempts"
    std::string message;
};

// Decodes the server's report JSON. Every student must carry exactly one cell per lesson, in
// the lessons' order (what the server promises); anything else is a ReportFormatError.
Result<CourseReport, ReportFormatError> parseCourseReport(std::string_view json);

// RFC 4180 CSV with the server's columns (one row per student and lesson, CRLF, header row;
// cells a spreadsheet would run as a formula get an apostrophe), so a file written here reads
// like the server's progress.csv. With `moduleId` only that module's lessons are written.
std::string courseReportCsv(const CourseReport& report,
                            const std::optional<Uuid>& moduleId = std::nullopt);

}  // namespace satchel::client
