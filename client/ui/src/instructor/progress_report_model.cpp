#include "satchel/ui/instructor/progress_report_model.h"

#include <QLocale>

namespace satchel::ui::instructor {
namespace {

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

double scoreRatio(const client::ReportScore& score) {
    return score.maxPoints > 0 ? score.points / score.maxPoints : 0.0;
}

QString duration(std::uint64_t ms) {
    const std::uint64_t minutes = ms / 60000;
    if (minutes == 0)
        return ProgressReportModel::tr("%n second(s)", nullptr, static_cast<int>(ms / 1000));
    return ProgressReportModel::tr("%n minute(s)", nullptr, static_cast<int>(minutes));
}

}  // namespace

ProgressReportModel::ProgressReportModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProgressReportModel::setReport(client::CourseReport report) {
    beginResetModel();
    report_ = std::move(report);
    endResetModel();
}

const client::ReportLesson* ProgressReportModel::lessonAt(int column) const {
    const int i = column - FixedColumns;
    if (i < 0 || i >= static_cast<int>(report_.lessons.size()))
        return nullptr;
    return &report_.lessons[static_cast<std::size_t>(i)];
}

int ProgressReportModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(report_.students.size());
}

int ProgressReportModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FixedColumns + static_cast<int>(report_.lessons.size());
}

QVariant ProgressReportModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& student = report_.students[static_cast<std::size_t>(index.row())];
    const QString name =
        fromStd(student.displayName.empty() ? student.username : student.displayName);
    switch (index.column()) {
        case StudentColumn:
            if (role == Qt::DisplayRole || role == SortRole)
                return name;
            if (role == Qt::ToolTipRole)
                return tr("%1 (%2)").arg(name, fromStd(student.username));
            return {};
        case CompletedColumn:
            if (role == Qt::DisplayRole)
                return tr("%1 of %2").arg(student.completedLessons).arg(report_.lessons.size());
            if (role == SortRole)
                return student.completedLessons;
            if (role == Qt::TextAlignmentRole)
                return int(Qt::AlignCenter);
            return {};
        default:
            break;
    }
    const client::ReportLesson* lesson = lessonAt(index.column());
    const std::size_t i = static_cast<std::size_t>(index.column() - FixedColumns);
    if (!lesson || i >= student.cells.size())
        return {};
    return lessonData(student, *lesson, student.cells[i], role);
}

QVariant ProgressReportModel::lessonData(const client::ReportStudent&,
                                         const client::ReportLesson& lesson,
                                         const client::ReportCell& cell, int role) const {
    const QLocale locale;
    const QString tick = cell.completed ? QStringLiteral(" ✓") : QString();
    switch (role) {
        case Qt::DisplayRole:
            switch (lesson.kind) {
                case LessonKind::Video:
                    return tr("%1 %").arg(locale.toString(cell.percentWatched, 'f', 0)) + tick;
                case LessonKind::Reading:
                    return (cell.opened ? tr("Opened") : tr("—")) + tick;
                case LessonKind::Quiz:
                    if (cell.bestScore)
                        return tr("%1/%2").arg(locale.toString(cell.bestScore->points),
                                               locale.toString(cell.bestScore->maxPoints)) +
                               tick;
                    if (cell.attempts > 0)
                        return tr("%n attempt(s), not graded", nullptr, cell.attempts);
                    return tr("—");
            }
            return {};
        case SortRole:
            switch (lesson.kind) {
                case LessonKind::Video:
                    return cell.percentWatched;
                case LessonKind::Reading:
                    return (cell.completed ? 2 : 0) + (cell.opened ? 1 : 0);
                case LessonKind::Quiz:
                    return cell.bestScore ? scoreRatio(*cell.bestScore) : -1.0;
            }
            return {};
        case CompletedRole:
            return cell.completed;
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::ToolTipRole: {
            QStringList lines{fromStd(lesson.title),
                              cell.completed ? tr("Completed") : tr("Not completed"),
                              tr("Time spent: %1").arg(duration(cell.timeSpentMs))};
            if (lesson.kind == LessonKind::Quiz) {
                lines << tr("Attempts: %1").arg(cell.attempts);
                if (cell.bestScore)
                    lines << (cell.bestScore->passed ? tr("Best grade: passed")
                                                     : tr("Best grade: not passed"));
            }
            return lines.join(QLatin1Char('\n'));
        }
        default:
            return {};
    }
}

QVariant ProgressReportModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == StudentColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Student")) : QVariant();
    if (section == CompletedColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Completed")) : QVariant();
    const client::ReportLesson* lesson = lessonAt(section);
    if (!lesson)
        return {};
    switch (role) {
        case Qt::DisplayRole:
            return fromStd(lesson->title);
        case Qt::ToolTipRole:
            return tr("%1 — %2").arg(fromStd(lesson->moduleTitle), fromStd(lesson->title));
        case ModuleIdRole:
            return fromStd(lesson->moduleId.toString());
        case LessonKindRole:
            return static_cast<int>(lesson->kind);
        default:
            return {};
    }
}

}  // namespace satchel::ui::instructor
