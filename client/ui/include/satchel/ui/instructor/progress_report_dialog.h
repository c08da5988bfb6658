#pragma once
// ProgressReportDialog: the instructor's per-course progress table (students × lessons) with
// a module filter, a "quiz results only" switch, a student search, sorting by any column,
// and CSV export of what is shown. Data from ReportClient; the CSV is written by
// ReportCsvWriter off the UI thread. Nothing here blocks.

#include <QDialog>
#include <memory>
#include <optional>
#include <vector>

#include "satchel/client/report_client.h"
#include "satchel/client/report_csv_writer.h"
#include "satchel/ui/instructor/course_choice.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace satchel::ui::instructor {

class ProgressReportModel;
class ReportFilterProxy;

class ProgressReportDialog : public QDialog {
    Q_OBJECT
public:
    // `api` must outlive the dialog. The report of `selected` (or the first course) loads at
    // once.
    ProgressReportDialog(client::ApiClient& api, std::vector<CourseChoice> courses,
                         const std::optional<Uuid>& selected, QWidget* parent = nullptr);
    ~ProgressReportDialog() override;

    void reload();
    // Asks where to save, then writes the CSV of the lessons shown (module filter applied).
    void exportCsv();
    // Writes the CSV of the lessons shown to `path` without asking; `csvSaved` follows.
    void saveCsv(const QString& path);

    ProgressReportModel* model() const { return model_; }
    ReportFilterProxy* proxy() const { return proxy_; }
    QTableView* table() const { return table_; }
    QComboBox* moduleFilter() const { return modules_; }
    QCheckBox* quizzesOnly() const { return quizzesOnly_; }
    QLabel* statusLabel() const { return status_; }

signals:
    void reportLoaded();
    void reportFailed(const QString& message);
    void csvSaved(const QString& path, bool ok);

private:
    void showReport(client::CourseReport report);
    void setStatus(const QString& text);

    client::ReportClient reports_;
    client::ReportCsvWriter writer_;
    CourseComboBox* courses_;
    QComboBox* modules_;
    QCheckBox* quizzesOnly_;
    QLineEdit* search_;
    QTableView* table_;
    QLabel* status_;
    QPushButton* refresh_;
    QPushButton* export_;
    ProgressReportModel* model_;
    ReportFilterProxy* proxy_;
    std::unique_ptr<QObject> pending_;  // context of the request in flight (dropped on reload)
};

}  // namespace satchel::ui::instructor
