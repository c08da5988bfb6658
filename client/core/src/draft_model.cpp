#include "satchel/client/draft_model.h"

#include <chrono>
#include <utility>

namespace satchel::client {
namespace {
std::int64_t nowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}
}  // namespace

const DraftLesson* CourseDraft::findLesson(const Uuid& lessonId) const {
    for (const auto& module : modules)
        for (const auto& lesson : module.lessons)
            if (lesson.id == lessonId)
                return &lesson;
    return nullptr;
}

DraftLesson* CourseDraft::findLesson(const Uuid& lessonId) {
    return const_cast<DraftLesson*>(std::as_const(*this).findLesson(lessonId));
}

const DraftModule* CourseDraft::findModule(const Uuid& moduleId) const {
    for (const auto& module : modules)
        if (module.id == moduleId)
            return &module;
    return nullptr;
}

DraftModule* CourseDraft::findModule(const Uuid& moduleId) {
    return const_cast<DraftModule*>(std::as_const(*this).findModule(moduleId));
}

CourseDraft newCourseDraft(std::string title) {
    CourseDraft draft;
    draft.id = newUuidV7();
    draft.title = std::move(title);
    draft.updatedAtMs = nowMs();
    return draft;
}

DraftLesson newDraftLesson(LessonKind kind, std::string title) {
    DraftLesson lesson;
    lesson.id = newUuidV7();
    lesson.kind = kind;
    lesson.title = std::move(title);
    lesson.quiz.mode = QuizMode::Graded;
    return lesson;
}

DraftModule newDraftModule(std::string title) {
    return DraftModule{newUuidV7(), std::move(title), {}};
}

}  // namespace satchel::client
