#pragma once
// ProgressReportModel: a CourseReport as a table, one row per student, the first columns
// about the student (name, lessons completed) and then one column per lesson of the course.
//
// A lesson cell shows what matters for its kind: a video's percent watched, a reading's
// "opened", a quiz's best score (or its attempts before a grade); a tick marks a completed
// lesson. SortRole gives a number for sorting (percent, score ratio, completed count);
// LessonIdRole/ModuleIdRole (on the horizontal header) let a proxy filter the columns.

#include <QAbstractTableModel>

#include "satchel/client/course_report.h"

namespace satchel::ui::instructor {

class ProgressReportModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole + 1,  // a number (or the name) to sort by
        ModuleIdRole,                 // header data of a lesson column: its module's id
        LessonKindRole,               // header data of a lesson column: int(LessonKind)
        CompletedRole,                // cell data: whether the lesson is completed
    };
    enum FixedColumn { StudentColumn = 0, CompletedColumn = 1, FixedColumns = 2 };

    explicit ProgressReportModel(QObject* parent = nullptr);

    void setReport(client::CourseReport report);
    const client::CourseReport& report() const { return report_; }
    // The lesson shown in `column`, or nullptr for a fixed column.
    const client::ReportLesson* lessonAt(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant lessonData(const client::ReportStudent& student, const client::ReportLesson& lesson,
                        const client::ReportCell& cell, int role) const;

    client::CourseReport report_;
};

}  // namespace satchel::ui::instructor
