#include "satchel/ui/editor/publish_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include "satchel/client/draft_diff.h"
#include "satchel/ui/editor/course_document.h"

namespace satchel::ui::editor {
namespace {

using Problem = client::DraftProblem::Kind;
using Change = client::CourseChange;

QString changeText(const Change& c) {
    const QString title = QString::fromStdString(c.title);
    const bool module = c.subject == Change::Subject::Module;
    switch (c.kind) {
        case Change::Kind::Added:
            return module ? PublishDialog::tr("Module added: %1").arg(title)
                          : PublishDialog::tr("Lesson added: %1").arg(title);
        case Change::Kind::Removed:
            return module ? PublishDialog::tr("Module removed: %1").arg(title)
                          : PublishDialog::tr("Lesson removed: %1").arg(title);
        case Change::Kind::Renamed:
            return module ? PublishDialog::tr("Module renamed: %1 → %2")
                                .arg(QString::fromStdString(c.oldTitle), title)
                          : PublishDialog::tr("Lesson renamed: %1 → %2")
                                .arg(QString::fromStdString(c.oldTitle), title);
        case Change::Kind::Moved:
            return module ? PublishDialog::tr("Module moved: %1").arg(title)
                          : PublishDialog::tr("Lesson moved: %1").arg(title);
        case Change::Kind::Changed:
            if (c.subject == Change::Subject::Course)
                return PublishDialog::tr("Course details changed");
            return PublishDialog::tr("Lesson changed: %1").arg(title);
    }
    return {};
}

}  // namespace

QString PublishDialog::describe(const client::DraftProblem& p, const client::CourseDraft& draft) {
    QString where;
    if (const auto* lesson = draft.findLesson(p.lessonId))
        where = tr("Lesson “%1”").arg(QString::fromStdString(lesson->title));
    else if (const auto* module = draft.findModule(p.moduleId))
        where = tr("Module “%1”").arg(QString::fromStdString(module->title));
    else
        where = tr("Course");
    const QString detail = QString::fromStdString(p.detail);
    QString what;
    switch (p.kind) {
        case Problem::MissingCourseTitle:
            what = tr("the course needs a title");
            break;
        case Problem::NoLessons:
            what = tr("the course has no lessons yet");
            break;
        case Problem::MissingModuleTitle:
            what = tr("the module needs a title");
            break;
        case Problem::MissingLessonTitle:
            what = tr("the lesson needs a title");
            break;
        case Problem::MissingVideo:
            what = tr("no video imported");
            break;
        case Problem::EmptyReading:
            what = tr("the reading is empty");
            break;
        case Problem::NoQuestions:
            what = tr("the quiz has no questions");
            break;
        case Problem::InvalidQuiz:
            what = tr("the quiz is not valid: %1").arg(detail);
            break;
        case Problem::InvalidManifest:
            what = tr("the course cannot be published: %1").arg(detail);
            break;
        case Problem::FileMissing:
            what = tr("the file %1 is missing").arg(detail);
            break;
        case Problem::FileChanged:
            what = tr("the file %1 changed since it was imported; import it again").arg(detail);
            break;
    }
    return tr("%1: %2").arg(where, what);
}

PublishDialog::PublishDialog(client::ApiClient& api, CourseDocument& document, QWidget* parent)
    : QDialog(parent),
      api_(api),
      document_(document),
      problems_(new QStandardItemModel(this)),
      changes_(new QStandardItemModel(this)),
      problemsView_(new QListView),
      changesView_(new QListView),
      status_(new QLabel),
      progress_(new QProgressBar),
      publish_(new QPushButton(tr("Publish"))),
      cancel_(new QPushButton(tr("Cancel publishing"))),
      close_(nullptr) {
    setWindowTitle(tr("Publish course"));
    problemsView_->setModel(problems_);
    changesView_->setModel(changes_);
    for (QListView* v : {problemsView_, changesView_})
        v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    status_->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    close_ = buttons->button(QDialogButtonBox::Close);
    buttons->addButton(publish_, QDialogButtonBox::AcceptRole);
    buttons->addButton(cancel_, QDialogButtonBox::ActionRole);
    publish_->setObjectName(QStringLiteral("publishButton"));
    cancel_->setObjectName(QStringLiteral("cancelPublishButton"));
    cancel_->setAccessibleDescription(
        tr("Stops uploading; nothing is published and the next publish resumes the uploads"));
    cancel_->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &PublishDialog::reject);
    connect(publish_, &QPushButton::clicked, this, &PublishDialog::publish);
    connect(cancel_, &QPushButton::clicked, this, &PublishDialog::cancelPublish);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Problems to fix first:")));
    layout->addWidget(problemsView_);
    layout->addWidget(new QLabel(tr("Changes since the last published version:")));
    layout->addWidget(changesView_);
    layout->addWidget(status_);
    layout->addWidget(progress_);
    layout->addWidget(buttons);
    refresh();
}

void PublishDialog::showProblems(const std::vector<client::DraftProblem>& problems) {
    problems_->clear();
    for (const auto& p : problems)
        problems_->appendRow(new QStandardItem(describe(p, document_.draft())));
    problemsView_->setVisible(!problems.empty());
}

void PublishDialog::refresh() {
    const client::CourseDraft& draft = document_.draft();
    const client::PublishPlan plan = client::planPublish(draft);
    showProblems(plan.problems);
    changes_->clear();
    if (!draft.lastPublished) {
        changes_->appendRow(new QStandardItem(tr("First version: everything is new.")));
    } else {
        const auto changes = client::diffCourses(*draft.lastPublished, plan.manifest);
        for (const auto& c : changes)
            changes_->appendRow(new QStandardItem(changeText(c)));
        if (changes.empty())
            changes_->appendRow(new QStandardItem(
                tr("Nothing changed since version %1.").arg(draft.lastPublished->version)));
    }
    publish_->setEnabled(plan.publishable() && !job_);
    status_->setText(plan.publishable() ? tr("Ready to publish.")
                                        : tr("Fix the problems above to publish."));
}

void PublishDialog::publish() {
    if (job_)
        return;
    publish_->setEnabled(false);
    cancel_->setEnabled(true);
    close_->setEnabled(false);
    progress_->setValue(0);
    auto* job = new client::PublishJob(api_, document_.draft(), this);
    job_ = job;
    connect(job, &client::PublishJob::stageChanged, this, &PublishDialog::showStage);
    connect(job, &client::PublishJob::progress, this, [this](qint64 sent, qint64 total) {
        progress_->setValue(total > 0 ? static_cast<int>(sent * 1000 / total) : 1000);
        const QLocale locale;
        progress_->setFormat(
            tr("%1 of %2").arg(locale.formattedDataSize(sent), locale.formattedDataSize(total)));
    });
    // Recorded at once, so a publish that fails later does not create a second course.
    connect(job, &client::PublishJob::courseCreated, this,
            [this](const Uuid& id) { document_.setCourseId(id); });
    connect(job, &client::PublishJob::partStored, this,
            [this](const QString& sha256, const QString& uploadId, quint32 number,
                   const QString& etag) {
                document_.recordUploadedPart(sha256.toStdString(), uploadId.toStdString(),
                                             UploadedPart{number, etag.toStdString()});
            });
    connect(job, &client::PublishJob::finished, this, &PublishDialog::jobFinished);
    job->start();
}

void PublishDialog::showStage(client::PublishJob::Stage stage) {
    if (job_ && job_->cancelRequested())
        return;  // "Canceling…" stays until the job ends
    switch (stage) {
        case client::PublishJob::Stage::Checking:
            status_->setText(tr("Checking the files…"));
            break;
        case client::PublishJob::Stage::Course:
            status_->setText(tr("Updating the course on the server…"));
            break;
        case client::PublishJob::Stage::Uploading:
            status_->setText(tr("Uploading…"));
            break;
        case client::PublishJob::Stage::Publishing:
            // Past this point the server may create the version whatever we do.
            cancel_->setEnabled(false);
            status_->setText(tr("Publishing the new version… (too late to cancel)"));
            break;
        case client::PublishJob::Stage::Done:
            break;
    }
}

bool PublishDialog::cancelPublish() {
    if (!job_ || !job_->cancel())
        return false;
    cancel_->setEnabled(false);
    // The job may already have finished (then jobFinished has said so).
    if (job_)
        status_->setText(tr("Canceling…"));
    return true;
}

void PublishDialog::reject() {
    // Escape or the window's close button while publishing: cancel, never leave it unseen.
    if (job_) {
        cancelPublish();
        return;
    }
    QDialog::reject();
}

void PublishDialog::jobFinished() {
    client::PublishJob* job = job_;
    job->deleteLater();
    job_ = nullptr;
    cancel_->setEnabled(false);
    close_->setEnabled(true);
    if (const auto& version = job->published()) {
        lastAssetsUploaded_ = version->assetsUploaded;
        document_.setPublished(version->courseId, version->manifest);
        progress_->setValue(1000);
        status_->setText(tr("Version %1 is published.").arg(version->version));
        publish_->setEnabled(false);
        emit published(version->version);
        return;
    }
    const client::PublishError& error = *job->error();
    QString message;
    switch (error.kind) {
        case client::PublishError::Kind::Invalid:
            showProblems(error.problems);
            message = tr("Fix the problems above to publish.");
            break;
        case client::PublishError::Kind::Api:
            if (error.api.transient())
                message = tr("The server cannot be reached. Try again when online.");
            else if (error.api.kind == client::ApiError::Kind::Forbidden)
                message = tr("Your account may not publish this course.");
            else
                message = tr("The server refused the version (%1).")
                              .arg(QString::fromStdString(error.api.code));
            break;
        case client::PublishError::Kind::Upload:
            message = tr("An upload failed (HTTP %1). Try again; finished uploads are kept.")
                          .arg(error.httpStatus);
            break;
        case client::PublishError::Kind::FileRead:
            message = tr("A file could not be read. Check that it is still there.");
            break;
        case client::PublishError::Kind::Canceled:
            message = tr("Publishing was canceled.");
            break;
    }
    status_->setText(message);
    publish_->setEnabled(true);
    emit publishFailed(message);
}

}  // namespace satchel::ui::editor
