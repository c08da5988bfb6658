#include "satchel/ui/instructor/import_flow.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

#include "satchel/client/course_export.h"  // CourseManifest as a QMetaType
#include "satchel/client/offline_library.h"
#include "satchel/package.h"
#include "satchel/ui/instructor/instructor_text.h"
#include "satchel/ui/store_worker.h"

namespace satchel::ui::instructor {
namespace {

// What the store thread found. The archive is read once up front with shared's reader so a
// refused file comes back with its PackageErrorCode (the reason shown to the person); the
// import proper (OfflineLibrary) then verifies every byte.
struct ImportOutcome {
    std::optional<CourseManifest> manifest;
    std::optional<PackageErrorCode> refused;  // the file is hostile or broken
    QString detail;                           // for the log
};

ImportOutcome importOnStoreThread(client::LocalStore& store, const QString& root,
                                  const QString& path) {
    auto checked = readArchiveManifest(path.toStdString());
    if (!checked)
        return {std::nullopt, checked.error().code,
                QString::fromStdString(checked.error().describe())};
    client::OfflineLibrary library(store, root);
    auto imported = library.importArchive(path);
    if (!imported) {
        const auto& error = imported.error();
        // The layout and the manifest passed: what is left for an archive is its bytes.
        std::optional<PackageErrorCode> refused;
        if (error.kind == client::LibraryError::Kind::Archive)
            refused = PackageErrorCode::HashMismatch;
        return {std::nullopt, refused, error.message};
    }
    return {std::move(*imported), std::nullopt, {}};
}

}  // namespace

ImportFlow::ImportFlow(StoreWorker& store, QString contentRoot, QWidget* window)
    : QObject(window), store_(store), contentRoot_(std::move(contentRoot)), window_(window) {
    qRegisterMetaType<CourseManifest>();
}

void ImportFlow::chooseFile() {
    if (busy_)
        return;
    auto* dialog = new QFileDialog(window_, tr("Import a course file"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Satchel courses (*.satchel)"), tr("All files (*)")});
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    connect(dialog, &QFileDialog::fileSelected, this, &ImportFlow::importFile);
    dialog->open();  // window-modal, no nested event loop
}

void ImportFlow::importFile(const QString& path) {
    if (busy_)
        return;
    busy_ = true;
    progress_ = new QProgressDialog(
        tr("Checking and importing %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0, window_);
    progress_->setObjectName(QStringLiteral("importProgress"));
    progress_->setWindowTitle(tr("Import a course file"));
    progress_->setMinimumDuration(0);
    progress_->setAttribute(Qt::WA_DeleteOnClose);
    progress_->open();
    store_.run<ImportOutcome>(
        [root = contentRoot_, path](client::LocalStore& store) {
            return importOnStoreThread(store, root, path);
        },
        this,
        [this, path](ImportOutcome outcome) {
            busy_ = false;
            if (progress_)
                progress_->close();
            if (outcome.manifest) {
                report(tr("Course imported"),
                       tr("“%1” is on this computer now and works without a connection.")
                           .arg(QString::fromStdString(outcome.manifest->title)),
                       true);
                emit imported(*outcome.manifest);
                return;
            }
            qWarning("import of %s refused: %s", qUtf8Printable(path),
                     qUtf8Printable(outcome.detail));
            const QString message =
                outcome.refused ? describe(*outcome.refused)
                                : tr("The course could not be saved on this computer. Check the "
                                     "free disk space and try again.");
            report(tr("Import failed"), message, false);
            emit importFailed(message);
        });
}

void ImportFlow::report(const QString& title, const QString& text, bool ok) {
    if (!window_)
        return;
    auto* box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, title, text,
                                QMessageBox::Ok, window_);
    box->setObjectName(QStringLiteral("importResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

}  // namespace satchel::ui::instructor
