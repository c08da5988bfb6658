#pragma once
// CourseDocument: the draft being edited plus its undo history. Every change goes through
// the QUndoStack as a DraftCommand (draft_commands.h), so each one can be undone and redone;
// the widgets never edit the draft directly.
//
// Signals: draftChanged() after every change, undo or redo; structureChanged() only when
// the module/lesson tree (ids, order, titles, kinds) differs from before, so the tree view is
// rebuilt only then and not on every keystroke in a lesson editor.

#include <QObject>
#include <QUndoStack>

#include "satchel/client/draft_model.h"

namespace satchel::ui::editor {

class CourseDocument : public QObject {
    Q_OBJECT
public:
    explicit CourseDocument(client::CourseDraft draft, QObject* parent = nullptr);

    const client::CourseDraft& draft() const { return draft_; }
    QUndoStack* undoStack() { return &undo_; }

    // ---- edits (each one undo step; ids of new items are returned) --------------------------
    Uuid addModule(const QString& title);
    void removeModule(const Uuid& moduleId);
    void renameModule(const Uuid& moduleId, const QString& title);
    void moveModule(const Uuid& moduleId, std::size_t toIndex);
    Uuid addLesson(const Uuid& moduleId, LessonKind kind, const QString& title);
    void removeLesson(const Uuid& lessonId);
    void renameLesson(const Uuid& lessonId, const QString& title);
    void moveLesson(const Uuid& lessonId, const Uuid& toModuleId, std::size_t toIndex);
    // Content edits of one lesson; consecutive ones with the same `mergeField` merge into one
    // undo step (typing a reading is one step, not one per key).
    void updateLesson(const client::DraftLesson& lesson, const QString& text, int mergeField = -1);
    // Metadata and settings: title, description, language, enrollment, completion.
    void updateCourse(const client::CourseDraft& withSettings, const QString& text,
                      int mergeField = -1);

    // Not undoable: facts from the server, recorded after publishing.
    void setPublished(const Uuid& courseId, const CourseManifest& manifest);
    void setCourseId(const Uuid& courseId);
    // A stored part of an unfinished multipart upload (kept until the next successful
    // publish, so a failed or interrupted publish resumes instead of starting over).
    void recordUploadedPart(const std::string& sha256, const std::string& uploadId,
                            const UploadedPart& part);

    // Used by DraftCommand only.
    void replaceDraft(client::CourseDraft draft);

signals:
    void draftChanged();
    void structureChanged();

private:
    // Applies `edit` (bool(CourseDraft&)) to a copy and pushes one undo step if it changed
    // something.
    template <class Edit>
    void push(const QString& text, int mergeKey, Uuid subject, Edit edit);

    client::CourseDraft draft_;
    QUndoStack undo_;
};

}  // namespace satchel::ui::editor
