#pragma once
// MyCoursesPage: the instructor's drafts on this machine (title, last change, published
// version), newest first; new, open (double-click or Enter) and delete. Reads and writes go
// through the DraftWorker, off the UI thread.

#include <QWidget>

#include "satchel/ids.h"

class QListView;
class QPushButton;
class QStandardItemModel;

namespace satchel::ui::editor {

class DraftWorker;

class MyCoursesPage : public QWidget {
    Q_OBJECT
public:
    explicit MyCoursesPage(DraftWorker& store, QWidget* parent = nullptr);

    void reload();
    // Makes and saves an empty draft, then asks for it to be opened.
    void createCourse(const QString& title);
    // Asks for the new course's title (window-modal), then createCourse().
    void askForNewCourse();
    QStandardItemModel* model() const { return model_; }
    QListView* view() const { return view_; }

signals:
    void openRequested(const satchel::Uuid& draftId);
    void reloaded();
    void failed(const QString& message);

private:
    Uuid currentId() const;

    DraftWorker& store_;
    QStandardItemModel* model_;
    QListView* view_;
    QPushButton* open_;
    QPushButton* delete_;
};

}  // namespace satchel::ui::editor
