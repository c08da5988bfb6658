#include "satchel/ui/instructor/export_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "satchel/ui/instructor/instructor_text.h"

namespace satchel::ui::instructor {
namespace {
// A file name from a course title: the characters file systems refuse become "-".
QString fileNameFor(const QString& title) {
    QString name = title;
    for (QChar& c : name)
        if (QStringLiteral("/\\:*?\"<>|").contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('-');
    return (name.trimmed().isEmpty() ? QStringLiteral("course") : name.trimmed()) +
           QStringLiteral(".satchel");
}
}  // namespace

ExportDialog::ExportDialog(client::ApiClient& api, const QString& contentStore,
                           std::vector<CourseChoice> courses, const std::optional<Uuid>& selected,
                           QWidget* parent)
    : QDialog(parent),
      exporter_(api, contentStore),
      courses_(new CourseComboBox(std::move(courses), selected, this)),
      progress_(new QProgressBar(this)),
      status_(new QLabel(this)),
      start_(new QPushButton(tr("&Export…"), this)),
      cancel_(new QPushButton(tr("&Cancel export"), this)) {
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export a course file"));
    resize(520, 220);
    progress_->setObjectName(QStringLiteral("exportProgress"));
    progress_->setRange(0, 100);
    progress_->setValue(0);
    progress_->setVisible(false);
    status_->setObjectName(QStringLiteral("exportStatus"));
    status_->setWordWrap(true);
    status_->setText(
        tr("The file holds the course's latest published version with every video, "
           "reading and quiz, answer keys included, so that students can learn "
           "from it with no server. Hand it only to your students."));
    start_->setObjectName(QStringLiteral("startExport"));
    start_->setDefault(true);
    cancel_->setObjectName(QStringLiteral("cancelExport"));
    cancel_->setVisible(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Course:"), courses_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(start_, QDialogButtonBox::ActionRole);
    buttons->addButton(cancel_, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(progress_);
    layout->addWidget(status_, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(start_, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(cancel_, &QPushButton::clicked, &exporter_, &client::CourseExporter::cancel);
    start_->setEnabled(courses_->current() != nullptr);

    using Stage = client::CourseExporter::Stage;
    connect(&exporter_, &client::CourseExporter::progress, this,
            [this](Stage stage, qint64 done, qint64 total) {
                const QLocale locale;
                switch (stage) {
                    case Stage::Manifest:
                        progress_->setRange(0, 0);
                        setStatus(tr("Asking the server for the course…"));
                        break;
                    case Stage::Downloading:
                        progress_->setRange(0, 1000);
                        progress_->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
                        setStatus(tr("Downloading the course's files: %1 of %2…")
                                      .arg(locale.formattedDataSize(done),
                                           locale.formattedDataSize(total)));
                        break;
                    case Stage::Writing:
                        progress_->setRange(0, 0);
                        setStatus(tr("Writing the course file…"));
                        break;
                }
            });
    connect(&exporter_, &client::CourseExporter::finished, this,
            [this](const QString& path, const CourseManifest& manifest) {
                setRunning(false);
                progress_->setRange(0, 100);
                progress_->setValue(100);
                setStatus(tr("“%1” (version %2) is saved in %3.")
                              .arg(QString::fromStdString(manifest.title))
                              .arg(manifest.version)
                              .arg(QDir::toNativeSeparators(path)));
                emit exported(path);
            });
    connect(&exporter_, &client::CourseExporter::failed, this,
            [this](const client::ExportError& error) {
                setRunning(false);
                progress_->setVisible(false);
                const QString message = describe(error);
                setStatus(message);
                emit exportFailed(message);
            });
}

void ExportDialog::setStatus(const QString& text) {
    status_->setText(text);
    status_->setAccessibleName(text);
}

void ExportDialog::setRunning(bool running) {
    courses_->setEnabled(!running);
    start_->setVisible(!running);
    cancel_->setVisible(running);
    progress_->setVisible(true);
}

void ExportDialog::chooseFile() {
    const CourseChoice* course = courses_->current();
    if (!course || exporter_.running())
        return;
    auto* dialog = new QFileDialog(this, tr("Save the course file"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("Satchel courses (*.satchel)"));
    dialog->setDefaultSuffix(QStringLiteral("satchel"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(fileNameFor(course->title));
    connect(dialog, &QFileDialog::fileSelected, this, &ExportDialog::exportTo);
    dialog->open();  // window-modal, no nested event loop
}

void ExportDialog::exportTo(const QString& path) {
    const CourseChoice* course = courses_->current();
    if (!course || exporter_.running())
        return;
    if (course->latestVersion == 0) {
        setStatus(tr("“%1” has no published version to export.").arg(course->title));
        return;
    }
    setRunning(true);
    exporter_.start(course->courseId, course->latestVersion, path);
}

void ExportDialog::deleteWhenIdle() {
    if (!exporter_.running()) {
        deleteLater();
        return;
    }
    connect(&exporter_, &client::CourseExporter::finished, this, &QObject::deleteLater);
    connect(&exporter_, &client::CourseExporter::failed, this, &QObject::deleteLater);
}

void ExportDialog::reject() {
    exporter_.cancel();  // a write in progress still ends (and its file is removed)
    QDialog::reject();
}

}  // namespace satchel::ui::instructor
