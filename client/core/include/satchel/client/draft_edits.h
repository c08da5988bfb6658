#pragma once
// The structural edits of a draft as pure functions, so the editor's undo commands (client/ui
// editor/draft_commands.h) are each "apply this edit / put the old draft back", and the edits
// themselves are tested without widgets. Each returns false (changing nothing) when the ids or
// positions do not fit the draft.

#include <optional>
#include <string>

#include "satchel/client/draft_model.h"

namespace satchel::client {

// Inserts at `index` (clamped to the end).
bool insertModule(CourseDraft& draft, DraftModule module, std::size_t index);
bool removeModule(CourseDraft& draft, const Uuid& moduleId);
bool renameModule(CourseDraft& draft, const Uuid& moduleId, std::string title);
bool moveModule(CourseDraft& draft, const Uuid& moduleId, std::size_t toIndex);

bool insertLesson(CourseDraft& draft, const Uuid& moduleId, DraftLesson lesson, std::size_t index);
bool removeLesson(CourseDraft& draft, const Uuid& lessonId);
bool renameLesson(CourseDraft& draft, const Uuid& lessonId, std::string title);
// Moves the lesson to `toIndex` of module `toModuleId` (its index after the lesson left its
// old place), possibly another module.
bool moveLesson(CourseDraft& draft, const Uuid& lessonId, const Uuid& toModuleId,
                std::size_t toIndex);
// Replaces the lesson's content (kind-specific fields and title) keeping its id and place.
bool replaceLesson(CourseDraft& draft, const DraftLesson& lesson);

// Where a lesson is: its module and index, or nullopt.
struct LessonPlace {
    Uuid moduleId;
    std::size_t index = 0;
};
std::optional<LessonPlace> findLessonPlace(const CourseDraft& draft, const Uuid& lessonId);

}  // namespace satchel::client
