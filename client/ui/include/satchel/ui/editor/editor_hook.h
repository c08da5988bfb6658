#pragma once
// Puts the instructor editor into the main window: "My courses" and "New course…" at the top
// of the Instructor menu (InstructorTools owns the menu) and an editor page. The page exists
// only while InstructorAccess says the signed-in user is an instructor or an admin: at once
// from the roles kept by the last session (an offline start), then as the server answers.
// A student gets neither page nor working actions (the server refuses the editor's routes to
// anyone else too). Drafts live in the app's own database, so the editor works offline.
// Each editor page is made for one account (InstructorAccess::account() on the signed-in
// server) and shows only its drafts; a change of account replaces the page, so the next
// instructor on a shared computer never sees (nor publishes) the previous one's drafts, which
// stay on the computer for their owner's next sign-in.

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace satchel::ui {
class MainWindow;
class StudentController;
}  // namespace satchel::ui

namespace satchel::ui::instructor {
class InstructorAccess;
}

namespace satchel::ui::editor {

class EditorWidget;

class EditorHook : public QObject {
    Q_OBJECT
public:
    // Inserts the editor's actions at the top of `menu`; the hook is a child of `window`.
    // `controller` and `access` must outlive it.
    static EditorHook* install(MainWindow& window, StudentController& controller,
                               instructor::InstructorAccess& access, QMenu& menu);

    QAction* myCoursesAction() const { return myCourses_; }
    QAction* newCourseAction() const { return newCourse_; }
    QMenu* menu() const { return menu_; }
    EditorWidget* editor() const;  // null unless an instructor is signed in
    // True while the editor page exists (the user may teach, by the server or the kept roles).
    bool available() const;

    // Shows "My courses"; "New course…" asks for a title there and opens the new draft.
    void showEditor();
    void newCourse();

signals:
    void availableChanged(bool available);
    // The server answered who the signed-in user is: the editor is (or is not) for them.
    void rolesChecked(bool instructor);

private:
    EditorHook(MainWindow& window, StudentController& controller,
               instructor::InstructorAccess& access, QMenu& menu);
    void follow(bool canTeach);
    void tearDown();  // no page, actions disabled
    void retranslate();
    bool eventFilter(QObject* watched, QEvent* event) override;

    MainWindow& window_;
    StudentController& controller_;
    instructor::InstructorAccess& access_;
    QMenu* menu_;
    QAction* myCourses_;
    QAction* newCourse_;
    QPointer<EditorWidget> editor_;
    bool instructor_ = false;
    int generation_ = 0;  // bumped by every change of access; stale store answers are dropped
};

}  // namespace satchel::ui::editor
