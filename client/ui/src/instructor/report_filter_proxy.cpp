#include "satchel/ui/instructor/report_filter_proxy.h"

#include "satchel/model/course.h"
#include "satchel/ui/instructor/progress_report_model.h"

namespace satchel::ui::instructor {

ReportFilterProxy::ReportFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(ProgressReportModel::SortRole);
    setFilterKeyColumn(ProgressReportModel::StudentColumn);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void ReportFilterProxy::setModuleFilter(const QString& moduleId) {
    if (moduleId == moduleId_)
        return;
    moduleId_ = moduleId;
    invalidateColumnsFilter();
}

void ReportFilterProxy::setQuizzesOnly(bool quizzesOnly) {
    if (quizzesOnly == quizzesOnly_)
        return;
    quizzesOnly_ = quizzesOnly;
    invalidateColumnsFilter();
}

void ReportFilterProxy::setStudentFilter(const QString& text) {
    setFilterFixedString(text);
}

bool ReportFilterProxy::filterAcceptsColumn(int sourceColumn, const QModelIndex&) const {
    if (sourceColumn < ProgressReportModel::FixedColumns)
        return true;
    const QAbstractItemModel* source = sourceModel();
    if (!moduleId_.isEmpty() &&
        source->headerData(sourceColumn, Qt::Horizontal, ProgressReportModel::ModuleIdRole)
                .toString() != moduleId_)
        return false;
    if (quizzesOnly_ &&
        source->headerData(sourceColumn, Qt::Horizontal, ProgressReportModel::LessonKindRole)
                .toInt() != static_cast<int>(LessonKind::Quiz))
        return false;
    return true;
}

}  // namespace satchel::ui::instructor
