#pragma once
// ReadingEditor: a reading lesson's Markdown beside a live preview (QTextDocument's own
// Markdown support). Typing is one merged undo step per pause, through the CourseDocument.

#include <QTimer>
#include <QWidget>

#include "satchel/client/draft_model.h"

class QPlainTextEdit;
class QTextBrowser;

namespace satchel::ui::editor {

class CourseDocument;

class ReadingEditor : public QWidget {
    Q_OBJECT
public:
    explicit ReadingEditor(CourseDocument& document, QWidget* parent = nullptr);

    // Shows `lesson` (a reading); keeps the cursor when only the text changed (undo/redo).
    void setLesson(const client::DraftLesson& lesson);
    QPlainTextEdit* source() const { return source_; }
    QTextBrowser* preview() const { return preview_; }

private:
    void sourceEdited();

    CourseDocument& document_;
    Uuid lessonId_;
    QPlainTextEdit* source_;
    QTextBrowser* preview_;
    QTimer previewTimer_;
    bool loading_ = false;
};

}  // namespace satchel::ui::editor
