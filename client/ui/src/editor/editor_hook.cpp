#include "satchel/ui/editor/editor_hook.h"

#include <QAction>
#include <QEvent>
#include <QListView>
#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>

#include "satchel/client/local_store.h"
#include "satchel/ui/editor/editor_widget.h"
#include "satchel/ui/editor/my_courses_page.h"
#include "satchel/ui/instructor/instructor_access.h"
#include "satchel/ui/main_window.h"
#include "satchel/ui/student_controller.h"

namespace satchel::ui::editor {

EditorHook* EditorHook::install(MainWindow& window, StudentController& controller,
                                instructor::InstructorAccess& access, QMenu& menu) {
    return new EditorHook(window, controller, access, menu);
}

EditorHook::EditorHook(MainWindow& window, StudentController& controller,
                       instructor::InstructorAccess& access, QMenu& menu)
    : QObject(&window),
      window_(window),
      controller_(controller),
      access_(access),
      menu_(&menu),
      myCourses_(new QAction(&window)),
      newCourse_(new QAction(&window)) {
    setObjectName(QStringLiteral("editorHook"));
    myCourses_->setObjectName(QStringLiteral("myCoursesAction"));
    newCourse_->setObjectName(QStringLiteral("newCourseAction"));
    myCourses_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    newCourse_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QAction* first = menu.actions().isEmpty() ? nullptr : menu.actions().first();
    menu.insertAction(first, myCourses_);
    menu.insertAction(first, newCourse_);
    if (first)
        menu.insertSeparator(first);
    connect(myCourses_, &QAction::triggered, this, &EditorHook::showEditor);
    connect(newCourse_, &QAction::triggered, this, &EditorHook::newCourse);
    connect(&access, &instructor::InstructorAccess::canTeachChanged, this, &EditorHook::follow);
    connect(&access, &instructor::InstructorAccess::rolesChecked, this, &EditorHook::rolesChecked);
    tearDown();
    retranslate();
    window.installEventFilter(this);
    if (access.canTeach())
        follow(true);
}

EditorWidget* EditorHook::editor() const {
    return editor_.data();
}

bool EditorHook::available() const {
    return instructor_;
}

void EditorHook::tearDown() {
    const bool was = instructor_;
    instructor_ = false;
    myCourses_->setEnabled(false);
    newCourse_->setEnabled(false);
    // A student (or nobody) gets no editor at all, not a hidden one.
    if (editor_ && window_.pages()->currentWidget() == editor_)
        window_.showCatalog();
    delete editor_;
    if (was)
        emit availableChanged(false);
}

void EditorHook::follow(bool canTeach) {
    ++generation_;
    const std::optional<Uuid> account = access_.account();
    if (!canTeach || !account || controller_.server().isEmpty()) {
        tearDown();
        return;
    }
    client::DraftOwner owner{instructor::InstructorAccess::accountKey(controller_.server()),
                             *account};
    if (editor_ && editor_->owner() == owner) {
        editor_->setApi(controller_.api());
        return;
    }
    // Another account's editor (its open draft above all) must not outlive the change.
    if (editor_)
        tearDown();
    // The drafts live in the app's own database; its path comes from the store thread.
    const int generation = generation_;
    controller_.store().run<QString>(
        [](client::LocalStore& store) { return store.path(); }, this,
        [this, generation, owner = std::move(owner)](QString path) {
            if (generation != generation_ || editor_)
                return;
            instructor_ = true;
            editor_ = new EditorWidget(path, owner, controller_.api());
            window_.pages()->addWidget(editor_);
            connect(editor_, &EditorWidget::failed, &window_,
                    [this](const QString& m) { window_.statusBar()->showMessage(m, 10000); });
            myCourses_->setEnabled(true);
            newCourse_->setEnabled(true);
            emit availableChanged(true);
        });
}

void EditorHook::showEditor() {
    if (!editor_)
        return;
    editor_->showMyCourses();
    window_.pages()->setCurrentWidget(editor_);
    editor_->myCourses()->view()->setFocus();
}

void EditorHook::newCourse() {
    if (!editor_)
        return;
    showEditor();
    editor_->myCourses()->askForNewCourse();
}

void EditorHook::retranslate() {
    myCourses_->setText(tr("My &courses"));
    myCourses_->setStatusTip(tr("Your course drafts on this computer, also offline"));
    newCourse_->setText(tr("&New course…"));
    newCourse_->setStatusTip(tr("Start a new course draft"));
}

bool EditorHook::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &window_ && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

}  // namespace satchel::ui::editor
