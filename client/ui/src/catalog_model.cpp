#include "satchel/ui/catalog_model.h"

#include <QLocale>

namespace satchel::ui {

void CatalogModel::setCourses(std::vector<CourseSummary> courses) {
    beginResetModel();
    courses_ = std::move(courses);
    for (const auto& [id, summary] : offline_)
        if (rowOf(id) < 0)
            courses_.push_back(summary);
    endResetModel();
}

void CatalogModel::addOfflineCourse(const CourseSummary& course) {
    offline_[course.courseId] = course;
    if (rowOf(course.courseId) >= 0)
        return;
    const int row = static_cast<int>(courses_.size());
    beginInsertRows({}, row, row);
    courses_.push_back(course);
    endInsertRows();
}

const CourseSummary* CatalogModel::course(int row) const {
    return row >= 0 && row < static_cast<int>(courses_.size()) ? &courses_[row] : nullptr;
}

const CourseSummary* CatalogModel::course(const Uuid& id) const {
    return course(rowOf(id));
}

int CatalogModel::rowOf(const Uuid& id) const {
    for (std::size_t i = 0; i < courses_.size(); ++i)
        if (courses_[i].courseId == id)
            return static_cast<int>(i);
    return -1;
}

void CatalogModel::setDownloadState(const Uuid& id, DownloadState state, double fraction) {
    auto& local = local_[id];
    local.download = state;
    local.downloadFraction = fraction;
    changed(id);
}

CatalogModel::DownloadState CatalogModel::downloadState(const Uuid& id) const {
    const auto it = local_.find(id);
    return it == local_.end() ? DownloadState::NotDownloaded : it->second.download;
}

void CatalogModel::setProgress(const Uuid& id, double fraction) {
    local_[id].progress = fraction;
    changed(id);
}

double CatalogModel::progress(const Uuid& id) const {
    const auto it = local_.find(id);
    return it == local_.end() ? 0.0 : it->second.progress;
}

void CatalogModel::changed(const Uuid& id) {
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row), index(row));
}

int CatalogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(courses_.size());
}

QVariant CatalogModel::data(const QModelIndex& index, int role) const {
    const CourseSummary* summary = course(index.row());
    if (!summary)
        return {};
    const auto it = local_.find(summary->courseId);
    const Local local = it == local_.end() ? Local{} : it->second;
    switch (role) {
        case Qt::DisplayRole:
            return QString::fromStdString(summary->title);
        case Qt::ToolTipRole:
        case DescriptionRole:
            return QString::fromStdString(summary->description);
        case Qt::AccessibleDescriptionRole:
            return tr("%n lesson(s), %1 complete", nullptr, int(summary->lessonCount))
                .arg(QLocale().toString(local.progress * 100.0, 'f', 0) + QLatin1Char('%'));
        case CourseIdRole:
            return QString::fromStdString(summary->courseId.toString());
        case EnrolledRole:
            return summary->enrolled;
        case LessonCountRole:
            return static_cast<int>(summary->lessonCount);
        case SizeBytesRole:
            return static_cast<qulonglong>(summary->totalBytes);
        case DownloadStateRole:
            return static_cast<int>(local.download);
        case DownloadFractionRole:
            return local.downloadFraction;
        case ProgressRole:
            return local.progress;
        default:
            return {};
    }
}

QHash<int, QByteArray> CatalogModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert(CourseIdRole, "courseId");
    names.insert(DescriptionRole, "description");
    names.insert(EnrolledRole, "enrolled");
    names.insert(ProgressRole, "progress");
    return names;
}

}  // namespace satchel::ui
