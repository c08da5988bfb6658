// CourseReport as CSV, column for column what the server's progress.csv writes
// (syncserver/sync/report_format.cpp), so a filtered export made in the app reads the same.
#include <cstdio>

#include "satchel/client/course_report.h"

namespace satchel::client {
namespace {

// Quoted always; a leading =, +, - or @ gets an apostrophe so a spreadsheet shows it as text
// instead of running it (CSV injection).
std::string cell(const std::string& text) {
    std::string out = "\"";
    if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@'))
        out += '\'';
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

const char* boolean(bool value) {
    return value ? "true" : "false";
}

}  // namespace

std::string courseReportCsv(const CourseReport& report, const std::optional<Uuid>& moduleId) {
    std::string out =
        "user_id,username,display_name,module_title,lesson_id,lesson_title,lesson_kind,"
        "percent_watched,opened,completed,time_spent_ms,attempts,best_points,max_points,"
        "passed\r\n";
    for (const auto& student : report.students) {
        for (std::size_t i = 0; i < report.lessons.size() && i < student.cells.size(); ++i) {
            const ReportLesson& lesson = report.lessons[i];
            if (moduleId && lesson.moduleId != *moduleId)
                continue;
            const ReportCell& c = student.cells[i];
            out += cell(student.userId.toString()) + ',' + cell(student.username) + ',' +
                   cell(student.displayName) + ',' + cell(lesson.moduleTitle) + ',' +
                   cell(lesson.lessonId.toString()) + ',' + cell(lesson.title) + ',' +
                   std::string(toString(lesson.kind)) + ',' + number(c.percentWatched) + ',' +
                   boolean(c.opened) + ',' + boolean(c.completed) + ',' +
                   std::to_string(c.timeSpentMs) + ',' + std::to_string(c.attempts) + ',' +
                   (c.bestScore ? number(c.bestScore->points) : "") + ',' +
                   (c.bestScore ? number(c.bestScore->maxPoints) : "") + ',' +
                   (c.bestScore ? boolean(c.bestScore->passed) : "") + "\r\n";
        }
    }
    return out;
}

}  // namespace satchel::client
