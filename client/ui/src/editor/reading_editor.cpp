#include "satchel/ui/editor/reading_editor.h"

#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBrowser>

#include "satchel/ui/editor/course_document.h"

namespace satchel::ui::editor {

ReadingEditor::ReadingEditor(CourseDocument& document, QWidget* parent)
    : QWidget(parent),
      document_(document),
      source_(new QPlainTextEdit),
      preview_(new QTextBrowser) {
    source_->setObjectName(QStringLiteral("readingSource"));
    preview_->setObjectName(QStringLiteral("readingPreview"));
    source_->setPlaceholderText(tr("Write the reading in Markdown…"));
    preview_->setOpenExternalLinks(true);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(source_);
    splitter->addWidget(preview_);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // The preview follows typing after a short pause, so long texts do not re-layout per key.
    previewTimer_.setSingleShot(true);
    previewTimer_.setInterval(150);
    connect(&previewTimer_, &QTimer::timeout, this,
            [this] { preview_->setMarkdown(source_->toPlainText()); });
    connect(source_, &QPlainTextEdit::textChanged, this, &ReadingEditor::sourceEdited);
}

void ReadingEditor::setLesson(const client::DraftLesson& lesson) {
    const QString text = QString::fromStdString(lesson.markdown);
    lessonId_ = lesson.id;
    if (source_->toPlainText() != text) {
        loading_ = true;
        source_->setPlainText(text);
        loading_ = false;
    }
    preview_->setMarkdown(text);
}

void ReadingEditor::sourceEdited() {
    previewTimer_.start();
    if (loading_)
        return;
    const client::DraftLesson* current = document_.draft().findLesson(lessonId_);
    if (!current)
        return;
    client::DraftLesson edited = *current;
    edited.markdown = source_->toPlainText().toStdString();
    document_.updateLesson(edited, tr("Edit reading"), 0);
}

}  // namespace satchel::ui::editor
