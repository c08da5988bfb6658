#pragma once
// ReportCsvWriter: saves a CourseReport as CSV (courseReportCsv) to a file on a worker
// thread, replacing the file atomically (QSaveFile): the UI thread never waits on the disk.
// One of written() or failed() follows each save(), on the owner's thread. The destructor
// waits for a save in progress.

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <optional>

#include "satchel/client/course_report.h"

namespace satchel::client {

class ReportCsvWriter : public QObject {
    Q_OBJECT
public:
    explicit ReportCsvWriter(QObject* parent = nullptr);
    ~ReportCsvWriter() override;

    // With `moduleId`, only that module's lessons (see courseReportCsv).
    void save(const QString& path, CourseReport report, std::optional<Uuid> moduleId);

signals:
    void written(const QString& path);
    void failed(const QString& path, const QString& message);  // message: for logs

private:
    QThreadPool pool_;  // last: destroyed first, waiting for a save that posts to `this`
};

}  // namespace satchel::client
