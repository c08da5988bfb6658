#pragma once
// InstructorTools: the instructor's actions outside the course editor, hooked into the main
// window's menus.
//
// - File > "Import course file…" for everyone (works offline: nothing but the local store).
// - An "Instructor" menu with "Course progress…", "Announce to a course…" and "Export course
//   file…", shown only while the signed-in user is an instructor or an admin (asked of the
//   server with GET /api/v1/me at each sign-in). The server still checks every route; this
//   only keeps students from seeing tools that would answer 403.
//
// The dialogs are window-modal (open(), no nested event loop) and do their work through
// client/core (ReportClient, AnnouncementClient, CourseExporter, OfflineLibrary).

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>
#include <vector>

#include "satchel/model/course.h"
#include "satchel/model/user.h"
#include "satchel/ui/instructor/course_choice.h"

class QAction;
class QMenu;

namespace satchel::ui {
class MainWindow;
class StudentController;
}  // namespace satchel::ui

namespace satchel::ui::instructor {

class AnnouncementDialog;
class ExportDialog;
class ImportFlow;
class ProgressReportDialog;

class InstructorTools : public QObject {
    Q_OBJECT
public:
    // Adds the actions to `window`'s menu bar (the import action into `fileMenu`, above its
    // last separator). `controller` and `window` must outlive this object. `contentStore` is
    // the app's content store (DownloadManager layout): imports land there and exports reuse
    // what it holds.
    InstructorTools(MainWindow& window, QMenu& fileMenu, StudentController& controller,
                    QString contentStore);

    QAction* importAction() const { return import_; }
    QAction* reportAction() const { return report_; }
    QAction* announceAction() const { return announce_; }
    QAction* exportAction() const { return export_; }
    QMenu* menu() const { return menu_; }
    bool instructorToolsShown() const { return shown_; }

    ProgressReportDialog* openReport();
    AnnouncementDialog* openAnnouncement();
    ExportDialog* openExport();
    ImportFlow* importFlow() const { return importFlow_; }

signals:
    // A course file was imported: the course is kept offline from now on.
    void courseImported(const satchel::CourseManifest& manifest);
    // The role check after a sign-in finished (shown: instructor tools visible).
    void rolesChecked(bool shown);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void checkRoles();
    void show(bool shown);
    std::vector<CourseChoice> courses() const;
    // The course on screen, if any: the tools open on it.
    std::optional<Uuid> currentCourse() const;

    MainWindow& window_;
    StudentController& controller_;
    QString contentStore_;
    QMenu* menu_;
    QAction* menuAction_;
    QAction* import_;
    QAction* report_;
    QAction* announce_;
    QAction* export_;
    ImportFlow* importFlow_;
    bool shown_ = false;
    std::unique_ptr<QObject> roleCheck_;  // context of the /me request in flight
};

}  // namespace satchel::ui::instructor
