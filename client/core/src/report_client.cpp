#include "satchel/client/report_client.h"

namespace satchel::client {
namespace {
QString coursePath(const Uuid& courseId, const char* tail) {
    return QStringLiteral("/api/v1/courses/%1/%2")
        .arg(QString::fromStdString(courseId.toString()), QLatin1String(tail));
}
}  // namespace

void ReportClient::fetchReport(const Uuid& courseId, const QObject* context,
                               ApiClient::Callback<CourseReport> done) {
    api_.authenticatedRequest(
        "GET", coursePath(courseId, "progress"), {}, context,
        [done = std::move(done)](ApiResult<QByteArray> body) {
            if (!body) {
                done(fail(body.error()));
                return;
            }
            auto report = parseCourseReport(
                std::string_view(body->constData(), static_cast<std::size_t>(body->size())));
            if (!report) {
                done(fail(ApiError{
                    ApiError::Kind::Protocol,
                    200,
                    {},
                    QString::fromStdString(report.error().where + ": " + report.error().message)}));
                return;
            }
            done(std::move(*report));
        });
}

void ReportClient::fetchCsv(const Uuid& courseId, const QObject* context,
                            ApiClient::Callback<QByteArray> done) {
    api_.authenticatedRequest("GET", coursePath(courseId, "progress.csv"), {}, context,
                              std::move(done));
}

}  // namespace satchel::client
