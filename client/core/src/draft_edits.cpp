#include "satchel/client/draft_edits.h"

#include <algorithm>

namespace satchel::client {
namespace {

std::vector<DraftModule>::iterator moduleAt(CourseDraft& draft, const Uuid& id) {
    return std::find_if(draft.modules.begin(), draft.modules.end(),
                        [&](const DraftModule& m) { return m.id == id; });
}

}  // namespace

bool insertModule(CourseDraft& draft, DraftModule module, std::size_t index) {
    if (draft.findModule(module.id))
        return false;
    index = std::min(index, draft.modules.size());
    draft.modules.insert(draft.modules.begin() + static_cast<std::ptrdiff_t>(index),
                         std::move(module));
    return true;
}

bool removeModule(CourseDraft& draft, const Uuid& moduleId) {
    auto it = moduleAt(draft, moduleId);
    if (it == draft.modules.end())
        return false;
    draft.modules.erase(it);
    return true;
}

bool renameModule(CourseDraft& draft, const Uuid& moduleId, std::string title) {
    DraftModule* module = draft.findModule(moduleId);
    if (!module || module->title == title)
        return false;
    module->title = std::move(title);
    return true;
}

bool moveModule(CourseDraft& draft, const Uuid& moduleId, std::size_t toIndex) {
    auto it = moduleAt(draft, moduleId);
    if (it == draft.modules.end())
        return false;
    DraftModule module = std::move(*it);
    draft.modules.erase(it);
    toIndex = std::min(toIndex, draft.modules.size());
    draft.modules.insert(draft.modules.begin() + static_cast<std::ptrdiff_t>(toIndex),
                         std::move(module));
    return true;
}

bool insertLesson(CourseDraft& draft, const Uuid& moduleId, DraftLesson lesson, std::size_t index) {
    DraftModule* module = draft.findModule(moduleId);
    if (!module || draft.findLesson(lesson.id))
        return false;
    index = std::min(index, module->lessons.size());
    module->lessons.insert(module->lessons.begin() + static_cast<std::ptrdiff_t>(index),
                           std::move(lesson));
    return true;
}

std::optional<LessonPlace> findLessonPlace(const CourseDraft& draft, const Uuid& lessonId) {
    for (const DraftModule& module : draft.modules)
        for (std::size_t i = 0; i < module.lessons.size(); ++i)
            if (module.lessons[i].id == lessonId)
                return LessonPlace{module.id, i};
    return std::nullopt;
}

bool removeLesson(CourseDraft& draft, const Uuid& lessonId) {
    auto place = findLessonPlace(draft, lessonId);
    if (!place)
        return false;
    auto& lessons = draft.findModule(place->moduleId)->lessons;
    lessons.erase(lessons.begin() + static_cast<std::ptrdiff_t>(place->index));
    return true;
}

bool renameLesson(CourseDraft& draft, const Uuid& lessonId, std::string title) {
    DraftLesson* lesson = draft.findLesson(lessonId);
    if (!lesson || lesson->title == title)
        return false;
    lesson->title = std::move(title);
    return true;
}

bool moveLesson(CourseDraft& draft, const Uuid& lessonId, const Uuid& toModuleId,
                std::size_t toIndex) {
    auto place = findLessonPlace(draft, lessonId);
    DraftModule* target = draft.findModule(toModuleId);
    if (!place || !target)
        return false;
    if (place->moduleId == toModuleId &&
        std::min(toIndex, target->lessons.size() - 1) == place->index)
        return false;
    auto& from = draft.findModule(place->moduleId)->lessons;
    DraftLesson lesson = std::move(from[place->index]);
    from.erase(from.begin() + static_cast<std::ptrdiff_t>(place->index));
    toIndex = std::min(toIndex, target->lessons.size());
    target->lessons.insert(target->lessons.begin() + static_cast<std::ptrdiff_t>(toIndex),
                           std::move(lesson));
    return true;
}

bool replaceLesson(CourseDraft& draft, const DraftLesson& lesson) {
    DraftLesson* current = draft.findLesson(lesson.id);
    if (!current || *current == lesson)
        return false;
    *current = lesson;
    return true;
}

}  // namespace satchel::client
