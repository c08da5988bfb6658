#include "satchel/ui/editor/editor_widget.h"

#include "satchel/ui/editor/course_editor_page.h"
#include "satchel/ui/editor/draft_worker.h"
#include "satchel/ui/editor/my_courses_page.h"

namespace satchel::ui::editor {

EditorWidget::EditorWidget(const QString& databasePath, client::DraftOwner owner,
                           client::ApiClient* api, QWidget* parent)
    : QStackedWidget(parent),
      store_(new DraftWorker(databasePath, std::move(owner), this)),
      myCourses_(new MyCoursesPage(*store_)),
      courseEditor_(new CourseEditorPage(*store_, api)) {
    setObjectName(QStringLiteral("editor"));
    addWidget(myCourses_);
    addWidget(courseEditor_);
    connect(myCourses_, &MyCoursesPage::openRequested, this, &EditorWidget::openDraft);
    connect(myCourses_, &MyCoursesPage::failed, this, &EditorWidget::failed);
    connect(courseEditor_, &CourseEditorPage::backRequested, this, &EditorWidget::showMyCourses);
    connect(courseEditor_, &CourseEditorPage::saveFailed, this, &EditorWidget::failed);
    myCourses_->reload();
}

EditorWidget::~EditorWidget() {
    // The pages' pending store callbacks are dropped with them; the worker stops last.
    delete courseEditor_;
    delete myCourses_;
}

const client::DraftOwner& EditorWidget::owner() const {
    return store_->owner();
}

void EditorWidget::setApi(client::ApiClient* api) {
    courseEditor_->setApi(api);
}

void EditorWidget::showMyCourses() {
    myCourses_->reload();
    setCurrentWidget(myCourses_);
}

void EditorWidget::openDraft(const Uuid& draftId) {
    store_->load(draftId, this, [this, draftId](client::StoreResult<client::CourseDraft> r) {
        if (!r) {
            // NotFound also answers another account's draft: the same words for both.
            emit failed(r.error().kind == client::StoreError::Kind::NotFound
                            ? tr("That draft no longer exists.")
                            : r.error().message);
            return;
        }
        courseEditor_->open(std::move(*r));
        setCurrentWidget(courseEditor_);
        emit draftOpened(draftId);
    });
}

}  // namespace satchel::ui::editor
