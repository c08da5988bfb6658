// Decoding the server's progress report JSON (see course_report.h for the shape).
#include "satchel/client/course_report.h"

#include <nlohmann/json.hpp>

namespace satchel::client {
namespace {

using nlohmann::json;

// Thrown inside the decoder only; parseCourseReport turns it into a ReportFormatError.
struct Bad {
    std::string where;
    std::string message;
};

const json& field(const json& object, const std::string& where, const char* name) {
    if (!object.is_object())
        throw Bad{where, "is not an object"};
    const auto it = object.find(name);
    if (it == object.end())
        throw Bad{where + "." + name, "is missing"};
    return *it;
}

std::string text(const json& object, const std::string& where, const char* name) {
    const json& value = field(object, where, name);
    if (!value.is_string())
        throw Bad{where + "." + name, "is not a string"};
    return value.get<std::string>();
}

Uuid uuid(const json& object, const std::string& where, const char* name) {
    const auto parsed = Uuid::parse(text(object, where, name));
    if (!parsed)
        throw Bad{where + "." + name, "is not a UUID"};
    return *parsed;
}

double number(const json& object, const std::string& where, const char* name) {
    const json& value = field(object, where, name);
    if (!value.is_number())
        throw Bad{where + "." + name, "is not a number"};
    return value.get<double>();
}

template <class Int>
Int whole(const json& object, const std::string& where, const char* name) {
    const json& value = field(object, where, name);
    if (!value.is_number_integer() || value.get<std::int64_t>() < 0)
        throw Bad{where + "." + name, "is not a whole number"};
    return value.get<Int>();
}

bool flag(const json& object, const std::string& where, const char* name) {
    const json& value = field(object, where, name);
    if (!value.is_boolean())
        throw Bad{where + "." + name, "is not true or false"};
    return value.get<bool>();
}

const json& array(const json& object, const std::string& where, const char* name) {
    const json& value = field(object, where, name);
    if (!value.is_array())
        throw Bad{where + "." + name, "is not an array"};
    return value;
}

ReportCell cellOf(const json& j, const std::string& where) {
    ReportCell cell;
    cell.percentWatched = number(j, where, "percentWatched");
    if (cell.percentWatched < 0 || cell.percentWatched > 100)
        throw Bad{where + ".percentWatched", "is outside 0..100"};
    cell.opened = flag(j, where, "opened");
    cell.completed = flag(j, where, "completed");
    cell.timeSpentMs = whole<std::uint64_t>(j, where, "timeSpentMs");
    cell.attempts = whole<int>(j, where, "attempts");
    const json& best = field(j, where, "bestScore");
    if (!best.is_null()) {
        const std::string at = where + ".bestScore";
        cell.bestScore = ReportScore{number(best, at, "points"), number(best, at, "maxPoints"),
                                     flag(best, at, "passed")};
    }
    return cell;
}

CourseReport reportOf(const json& root) {
    CourseReport report;
    report.courseId = uuid(root, "report", "courseId");
    report.title = text(root, "report", "title");
    report.version = whole<std::uint32_t>(root, "report", "version");
    const json& lessons = array(root, "report", "lessons");
    for (std::size_t i = 0; i < lessons.size(); ++i) {
        const std::string at = "lessons[" + std::to_string(i) + "]";
        ReportLesson lesson;
        lesson.lessonId = uuid(lessons[i], at, "lessonId");
        lesson.title = text(lessons[i], at, "title");
        const auto kind = parseLessonKind(text(lessons[i], at, "kind"));
        if (!kind)
            throw Bad{at + ".kind", "is not a lesson kind"};
        lesson.kind = *kind;
        lesson.moduleId = uuid(lessons[i], at, "moduleId");
        lesson.moduleTitle = text(lessons[i], at, "moduleTitle");
        report.lessons.push_back(std::move(lesson));
    }
    const json& students = array(root, "report", "students");
    for (std::size_t s = 0; s < students.size(); ++s) {
        const std::string at = "students[" + std::to_string(s) + "]";
        ReportStudent student;
        student.userId = uuid(students[s], at, "userId");
        student.username = text(students[s], at, "username");
        student.displayName = text(students[s], at, "displayName");
        student.completedLessons = whole<int>(students[s], at, "completedLessons");
        const json& cells = array(students[s], at, "lessons");
        if (cells.size() != report.lessons.size())
            throw Bad{at + ".lessons", "does not have one entry per lesson"};
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const std::string cellAt = at + ".lessons[" + std::to_string(i) + "]";
            if (uuid(cells[i], cellAt, "lessonId") != report.lessons[i].lessonId)
                throw Bad{cellAt + ".lessonId", "is not the lesson in that column"};
            student.cells.push_back(cellOf(cells[i], cellAt));
        }
        report.students.push_back(std::move(student));
    }
    return report;
}

}  // namespace

Result<CourseReport, ReportFormatError> parseCourseReport(std::string_view body) {
    const json root = json::parse(body.begin(), body.end(), nullptr, false);
    if (root.is_discarded())
        return fail(ReportFormatError{"report", "is not JSON"});
    try {
        return reportOf(root);
    } catch (const Bad& bad) {
        return fail(ReportFormatError{bad.where, bad.message});
    } catch (const json::exception& e) {  // a number out of its type's range
        return fail(ReportFormatError{"report", e.what()});
    }
}

}  // namespace satchel::client
