#pragma once
// DownloadsPage: every course this device downloads or keeps offline, with a progress bar,
// rate and time left per course; pause, resume and cancel a download; remove a course's
// offline copy (assets another course also uses stay); the disk space the downloads use.

#include <QWidget>

#include "satchel/ids.h"

class QLabel;
class QPushButton;
class QTreeView;

namespace satchel::ui {

class StudentController;

class DownloadsPage : public QWidget {
    Q_OBJECT
public:
    explicit DownloadsPage(StudentController& controller, QWidget* parent = nullptr);

    QTreeView* list() const { return list_; }
    QPushButton* pauseButton() const { return pause_; }
    QPushButton* resumeButton() const { return resume_; }
    QPushButton* cancelButton() const { return cancel_; }
    QPushButton* removeButton() const { return remove_; }
    QLabel* diskLabel() const { return disk_; }
    // Selects the course's row (for keyboard users arriving from a course page, and tests).
    void selectCourse(const Uuid& courseId);

signals:
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void updateDisk(qint64 bytes);
    Uuid selectedCourse() const;

    StudentController& controller_;
    QLabel* heading_;
    QPushButton* back_;
    QTreeView* list_;
    QLabel* emptyState_;
    QPushButton* pause_;
    QPushButton* resume_;
    QPushButton* cancel_;
    QPushButton* remove_;
    QLabel* disk_;
    qint64 diskBytes_ = 0;
};

}  // namespace satchel::ui
