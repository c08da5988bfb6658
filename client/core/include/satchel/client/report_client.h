#pragma once
// ReportClient: the instructor's progress report over ApiClient. Only the course's owner or
// an admin may read it; anyone else gets ApiError::Kind::Forbidden (the server's 403), and a
// course that does not exist NotFound. Asynchronous with ApiClient's contract: `done` runs
// once on `context`'s thread unless `context` goes first.

#include <QByteArray>

#include "satchel/client/api_client.h"
#include "satchel/client/course_report.h"

namespace satchel::client {

class ReportClient {
public:
    explicit ReportClient(ApiClient& api) : api_(api) {}

    // The report as JSON, decoded; an answer that does not decode is Kind::Protocol.
    void fetchReport(const Uuid& courseId, const QObject* context,
                     ApiClient::Callback<CourseReport> done);
    // The server's own CSV rendering of the same report, as bytes (UTF-8).
    void fetchCsv(const Uuid& courseId, const QObject* context,
                  ApiClient::Callback<QByteArray> done);

private:
    ApiClient& api_;
};

}  // namespace satchel::client
