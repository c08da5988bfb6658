#pragma once
// InstructorTools: the instructor's one menu in the main window, and the actions in it that
// live outside the course editor.
//
// - File > "Import course file…" for everyone (works offline: nothing but the local store).
// - The "Instructor" menu, shown only while InstructorAccess says the signed-in user is an
//   instructor or an admin (from the roles kept by the last session at an offline start,
//   then as the server answers):
//     My courses (Ctrl+Shift+E), New course… (Ctrl+Shift+K)         — the editor (EditorHook)
//     Course progress… (Ctrl+Shift+P), Announce to a course… (Ctrl+Shift+A)
//     Import course file… (Ctrl+I, the File menu's action), Export course file… (Ctrl+Shift+X)
//   The server still checks every route; this only keeps students from seeing tools that
//   would answer 403.
//
// The dialogs are window-modal (open(), no nested event loop) and do their work through
// client/core (ReportClient, AnnouncementClient, CourseExporter, OfflineLibrary).

#include <QObject>
#include <QPointer>
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
class InstructorAccess;
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
    InstructorAccess* access() const { return access_; }

    ProgressReportDialog* openReport();
    AnnouncementDialog* openAnnouncement();
    ExportDialog* openExport();
    ImportFlow* importFlow() const { return importFlow_; }

signals:
    // A course file was imported: the course is kept offline from now on.
    void courseImported(const satchel::CourseManifest& manifest);
    // The server answered who the signed-in user is (shown: the Instructor menu is visible).
    void rolesChecked(bool shown);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void show(bool shown);
    std::vector<CourseChoice> courses() const;
    // The course on screen, if any: the tools open on it.
    std::optional<Uuid> currentCourse() const;

    MainWindow& window_;
    StudentController& controller_;
    QString contentStore_;
    InstructorAccess* access_;
    QMenu* menu_;
    QAction* menuAction_;
    QAction* import_;
    QAction* report_;
    QAction* announce_;
    QAction* export_;
    ImportFlow* importFlow_;
    bool shown_ = false;
};

}  // namespace satchel::ui::instructor
