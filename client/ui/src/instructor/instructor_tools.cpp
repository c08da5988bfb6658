#include "satchel/ui/instructor/instructor_tools.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

#include "satchel/client/api_client.h"
#include "satchel/client/current_user.h"
#include "satchel/ui/catalog_model.h"
#include "satchel/ui/course_page.h"
#include "satchel/ui/instructor/announcement_dialog.h"
#include "satchel/ui/instructor/export_dialog.h"
#include "satchel/ui/instructor/import_flow.h"
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

    // File > Import course file… sits above the separator that leads to Quit.
    QAction* before = nullptr;
    for (QAction* action : fileMenu.actions())
        if (action->isSeparator())
            before = action;
    fileMenu.insertAction(before, import_);

    menu_->addAction(report_);
    menu_->addAction(announce_);
    menu_->addSeparator();
    menu_->addAction(export_);
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
    connect(&controller, &StudentController::signedInChanged, this, [this](bool signedIn) {
        if (signedIn)
            checkRoles();
        else
            show(false);
    });
    window.installEventFilter(this);
    retranslate();
    if (controller.signedIn())
        checkRoles();
}

bool InstructorTools::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &window_ && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void InstructorTools::retranslate() {
    menu_->setTitle(tr("&Instructor"));
    import_->setText(tr("&Import course file…"));
    import_->setStatusTip(tr("Add a course from a .satchel file, for learning without a server"));
    report_->setText(tr("Course &progress…"));
    announce_->setText(tr("&Announce to a course…"));
    export_->setText(tr("&Export course file…"));
    export_->setStatusTip(tr("Save a published course as a .satchel file to hand over"));
}

void InstructorTools::checkRoles() {
    client::ApiClient* api = controller_.api();
    if (!api)
        return;
    roleCheck_ = std::make_unique<QObject>();
    client::fetchCurrentUser(*api, roleCheck_.get(), [this](client::ApiResult<User> user) {
        roleCheck_.reset();
        // Offline at sign-in: the tools stay hidden (they all need the server anyway).
        show(user && client::canTeach(*user));
        emit rolesChecked(shown_);
    });
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
