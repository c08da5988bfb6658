#pragma once
// What changed between two versions of a course (the last published one and the manifest the
// draft would publish now), by stable module and lesson ids: added, removed, renamed, moved
// (to another module or another place), and changed (content: a new video, edited reading,
// edited quiz, other completion rule). Pure logic.

#include <string>
#include <vector>

#include "satchel/model/course.h"

namespace satchel::client {

struct CourseChange {
    enum class Kind { Added, Removed, Renamed, Moved, Changed };
    enum class Subject { Course, Module, Lesson };
    Kind kind = Kind::Changed;
    Subject subject = Subject::Lesson;
    Uuid id;               // nil for the course itself
    std::string title;     // the current title (the old one for Removed)
    std::string oldTitle;  // Renamed only
    friend bool operator==(const CourseChange&, const CourseChange&) = default;
};

// Changes from `before` to `after`, modules first then lessons, each in `after`'s order
// (removals in `before`'s order, at the end of their group). A lesson both renamed and
// changed yields two entries. The course's own title/description yield a Changed Course entry.
std::vector<CourseChange> diffCourses(const CourseManifest& before, const CourseManifest& after);

}  // namespace satchel::client
