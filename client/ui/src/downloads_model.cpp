#include "satchel/ui/downloads_model.h"

#include <QLocale>
#include <algorithm>

namespace satchel::ui {

void DownloadsModel::upsert(const Row& row) {
    const int at = rowOf(row.courseId);
    if (at >= 0) {
        rows_[std::size_t(at)] = row;
        emit dataChanged(index(at, 0), index(at, kColumns - 1));
        return;
    }
    const int end = int(rows_.size());
    beginInsertRows({}, end, end);
    rows_.push_back(row);
    endInsertRows();
}

void DownloadsModel::remove(const Uuid& courseId) {
    const int at = rowOf(courseId);
    if (at < 0)
        return;
    beginRemoveRows({}, at, at);
    rows_.erase(rows_.begin() + at);
    endRemoveRows();
}

const DownloadsModel::Row* DownloadsModel::row(const Uuid& courseId) const {
    const int at = rowOf(courseId);
    return at < 0 ? nullptr : &rows_[std::size_t(at)];
}

const DownloadsModel::Row* DownloadsModel::row(int index) const {
    return index >= 0 && index < int(rows_.size()) ? &rows_[std::size_t(index)] : nullptr;
}

int DownloadsModel::rowOf(const Uuid& courseId) const {
    const auto it = std::find_if(rows_.begin(), rows_.end(),
                                 [&](const Row& r) { return r.courseId == courseId; });
    return it == rows_.end() ? -1 : int(it - rows_.begin());
}

void DownloadsModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, kColumns - 1);
    if (!rows_.empty())
        emit dataChanged(index(0, 0), index(int(rows_.size()) - 1, kColumns - 1));
}

int DownloadsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(rows_.size());
}

int DownloadsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumns;
}

QString DownloadsModel::describe(State state) {
    switch (state) {
        case State::Queued:
            return tr("Waiting");
        case State::Downloading:
            return tr("Downloading");
        case State::Paused:
            return tr("Paused");
        case State::Downloaded:
            return tr("Available offline");
        case State::Failed:
            return tr("Failed");
    }
    return {};
}

QString DownloadsModel::formatRate(double bytesPerSecond) {
    if (bytesPerSecond <= 0)
        return QStringLiteral("–");
    return tr("%1/s").arg(QLocale().formattedDataSize(qint64(bytesPerSecond)));
}

QString DownloadsModel::formatTimeLeft(qint64 seconds) {
    if (seconds < 0)
        return QStringLiteral("–");
    if (seconds < 60)
        return tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n minute(s)", nullptr, int((seconds + 59) / 60));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QVariant DownloadsModel::data(const QModelIndex& index, int role) const {
    const Row* r = row(index.row());
    if (!r || index.column() >= kColumns)
        return {};
    const double fraction =
        r->state == State::Downloaded
            ? 1.0
            : (r->bytesTotal > 0
                   ? std::clamp(double(r->bytesDone) / double(r->bytesTotal), 0.0, 1.0)
                   : 0.0);
    if (role == CourseIdRole)
        return QString::fromStdString(r->courseId.toString());
    if (role == FractionRole)
        return fraction;
    if (role == StateRole)
        return int(r->state);
    const bool active = r->state == State::Downloading;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (Column(index.column())) {
            case CourseColumn:
                return r->title;
            case ProgressColumn:
                if (r->bytesTotal > 0)
                    return tr("%1 of %2 (%3%)")
                        .arg(QLocale().formattedDataSize(r->bytesDone),
                             QLocale().formattedDataSize(r->bytesTotal),
                             QLocale().toString(int(fraction * 100.0)));
                return QLocale().formattedDataSize(r->bytesDone);
            case RateColumn:
                return active ? formatRate(r->bytesPerSecond) : QStringLiteral("–");
            case TimeLeftColumn:
                return active ? formatTimeLeft(r->secondsLeft) : QStringLiteral("–");
            case StateColumn:
                return describe(r->state);
            case kColumns:
                break;
        }
    }
    return {};
}

QVariant DownloadsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
        case CourseColumn:
            return tr("Course");
        case ProgressColumn:
            return tr("Progress");
        case RateColumn:
            return tr("Rate");
        case TimeLeftColumn:
            return tr("Time left");
        case StateColumn:
            return tr("State");
        case kColumns:
            break;
    }
    return {};
}

}  // namespace satchel::ui
