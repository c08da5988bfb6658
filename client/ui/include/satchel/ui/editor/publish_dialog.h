#pragma once
// PublishDialog: what publishing would do, then doing it. It lists every problem that stops
// the draft from being published (each named by its module or lesson), the changes since the
// last published version, and, once "Publish" is pressed, the PublishJob's stage and upload
// progress. On success the document records the new version (the base of the next diff).
//
// "Cancel" (and Escape) stops a running publish until the version itself is being created
// (PublishJob::cancel): uploads are aborted, the parts stored so far stay recorded in the
// document, so the next "Publish" resumes them, and no version exists on the server. The
// dialog cannot be closed while a job runs; it says when it is too late to cancel.

#include <QDialog>
#include <QPointer>

#include "satchel/client/draft_manifest.h"
#include "satchel/client/publish_job.h"

class QDialogButtonBox;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QStandardItemModel;

namespace satchel::client {
class ApiClient;
}

namespace satchel::ui::editor {

class CourseDocument;

class PublishDialog : public QDialog {
    Q_OBJECT
public:
    PublishDialog(client::ApiClient& api, CourseDocument& document, QWidget* parent = nullptr);

    // Re-reads the draft: problems and changes (no file access; files are checked on Publish).
    void refresh();
    void publish();
    // Asks the running job to stop; false when there is none or it is too late.
    bool cancelPublish();

    QStandardItemModel* problemsModel() const { return problems_; }
    QStandardItemModel* changesModel() const { return changes_; }
    QPushButton* publishButton() const { return publish_; }
    QPushButton* cancelButton() const { return cancel_; }
    QPushButton* closeButton() const { return close_; }
    QProgressBar* progressBar() const { return progress_; }
    QLabel* statusLabel() const { return status_; }
    client::PublishJob* job() const { return job_; }
    // Assets whose bytes the last successful publish sent (the others the server had).
    int lastAssetsUploaded() const { return lastAssetsUploaded_; }

    // A problem in words, naming its module or lesson (shared by the editor's other views).
    static QString describe(const client::DraftProblem& problem, const client::CourseDraft& draft);

signals:
    void published(quint32 version);
    void publishFailed(const QString& message);

private:
    void showProblems(const std::vector<client::DraftProblem>& problems);
    void jobFinished();
    void reject() override;
    void showStage(client::PublishJob::Stage stage);

    client::ApiClient& api_;
    CourseDocument& document_;
    QStandardItemModel* problems_;
    QStandardItemModel* changes_;
    QListView* problemsView_;
    QListView* changesView_;
    QLabel* status_;
    QProgressBar* progress_;
    QPushButton* publish_;
    QPushButton* cancel_;
    QPushButton* close_;
    QPointer<client::PublishJob> job_;
    int lastAssetsUploaded_ = 0;
};

}  // namespace satchel::ui::editor
