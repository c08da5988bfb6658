// The two renderings of a ProgressReport: JSON for the app, CSV for spreadsheets.
#include <cmath>
#include <cstdio>

#include "sync/progress_report.h"

namespace satchel::server::sync {
namespace {

using nlohmann::json;

double rounded(double percent) {
    return std::round(percent * 10.0) / 10.0;
}

json scoreJson(const std::optional<Score>& score) {
    if (!score)
        return nullptr;
    return json{
        {"points", score->points}, {"maxPoints", score->maxPoints}, {"passed", score->passed}};
}

std::string csvCell(const std::string& text) {
    std::string cell = text;
    if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@'))
        cell.insert(cell.begin(), '\'');
    std::string out = "\"";
    for (const char c : cell) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

}  // namespace

json reportJson(const ProgressReport& report) {
    json lessons = json::array();
    for (const auto& entry : report.lessons)
        lessons.push_back({{"lessonId", entry.lesson->id.toString()},
                           {"title", entry.lesson->title},
                           {"kind", toString(entry.lesson->kind)},
                           {"moduleId", entry.module->id.toString()},
                           {"moduleTitle", entry.module->title}});
    json students = json::array();
    for (const auto& student : report.students) {
        json cells = json::array();
        int completed = 0;
        for (std::size_t i = 0; i < student.lessons.size(); ++i) {
            const auto& p = student.lessons[i];
            completed += p.completed ? 1 : 0;
            cells.push_back({{"lessonId", report.lessons[i].lesson->id.toString()},
                             {"percentWatched", rounded(p.percentWatched)},
                             {"opened", p.opened},
                             {"completed", p.completed},
                             {"timeSpentMs", p.timeSpentMs},
                             {"attempts", p.attempts},
                             {"bestScore", scoreJson(p.bestScore)}});
        }
        students.push_back({{"userId", student.userId},
                            {"username", student.username},
                            {"displayName", student.displayName},
                            {"completedLessons", completed},
                            {"lessons", std::move(cells)}});
    }
    return json{{"courseId", report.courseId},
                {"title", report.title},
                {"version", report.version},
                {"lessons", std::move(lessons)},
                {"students", std::move(students)}};
}

std::string reportCsv(const ProgressReport& report) {
    std::string out =
        "user_id,username,display_name,module_title,lesson_id,lesson_title,lesson_kind,percent_"
        "watched,opened,"
        "completed,time_spent_ms,attempts,best_points,max_points,passed\r\n";
    for (const auto& student : report.students) {
        for (std::size_t i = 0; i < student.lessons.size(); ++i) {
            const auto& p = student.lessons[i];
            const Lesson& lesson = *report.lessons[i].lesson;
            out += csvCell(student.userId) + ',' + csvCell(student.username) + ',' +
                   csvCell(student.displayName) + ',' + csvCell(report.lessons[i].module->title) +
                   ',' + csvCell(lesson.id.toString()) + ',' + csvCell(lesson.title) + ',' +
                   std::string(toString(lesson.kind)) + ',' + number(rounded(p.percentWatched)) +
                   ',' + (p.opened ? "true" : "false") + ',' + (p.completed ? "true" : "false") +
                   ',' + std::to_string(p.timeSpentMs) + ',' + std::to_string(p.attempts) + ',' +
                   (p.bestScore ? number(p.bestScore->points) : "") + ',' +
                   (p.bestScore ? number(p.bestScore->maxPoints) : "") + ',' +
                   (p.bestScore ? (p.bestScore->passed ? "true" : "false") : "") + "\r\n";
        }
    }
    return out;
}

}  // namespace satchel::server::sync
