#include "satchel/client/report_csv_writer.h"

#include <QSaveFile>

namespace satchel::client {

ReportCsvWriter::ReportCsvWriter(QObject* parent) : QObject(parent) {
    pool_.setMaxThreadCount(1);
}

ReportCsvWriter::~ReportCsvWriter() {
    pool_.waitForDone();
}

void ReportCsvWriter::save(const QString& path, CourseReport report, std::optional<Uuid> moduleId) {
    pool_.start([this, path, report = std::move(report), moduleId] {
        const std::string csv = courseReportCsv(report, moduleId);
        QSaveFile file(path);
        QString error;
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(csv.data(), static_cast<qint64>(csv.size())) !=
                static_cast<qint64>(csv.size()) ||
            !file.commit())
            error = file.errorString();
        QMetaObject::invokeMethod(
            this,
            [this, path, error] {
                if (error.isEmpty())
                    emit written(path);
                else
                    emit failed(path, error);
            },
            Qt::QueuedConnection);
    });
}

}  // namespace satchel::client
