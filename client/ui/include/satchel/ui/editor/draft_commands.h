#pragma once
// DraftCommand: one undo step of the course editor. It keeps the draft's content before and
// after the edit (made by client/core's pure draft_edits.h functions); redo() and undo() put
// one or the other back. Server facts (course id, last published version) are not part of the
// step, so undoing never forgets a publish.

#include <QUndoCommand>

#include "satchel/client/draft_model.h"

namespace satchel::ui::editor {

class CourseDocument;

// Merge ids for mergeable steps (QUndoCommand::id()).
enum MergeField { kMergeLessonContent = 1000, kMergeCourseText = 2000 };

class DraftCommand : public QUndoCommand {
public:
    // `mergeKey` < 0: never merges. Otherwise consecutive commands with the same key and
    // subject merge (the older "before" is kept).
    DraftCommand(CourseDocument& document, client::CourseDraft before, client::CourseDraft after,
                 const QString& text, int mergeKey = -1, Uuid subject = {});

    void redo() override;
    void undo() override;
    int id() const override { return mergeKey_; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    CourseDocument& document_;
    client::CourseDraft before_;
    client::CourseDraft after_;
    int mergeKey_;
    Uuid subject_;
};

}  // namespace satchel::ui::editor
