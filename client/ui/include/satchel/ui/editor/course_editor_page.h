#pragma once
// CourseEditorPage: one draft being edited. Left: the course tree (modules and lessons; add,
// rename in place, drag and drop to reorder or move, delete). Right: the editor of what is
// selected (course settings, a video, a reading or a quiz). A tool bar has undo/redo (with
// the standard shortcuts) and Publish. Every change is saved to the local draft store shortly
// after it is made, on the store's thread.

#include <QTimer>
#include <QWidget>
#include <memory>

#include "satchel/client/draft_model.h"

class QAction;
class QLabel;
class QStackedWidget;
class QToolBar;
class QTreeView;
class QUndoGroup;

namespace satchel::client {
class ApiClient;
}

namespace satchel::ui::editor {

class CourseDocument;
class CourseSettingsPanel;
class CourseTreeModel;
class DraftWorker;
class PublishDialog;
class QuizEditor;
class ReadingEditor;
class VideoLessonEditor;

class CourseEditorPage : public QWidget {
    Q_OBJECT
public:
    // `api` may be null (offline, signed out): everything but Publish works.
    CourseEditorPage(DraftWorker& store, client::ApiClient* api, QWidget* parent = nullptr);
    ~CourseEditorPage() override;

    void setApi(client::ApiClient* api);
    void open(client::CourseDraft draft);
    CourseDocument* document() const { return document_.get(); }

    // The actions, for the menu bar and for tests.
    QAction* addModuleAction() const { return addModule_; }
    QAction* addVideoAction() const { return addVideo_; }
    QAction* addReadingAction() const { return addReading_; }
    QAction* addQuizAction() const { return addQuiz_; }
    QAction* deleteAction() const { return delete_; }
    QAction* undoAction() const { return undo_; }
    QAction* redoAction() const { return redo_; }
    QAction* publishAction() const { return publish_; }
    QAction* settingsAction() const { return settings_; }

    QTreeView* tree() const { return tree_; }
    CourseTreeModel* treeModel() const { return model_; }
    CourseSettingsPanel* settingsPanel() const { return settingsPanel_; }
    VideoLessonEditor* videoEditor() const { return video_; }
    ReadingEditor* readingEditor() const { return reading_; }
    QuizEditor* quizEditor() const { return quiz_; }
    PublishDialog* publishDialog() const { return publishDialog_; }
    // Selects (and shows the editor of) a module or lesson.
    void select(const Uuid& id);
    // True once every change has reached the draft store.
    bool saved() const { return !saveTimer_.isActive() && savesInFlight_ == 0; }

signals:
    void backRequested();
    void savedChanged(bool saved);
    void saveFailed(const QString& message);

private:
    void buildActions();
    void addLesson(LessonKind kind);
    void deleteSelected();
    void showSelected();
    void scheduleSave();
    void saveNow();
    void openPublishDialog();
    Uuid selectedModule() const;

    DraftWorker& store_;
    client::ApiClient* api_;
    std::unique_ptr<CourseDocument> document_;
    Uuid selected_;
    QToolBar* toolbar_;
    QTreeView* tree_;
    CourseTreeModel* model_ = nullptr;
    QStackedWidget* editors_;
    QLabel* placeholder_;
    CourseSettingsPanel* settingsPanel_ = nullptr;
    VideoLessonEditor* video_ = nullptr;
    ReadingEditor* reading_ = nullptr;
    QuizEditor* quiz_ = nullptr;
    PublishDialog* publishDialog_ = nullptr;
    QAction* back_;
    QAction* addModule_;
    QAction* addVideo_;
    QAction* addReading_;
    QAction* addQuiz_;
    QAction* delete_;
    QAction* undo_ = nullptr;
    QAction* redo_ = nullptr;
    QAction* publish_;
    QAction* settings_;
    QUndoGroup* undoGroup_;
    QTimer saveTimer_;
    int savesInFlight_ = 0;
};

}  // namespace satchel::ui::editor
