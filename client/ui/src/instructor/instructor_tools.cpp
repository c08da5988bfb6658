#include "satchel/ui/instructor/instructor_tools.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

#include "satchel/client/api_client.h"
#include "satchel/ui/catalog_model.h"
#include "satchel/ui/course_page.h"
#include "satchel/ui/editor/editor_hook.h"
#include "satchel/ui/instructor/announcement_dialog.h"
#include "satchel/ui/instructor/export_dialog.h"
#include "satchel/ui/instructor/import_flow.h"
#include "satchel/ui/instructor/instructor_access.h"
#include "satchel/ui/instructor/progress_report_dialog.h"
#include "satchel/ui/main_window.h"
#include "satchel/ui/student_controller.h"

namespace satchel::ui::instructor {

InstructorTools::InstructorTools(MainWindow& window, QMenu& fileMenu, StudentController& controller,
                                 QString contentStore)
    : QObject(&window),
      window_(window),
      controller_(controller),
      contentStore_(std::move(contentStore)),
      access_(new InstructorAccess(controller, this)),
      menu_(new QMenu(&window)),
      import_(new QAction(&window)),
      report_(new QAction(&window)),
      announce_(new QAction(&window)),
      export_(new QAction(&window)),
      importFlow_(new ImportFlow(controller.store(), contentStore_, &window)) {
    import_->setObjectName(QStringLiteral("importCourseAction"));
    report_->setObjectName(QStringLiteral("courseProgressAction"));
    announce_->setObjectName(QStringLiteral("announceAction"));
    export_->setObjectName(QStringLiteral("exportCourseAction"));
    menu_->setObjectName(QStringLiteral("instructorMenu"));
    import_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    report_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    announce_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    export_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));

    // File > Import course file… sits above the separator that leads to Quit.
    QAction* before = nullptr;
    for (QAction* action : fileMenu.actions())
        if (action->isSeparator())
            before = action;
    fileMenu.insertAction(before, import_);

    menu_->addAction(report_);
    menu_->addAction(announce_);
    menu_->addSeparator();
    menu_->addAction(import_);  // the File menu's own action: one shortcut, one behaviour
    menu_->addAction(export_);
    // The editor's actions go first ("My courses", "New course…").
    editor::EditorHook::install(window, controller, *access_, *menu_);
    // Before the Help menu (the last one), as menus usually are.
    const auto menus = window.menuBar()->actions();
    menuAction_ = menus.isEmpty() ? window.menuBar()->addMenu(menu_)
                                  : window.menuBar()->insertMenu(menus.last(), menu_);
    show(false);

    connect(import_, &QAction::triggered, importFlow_, &ImportFlow::chooseFile);
    connect(report_, &QAction::triggered, this, &InstructorTools::openReport);
    connect(announce_, &QAction::triggered, this, &InstructorTools::openAnnouncement);
    connect(export_, &QAction::triggered, this, &InstructorTools::openExport);
    connect(importFlow_, &ImportFlow::imported, this, &InstructorTools::courseImported);
    connect(access_, &InstructorAccess::canTeachChanged, this, &InstructorTools::show);
    connect(access_, &InstructorAccess::rolesChecked, this, &InstructorTools::rolesChecked);
    window.installEventFilter(this);
    retranslate();
    show(access_->canTeach());
}

bool InstructorTools::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &window_ && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void InstructorTools::retranslate() {
    menu_->setTitle(tr("&Instructor"));
    menu_->setAccessibleName(tr("Instructor"));
    menu_->setAccessibleDescription(
        tr("Your courses, their students' progress, announcements and course files"));
    import_->setText(tr("&Import course file…"));
    import_->setStatusTip(tr("Add a course from a .satchel file, for learning without a server"));
    report_->setText(tr("Course &progress…"));
    report_->setStatusTip(tr("Each student's progress and quiz results in a course"));
    announce_->setText(tr("&Announce to a course…"));
    announce_->setStatusTip(tr("Send a message to every student of a course"));
    export_->setText(tr("&Export course file…"));
    export_->setStatusTip(tr("Save a published course as a .satchel file to hand over"));
}

void InstructorTools::show(bool shown) {
    shown_ = shown;
    menuAction_->setVisible(shown);
    for (QAction* action : {report_, announce_, export_})
        action->setEnabled(shown);
}

std::optional<Uuid> InstructorTools::currentCourse() const {
    if (window_.coursePage() && window_.pages()->currentWidget() == window_.coursePage())
        return window_.coursePage()->courseId();
    return std::nullopt;
}

std::vector<CourseChoice> InstructorTools::courses() const {
    std::vector<CourseChoice> out;
    const CatalogModel* catalog = controller_.catalog();
    for (int row = 0; row < catalog->rowCount(); ++row)
        if (const CourseSummary* course = catalog->course(row); course && course->latestVersion)
            out.push_back(
                {course->courseId, QString::fromStdString(course->title), course->latestVersion});
    return out;
}

ProgressReportDialog* InstructorTools::openReport() {
    client::ApiClient* api = controller_.api();
    if (!shown_ || !api)
        return nullptr;
    auto* dialog = new ProgressReportDialog(*api, courses(), currentCourse(), &window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

AnnouncementDialog* InstructorTools::openAnnouncement() {
    client::ApiClient* api = controller_.api();
    if (!shown_ || !api)
        return nullptr;
    auto* dialog = new AnnouncementDialog(*api, courses(), currentCourse(), &window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AnnouncementDialog::sent, this, [this](const client::Announcement& sent) {
        window_.statusBar()->showMessage(
            tr("Announcement “%1” sent to %n student(s).", nullptr, std::max(0, sent.recipients))
                .arg(sent.title),
            10000);
    });
    dialog->open();
    return dialog;
}

ExportDialog* InstructorTools::openExport() {
    client::ApiClient* api = controller_.api();
    if (!shown_ || !api)
        return nullptr;
    auto* dialog = new ExportDialog(*api, contentStore_, courses(), currentCourse(), &window_);
    connect(dialog, &QDialog::finished, dialog, &ExportDialog::deleteWhenIdle);
    dialog->open();
    return dialog;
}

}  // namespace satchel::ui::instructor
