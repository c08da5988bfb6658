#pragma once
// CatalogModel: the courses the server offers (CourseSummary rows), with what this device
// knows about each: whether its assets are downloaded and how far the student has come.
// Filled by StudentController; read by CatalogPage through a filter proxy.

#include <QAbstractListModel>
#include <map>
#include <vector>

#include "satchel/protocol/messages.h"

namespace satchel::ui {

class CatalogModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        CourseIdRole = Qt::UserRole + 1,  // QString
        DescriptionRole,                  // QString
        EnrolledRole,                     // bool
        LessonCountRole,                  // int
        SizeBytesRole,                    // qulonglong
        DownloadStateRole,                // int (DownloadState)
        DownloadFractionRole,             // double 0..1 while downloading
        ProgressRole,                     // double 0..1: lessons completed / lessons
    };
    enum class DownloadState { NotDownloaded, Downloading, Downloaded, Failed };

    using QAbstractListModel::QAbstractListModel;

    // The server's catalog. Courses kept offline that it does not list (imported from a
    // .satchel file, or dropped by the server) stay listed after it.
    void setCourses(std::vector<CourseSummary> courses);
    // A course this device has offline; listed unless the server's catalog has it already.
    void addOfflineCourse(const CourseSummary& course);
    const CourseSummary* course(int row) const;
    const CourseSummary* course(const Uuid& id) const;
    int rowOf(const Uuid& id) const;
    void setDownloadState(const Uuid& id, DownloadState state, double fraction = 0.0);
    DownloadState downloadState(const Uuid& id) const;
    void setProgress(const Uuid& id, double fraction);
    double progress(const Uuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Local {
        DownloadState download = DownloadState::NotDownloaded;
        double downloadFraction = 0.0;
        double progress = 0.0;
    };
    void changed(const Uuid& id);

    std::vector<CourseSummary> courses_;
    std::map<Uuid, CourseSummary> offline_;  // survives catalog refreshes
    std::map<Uuid, Local> local_;            // survives catalog refreshes
};

}  // namespace satchel::ui
