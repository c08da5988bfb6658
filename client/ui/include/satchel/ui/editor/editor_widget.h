#pragma once
// EditorWidget: the instructor's editor as one page — "My courses" and the course editor —
// over a DraftWorker on the app's local database. `api` (may be null, or change on sign-in)
// is used only to publish.
//
// One editor serves one account (`owner`): it lists, opens, saves, deletes and publishes only
// that account's drafts. Another account gets an editor of its own (EditorHook makes a new one
// at every change of account), so a draft can never be published under someone else's name.

#include <QStackedWidget>

#include "satchel/client/draft_store.h"
#include "satchel/ids.h"

namespace satchel::client {
class ApiClient;
}

namespace satchel::ui::editor {

class CourseEditorPage;
class DraftWorker;
class MyCoursesPage;

class EditorWidget : public QStackedWidget {
    Q_OBJECT
public:
    EditorWidget(const QString& databasePath, client::DraftOwner owner, client::ApiClient* api,
                 QWidget* parent = nullptr);
    ~EditorWidget() override;

    const client::DraftOwner& owner() const;
    void setApi(client::ApiClient* api);
    void showMyCourses();
    void openDraft(const Uuid& draftId);

    MyCoursesPage* myCourses() const { return myCourses_; }
    CourseEditorPage* courseEditor() const { return courseEditor_; }
    DraftWorker& store() { return *store_; }

signals:
    void draftOpened(const satchel::Uuid& draftId);
    void failed(const QString& message);

private:
    DraftWorker* store_;
    MyCoursesPage* myCourses_;
    CourseEditorPage* courseEditor_;
};

}  // namespace satchel::ui::editor
