#pragma once
// CoursePage: one course's outline (CourseOutlineModel in a tree view) with each lesson's
// state, a download button and the course's progress. Activating a lesson asks the main
// window to open it.

#include <QWidget>

#include "satchel/model/course.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace satchel::ui {

class CourseOutlineModel;
class StudentController;

class CoursePage : public QWidget {
    Q_OBJECT
public:
    explicit CoursePage(StudentController& controller, QWidget* parent = nullptr);

    void showCourse(const CourseManifest& manifest);
    // Re-reads the lessons' states and attempts from the store (asynchronously).
    void reload();
    const Uuid& courseId() const { return manifest_.courseId; }
    CourseOutlineModel* outline() const { return outline_; }
    QTreeView* tree() const { return tree_; }
    QPushButton* downloadButton() const { return download_; }
    QProgressBar* progressBar() const { return progress_; }

signals:
    void lessonActivated(const satchel::Lesson& lesson);
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateHeader();

    StudentController& controller_;
    CourseManifest manifest_;
    CourseOutlineModel* outline_;
    QLabel* title_;
    QLabel* description_;
    QPushButton* backButton_;
    QPushButton* download_;
    QProgressBar* progress_;
    QLabel* downloadState_;
    QTreeView* tree_;
};

}  // namespace satchel::ui
