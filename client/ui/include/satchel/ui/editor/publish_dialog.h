#pragma once
// PublishDialog: what publishing would do, then doing it. It lists every problem that stops
// the draft from being published (each named by its module or lesson), the changes since the
// last published version, and, once "Publish" is pressed, the PublishJob's stage and upload
// progress. On success the document records the new version (the base of the next diff).

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

    QStandardItemModel* problemsModel() const { return problems_; }
    QStandardItemModel* changesModel() const { return changes_; }
    QPushButton* publishButton() const { return publish_; }
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

    client::ApiClient& api_;
    CourseDocument& document_;
    QStandardItemModel* problems_;
    QStandardItemModel* changes_;
    QListView* problemsView_;
    QListView* changesView_;
    QLabel* status_;
    QProgressBar* progress_;
    QPushButton* publish_;
    QPointer<client::PublishJob> job_;
    int lastAssetsUploaded_ = 0;
};

}  // namespace satchel::ui::editor
