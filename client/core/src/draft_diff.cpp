#include "satchel/client/draft_diff.h"

#include <map>

namespace satchel::client {
namespace {

using Kind = CourseChange::Kind;
using Subject = CourseChange::Subject;

struct Place {
    const Lesson* lesson;
    Uuid moduleId;
    std::size_t index;  // position among the module's lessons that exist in both versions
};

// Lessons by id with the module holding them and their position among `common` lessons (so a
// lesson added before another does not make the other look moved).
std::map<Uuid, Place> placesOf(const CourseManifest& manifest, const CourseManifest& other) {
    std::map<Uuid, Place> out;
    for (const Module& module : manifest.modules) {
        std::size_t index = 0;
        for (const Lesson& lesson : module.lessons) {
            if (!other.findLesson(lesson.id)) {
                out.emplace(lesson.id, Place{&lesson, module.id, SIZE_MAX});
                continue;
            }
            out.emplace(lesson.id, Place{&lesson, module.id, index++});
        }
    }
    return out;
}

// The lesson's content, as far as students see it (title and place are compared apart).
bool sameContent(const Lesson& a, const Lesson& b) {
    return a.kind == b.kind && a.assetSha256 == b.assetSha256 && a.quiz == b.quiz &&
           a.completion == b.completion;
}

}  // namespace

std::vector<CourseChange> diffCourses(const CourseManifest& before, const CourseManifest& after) {
    std::vector<CourseChange> changes;
    if (before.title != after.title || before.description != after.description ||
        before.language != after.language)
        changes.push_back({Kind::Changed, Subject::Course, {}, after.title, before.title});

    std::map<Uuid, std::pair<const Module*, std::size_t>> oldModules;
    for (std::size_t i = 0; i < before.modules.size(); ++i)
        oldModules.emplace(before.modules[i].id, std::pair{&before.modules[i], i});
    std::map<Uuid, const Module*> newModules;
    std::size_t commonIndex = 0;
    std::map<Uuid, std::size_t> oldCommonIndex;
    for (const Module& m : before.modules)
        for (const Module& n : after.modules)
            if (n.id == m.id)
                oldCommonIndex.emplace(m.id, oldCommonIndex.size());
    for (const Module& module : after.modules) {
        newModules.emplace(module.id, &module);
        auto old = oldModules.find(module.id);
        if (old == oldModules.end()) {
            changes.push_back({Kind::Added, Subject::Module, module.id, module.title, {}});
            continue;
        }
        if (old->second.first->title != module.title)
            changes.push_back({Kind::Renamed, Subject::Module, module.id, module.title,
                               old->second.first->title});
        if (oldCommonIndex.at(module.id) != commonIndex)
            changes.push_back({Kind::Moved, Subject::Module, module.id, module.title, {}});
        ++commonIndex;
    }
    for (const Module& module : before.modules)
        if (!newModules.count(module.id))
            changes.push_back({Kind::Removed, Subject::Module, module.id, module.title, {}});

    const auto oldPlaces = placesOf(before, after);
    const auto newPlaces = placesOf(after, before);
    for (const Module& module : after.modules) {
        for (const Lesson& lesson : module.lessons) {
            auto old = oldPlaces.find(lesson.id);
            if (old == oldPlaces.end()) {
                changes.push_back({Kind::Added, Subject::Lesson, lesson.id, lesson.title, {}});
                continue;
            }
            const Place& was = old->second;
            const Place& is = newPlaces.at(lesson.id);
            if (was.lesson->title != lesson.title)
                changes.push_back(
                    {Kind::Renamed, Subject::Lesson, lesson.id, lesson.title, was.lesson->title});
            if (was.moduleId != is.moduleId || was.index != is.index)
                changes.push_back({Kind::Moved, Subject::Lesson, lesson.id, lesson.title, {}});
            if (!sameContent(*was.lesson, lesson))
                changes.push_back({Kind::Changed, Subject::Lesson, lesson.id, lesson.title, {}});
        }
    }
    for (const Module& module : before.modules)
        for (const Lesson& lesson : module.lessons)
            if (!newPlaces.count(lesson.id))
                changes.push_back({Kind::Removed, Subject::Lesson, lesson.id, lesson.title, {}});
    return changes;
}

}  // namespace satchel::client
