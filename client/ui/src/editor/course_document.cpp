#include "satchel/ui/editor/course_document.h"

#include <tuple>

#include "satchel/client/draft_edits.h"
#include "satchel/ui/editor/draft_commands.h"

namespace satchel::ui::editor {
namespace {

// What the tree view shows: ids, order, titles and kinds.
bool sameStructure(const client::CourseDraft& a, const client::CourseDraft& b) {
    if (a.modules.size() != b.modules.size())
        return false;
    for (std::size_t m = 0; m < a.modules.size(); ++m) {
        const auto& x = a.modules[m];
        const auto& y = b.modules[m];
        if (x.id != y.id || x.title != y.title || x.lessons.size() != y.lessons.size())
            return false;
        for (std::size_t l = 0; l < x.lessons.size(); ++l)
            if (x.lessons[l].id != y.lessons[l].id || x.lessons[l].title != y.lessons[l].title ||
                x.lessons[l].kind != y.lessons[l].kind)
                return false;
    }
    return true;
}

}  // namespace

template <class Edit>
void CourseDocument::push(const QString& text, int mergeKey, Uuid subject, Edit edit) {
    client::CourseDraft after = draft_;
    if (edit(after))
        undo_.push(new DraftCommand(*this, draft_, std::move(after), text, mergeKey, subject));
}

CourseDocument::CourseDocument(client::CourseDraft draft, QObject* parent)
    : QObject(parent), draft_(std::move(draft)) {}

void CourseDocument::replaceDraft(client::CourseDraft draft) {
    const bool structural = !sameStructure(draft_, draft);
    draft_ = std::move(draft);
    if (structural)
        emit structureChanged();
    emit draftChanged();
}

Uuid CourseDocument::addModule(const QString& title) {
    client::DraftModule module = client::newDraftModule(title.toStdString());
    const Uuid id = module.id;
    push(tr("Add module"), -1, Uuid(), [&](client::CourseDraft& after) {
        return client::insertModule(after, std::move(module), draft_.modules.size());
    });
    return id;
}

void CourseDocument::removeModule(const Uuid& moduleId) {
    push(tr("Delete module"), -1, Uuid(),
         [&](client::CourseDraft& after) { return client::removeModule(after, moduleId); });
}

void CourseDocument::renameModule(const Uuid& moduleId, const QString& title) {
    push(tr("Rename module"), -1, Uuid(), [&](client::CourseDraft& after) {
        return client::renameModule(after, moduleId, title.toStdString());
    });
}

void CourseDocument::moveModule(const Uuid& moduleId, std::size_t toIndex) {
    push(tr("Move module"), -1, Uuid(),
         [&](client::CourseDraft& after) { return client::moveModule(after, moduleId, toIndex); });
}

Uuid CourseDocument::addLesson(const Uuid& moduleId, LessonKind kind, const QString& title) {
    client::DraftLesson lesson = client::newDraftLesson(kind, title.toStdString());
    const Uuid id = lesson.id;
    const client::DraftModule* module = draft_.findModule(moduleId);
    const std::size_t end = module ? module->lessons.size() : 0;
    push(tr("Add lesson"), -1, Uuid(), [&](client::CourseDraft& after) {
        return client::insertLesson(after, moduleId, std::move(lesson), end);
    });
    return draft_.findLesson(id) ? id : Uuid();
}

void CourseDocument::removeLesson(const Uuid& lessonId) {
    push(tr("Delete lesson"), -1, Uuid(),
         [&](client::CourseDraft& after) { return client::removeLesson(after, lessonId); });
}

void CourseDocument::renameLesson(const Uuid& lessonId, const QString& title) {
    push(tr("Rename lesson"), -1, Uuid(), [&](client::CourseDraft& after) {
        return client::renameLesson(after, lessonId, title.toStdString());
    });
}

void CourseDocument::moveLesson(const Uuid& lessonId, const Uuid& toModuleId, std::size_t toIndex) {
    push(tr("Move lesson"), -1, Uuid(), [&](client::CourseDraft& after) {
        return client::moveLesson(after, lessonId, toModuleId, toIndex);
    });
}

void CourseDocument::updateLesson(const client::DraftLesson& lesson, const QString& text,
                                  int mergeField) {
    push(text, mergeField < 0 ? -1 : kMergeLessonContent + mergeField, lesson.id,
         [&](client::CourseDraft& after) { return client::replaceLesson(after, lesson); });
}

void CourseDocument::updateCourse(const client::CourseDraft& s, const QString& text,
                                  int mergeField) {
    auto apply = [&](client::CourseDraft& d) {
        const auto before = std::tie(d.title, d.description, d.language, d.openEnrollment,
                                     d.reminderInactiveDays, d.completion);
        if (before == std::tie(s.title, s.description, s.language, s.openEnrollment,
                               s.reminderInactiveDays, s.completion))
            return false;
        d.title = s.title;
        d.description = s.description;
        d.language = s.language;
        d.openEnrollment = s.openEnrollment;
        d.reminderInactiveDays = s.reminderInactiveDays;
        d.completion = s.completion;
        return true;
    };
    push(text, mergeField < 0 ? -1 : kMergeCourseText + mergeField, Uuid(),
         [&](client::CourseDraft& after) { return apply(after); });
}

void CourseDocument::setPublished(const Uuid& courseId, const CourseManifest& manifest) {
    draft_.courseId = courseId;
    draft_.lastPublished = manifest;
    draft_.pendingUploads.clear();
    emit draftChanged();
}

void CourseDocument::recordUploadedPart(const std::string& sha256, const std::string& uploadId,
                                        const UploadedPart& part) {
    client::PendingUpload& pending = draft_.pendingUploads[sha256];
    if (pending.uploadId != uploadId)
        pending = client::PendingUpload{uploadId, {}};
    pending.parts.push_back(part);
    emit draftChanged();
}

void CourseDocument::setCourseId(const Uuid& courseId) {
    draft_.courseId = courseId;
    emit draftChanged();
}

}  // namespace satchel::ui::editor
