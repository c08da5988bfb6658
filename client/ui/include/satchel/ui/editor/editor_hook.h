#pragma once
// Puts the instructor editor into the main window: an "Editor" menu with "My courses" and an
// editor page. Both exist only while the signed-in user holds the instructor or admin role
// (the server refuses the editor's routes to anyone else too); a student sees neither.

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace satchel::ui {
class MainWindow;
class StudentController;
}  // namespace satchel::ui

namespace satchel::ui::editor {

class EditorWidget;

class EditorHook : public QObject {
    Q_OBJECT
public:
    // Call from MainWindow::attach(); the hook is a child of `window`.
    static EditorHook* install(MainWindow& window, StudentController& controller);

    QAction* myCoursesAction() const { return myCourses_; }
    QMenu* menu() const { return menu_; }
    EditorWidget* editor() const;  // null unless an instructor signed in
    // True once the server confirmed the signed-in user as an instructor or admin.
    bool available() const;

signals:
    void availableChanged(bool available);
    // The server answered who the signed-in user is: the editor is (or is not) for them.
    void rolesChecked(bool instructor);

private:
    EditorHook(MainWindow& window, StudentController& controller);
    void signedInChanged(bool signedIn);
    void tearDown();  // no menu, no page
    void showEditor();
    void retranslate();
    bool eventFilter(QObject* watched, QEvent* event) override;

    MainWindow& window_;
    StudentController& controller_;
    QMenu* menu_;
    QAction* myCourses_;
    QPointer<EditorWidget> editor_;
    bool instructor_ = false;
    int generation_ = 0;  // bumped by every sign-in or sign-out; stale answers are dropped
};

}  // namespace satchel::ui::editor
