#include "satchel/ui/instructor/progress_report_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <set>

#include "satchel/ui/instructor/instructor_text.h"
#include "satchel/ui/instructor/progress_report_model.h"
#include "satchel/ui/instructor/report_filter_proxy.h"

namespace satchel::ui::instructor {

ProgressReportDialog::ProgressReportDialog(client::ApiClient& api,
                                           std::vector<CourseChoice> courses,
                                           const std::optional<Uuid>& selected, QWidget* parent)
    : QDialog(parent),
      reports_(api),
      courses_(new CourseComboBox(std::move(courses), selected, this)),
      modules_(new QComboBox(this)),
      quizzesOnly_(new QCheckBox(tr("&Quiz results only"), this)),
      search_(new QLineEdit(this)),
      table_(new QTableView(this)),
      status_(new QLabel(this)),
      refresh_(new QPushButton(tr("&Refresh"), this)),
      export_(new QPushButton(tr("&Export CSV…"), this)),
      model_(new ProgressReportModel(this)),
      proxy_(new ReportFilterProxy(this)) {
    setObjectName(QStringLiteral("progressReportDialog"));
    setWindowTitle(tr("Course progress"));
    resize(900, 560);
    modules_->setObjectName(QStringLiteral("moduleFilter"));
    quizzesOnly_->setObjectName(QStringLiteral("quizzesOnly"));
    search_->setObjectName(QStringLiteral("studentSearch"));
    search_->setPlaceholderText(tr("Find a student"));
    search_->setClearButtonEnabled(true);
    status_->setObjectName(QStringLiteral("reportStatus"));
    status_->setWordWrap(true);
    export_->setObjectName(QStringLiteral("exportCsv"));
    export_->setEnabled(false);

    proxy_->setSourceModel(model_);
    table_->setObjectName(QStringLiteral("progressTable"));
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(ProgressReportModel::StudentColumn, Qt::AscendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->verticalHeader()->hide();

    auto* filters = new QFormLayout;
    filters->addRow(tr("&Course:"), courses_);
    filters->addRow(tr("&Module:"), modules_);
    auto* row = new QHBoxLayout;
    row->addWidget(quizzesOnly_);
    row->addStretch();
    row->addWidget(search_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(refresh_, QDialogButtonBox::ActionRole);
    buttons->addButton(export_, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(row);
    layout->addWidget(table_, 1);
    layout->addWidget(status_);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh_, &QPushButton::clicked, this, &ProgressReportDialog::reload);
    connect(export_, &QPushButton::clicked, this, &ProgressReportDialog::exportCsv);
    connect(courses_, &QComboBox::currentIndexChanged, this, &ProgressReportDialog::reload);
    connect(modules_, &QComboBox::currentIndexChanged, this,
            [this] { proxy_->setModuleFilter(modules_->currentData().toString()); });
    connect(quizzesOnly_, &QCheckBox::toggled, proxy_, &ReportFilterProxy::setQuizzesOnly);
    connect(search_, &QLineEdit::textChanged, proxy_, &ReportFilterProxy::setStudentFilter);
    connect(&writer_, &client::ReportCsvWriter::written, this, [this](const QString& path) {
        setStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        emit csvSaved(path, true);
    });
    connect(&writer_, &client::ReportCsvWriter::failed, this,
            [this](const QString& path, const QString&) {
                setStatus(tr("%1 could not be written. Check the folder and the free space.")
                              .arg(QDir::toNativeSeparators(path)));
                emit csvSaved(path, false);
            });
    reload();
}

ProgressReportDialog::~ProgressReportDialog() = default;

void ProgressReportDialog::setStatus(const QString& text) {
    status_->setText(text);
    status_->setAccessibleName(text);
}

void ProgressReportDialog::reload() {
    const CourseChoice* course = courses_->current();
    if (!course) {
        setStatus(tr("There is no published course to report on."));
        return;
    }
    pending_ = std::make_unique<QObject>();  // an older request's answer is dropped
    refresh_->setEnabled(false);
    setStatus(tr("Loading the progress of “%1”…").arg(course->title));
    reports_.fetchReport(course->courseId, pending_.get(),
                         [this](client::ApiResult<client::CourseReport> report) {
                             refresh_->setEnabled(true);
                             if (!report) {
                                 const QString message = describe(report.error());
                                 setStatus(message);
                                 model_->setReport({});
                                 export_->setEnabled(false);
                                 emit reportFailed(message);
                                 return;
                             }
                             showReport(std::move(*report));
                         });
}

void ProgressReportDialog::showReport(client::CourseReport report) {
    // The module list follows the report's lessons, in course order.
    const QString keep = modules_->currentData().toString();
    modules_->blockSignals(true);
    modules_->clear();
    modules_->addItem(tr("All modules"), QString());
    std::set<Uuid> seen;
    for (const auto& lesson : report.lessons)
        if (seen.insert(lesson.moduleId).second)
            modules_->addItem(QString::fromStdString(lesson.moduleTitle),
                              QString::fromStdString(lesson.moduleId.toString()));
    modules_->setCurrentIndex(std::max(0, modules_->findData(keep)));
    modules_->blockSignals(false);
    proxy_->setModuleFilter(modules_->currentData().toString());

    const int students = static_cast<int>(report.students.size());
    model_->setReport(std::move(report));
    export_->setEnabled(students > 0);
    setStatus(students == 0 ? tr("No student is enrolled yet.")
                            : tr("%n student(s) enrolled.", nullptr, students));
    emit reportLoaded();
}

void ProgressReportDialog::exportCsv() {
    auto* dialog = new QFileDialog(this, tr("Export progress as CSV"));
    dialog->setObjectName(QStringLiteral("csvFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QString::fromStdString(model_->report().title) + QStringLiteral(".csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &ProgressReportDialog::saveCsv);
    dialog->open();  // window-modal, no nested event loop
}

void ProgressReportDialog::saveCsv(const QString& path) {
    std::optional<Uuid> module;
    if (const QString id = proxy_->moduleFilter(); !id.isEmpty())
        module = Uuid::parse(id.toStdString());
    setStatus(tr("Saving…"));
    writer_.save(path, model_->report(), module);
}

}  // namespace satchel::ui::instructor
