#pragma once
// ReportFilterProxy: the progress table as the instructor narrows it — lesson columns of one
// module only, or quizzes only (the quiz results view); rows by a student's name; sorting by
// ProgressReportModel::SortRole (numbers, not the cells' text). Fixed columns always stay.

#include <QSortFilterProxyModel>

namespace satchel::ui::instructor {

class ReportFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ReportFilterProxy(QObject* parent = nullptr);

    // An empty id shows every module.
    void setModuleFilter(const QString& moduleId);
    const QString& moduleFilter() const { return moduleId_; }
    void setQuizzesOnly(bool quizzesOnly);
    bool quizzesOnly() const { return quizzesOnly_; }
    // Shows the students whose name contains `text` (any case).
    void setStudentFilter(const QString& text);

protected:
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex& sourceParent) const override;

private:
    QString moduleId_;
    bool quizzesOnly_ = false;
};

}  // namespace satchel::ui::instructor
