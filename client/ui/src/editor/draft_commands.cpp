#include "satchel/ui/editor/draft_commands.h"

#include "satchel/ui/editor/course_document.h"

namespace satchel::ui::editor {
namespace {

// The draft with the server's facts taken from `current`, so undo/redo only moves content.
client::CourseDraft withServerFacts(client::CourseDraft content,
                                    const client::CourseDraft& current) {
    content.courseId = current.courseId;
    content.lastPublished = current.lastPublished;
    content.pendingUploads = current.pendingUploads;
    return content;
}

}  // namespace

DraftCommand::DraftCommand(CourseDocument& document, client::CourseDraft before,
                           client::CourseDraft after, const QString& text, int mergeKey,
                           Uuid subject)
    : QUndoCommand(text),
      document_(document),
      before_(std::move(before)),
      after_(std::move(after)),
      mergeKey_(mergeKey),
      subject_(subject) {}

void DraftCommand::redo() {
    document_.replaceDraft(withServerFacts(after_, document_.draft()));
}

void DraftCommand::undo() {
    document_.replaceDraft(withServerFacts(before_, document_.draft()));
}

bool DraftCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const DraftCommand*>(other);
    if (!next || next->mergeKey_ != mergeKey_ || next->subject_ != subject_)
        return false;
    after_ = next->after_;
    return true;
}

}  // namespace satchel::ui::editor
