#pragma once
// ExportDialog: "Export…" of a published course to a `.satchel` file for hand-over without a
// connection. The instructor picks the course, then the file (a save dialog), and follows the
// CourseExporter's progress (download, then writing) with a Cancel button. Errors are shown
// in the dialog in plain words.

#include <QDialog>
#include <optional>
#include <vector>

#include "satchel/client/course_export.h"
#include "satchel/ui/instructor/course_choice.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace satchel::ui::instructor {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // `api` must outlive the dialog; `contentStore` is the app's DownloadManager store (assets
    // already downloaded there are not fetched again).
    ExportDialog(client::ApiClient& api, const QString& contentStore,
                 std::vector<CourseChoice> courses, const std::optional<Uuid>& selected,
                 QWidget* parent = nullptr);

    // Asks for the file, then exports to it.
    void chooseFile();
    // Exports the chosen course's latest version to `path` without asking.
    void exportTo(const QString& path);

    QProgressBar* progressBar() const { return progress_; }
    QLabel* statusLabel() const { return status_; }
    client::CourseExporter& exporter() { return exporter_; }
    // Deletes the dialog once no export is running (at once if none is): an archive being
    // written is never waited for on the UI thread.
    void deleteWhenIdle();

signals:
    void exported(const QString& path);
    void exportFailed(const QString& message);

protected:
    void reject() override;  // cancels an export in progress first

private:
    void setStatus(const QString& text);
    void setRunning(bool running);

    client::CourseExporter exporter_;
    CourseComboBox* courses_;
    QProgressBar* progress_;
    QLabel* status_;
    QPushButton* start_;
    QPushButton* cancel_;
};

}  // namespace satchel::ui::instructor
