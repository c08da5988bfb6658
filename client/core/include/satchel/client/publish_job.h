#pragma once
// PublishJob: publishes a draft as a new immutable course version, as one job object.
//
//  Checking   planPublish() and verifyLocalFiles() on a pool thread (it re-hashes videos);
//             any problem ends the job with PublishError::Invalid listing them all.
//  Course     creates the server's course on the first publish (courseCreated() carries its
//             id at once, so a retry after a later failure does not make a second course),
//             otherwise updates its title, description and enrollment policy.
//  Uploading  every asset through AssetUploader, one after another (dedup by the server).
//  Publishing POST /api/v1/courses/{id}/versions; the server verifies every asset again.
//
// Contract: start() once; finished() exactly once; then error() or published() is set.
// Never blocks the thread it lives on (which needs an event loop).
//
// Cancel: cancel() before the Publishing stage ends the job with PublishError::Canceled and
// no new version (the version is created only by the last request). An upload in flight is
// aborted; the parts already stored were reported by partStored(), so the next publish
// resumes them. A course being created is waited for (courseCreated() still comes, so a
// later publish does not make a second course) and the job ends right after. Once the
// version is being created, cancel() refuses (returns false): the server may already have
// made it, and the job must report what happened.

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <optional>

#include "satchel/client/draft_model.h"
#include "satchel/client/publish_error.h"

namespace satchel::client {

class ApiClient;
class AssetUploader;

struct PublishedVersion {
    Uuid courseId;
    std::uint32_t version = 0;
    std::string manifestSha256;
    CourseManifest manifest;  // as sent, with version and courseId filled in
    int assetsUploaded = 0;   // assets whose bytes were sent (the others were deduplicated)
};

class PublishJob : public QObject {
    Q_OBJECT
public:
    enum class Stage { Checking, Course, Uploading, Publishing, Done };
    Q_ENUM(Stage)

    PublishJob(ApiClient& api, CourseDraft draft, QObject* parent = nullptr);
    ~PublishJob() override;

    void start();
    // True when the job will end as Canceled (at once, or after the course request answers);
    // false when it is too late (Publishing) or the job has already finished.
    bool cancel();
    // Whether cancel() would still be honoured.
    bool cancelable() const { return !finished_ && stage_ != Stage::Publishing; }
    bool cancelRequested() const { return cancelRequested_; }
    Stage stage() const { return stage_; }
    const std::optional<PublishError>& error() const { return error_; }
    const std::optional<PublishedVersion>& published() const { return published_; }

signals:
    void stageChanged(satchel::client::PublishJob::Stage stage);
    void progress(qint64 sentBytes, qint64 totalBytes);  // over all assets of the version
    void courseCreated(const satchel::Uuid& courseId);
    // A part of a multipart upload is stored (record it in the draft to resume after a failure).
    void partStored(const QString& sha256, const QString& uploadId, quint32 number,
                    const QString& etag);
    void finished();

private:
    void checked(PublishPlan plan);
    void ensureCourse();
    void uploadNext();
    void publishVersion();
    void setStage(Stage stage);
    void fail(PublishError error);
    void failCanceled();

    ApiClient& api_;
    CourseDraft draft_;
    QNetworkAccessManager network_;
    PublishPlan plan_;
    Stage stage_ = Stage::Checking;
    std::size_t nextAsset_ = 0;
    qint64 totalBytes_ = 0;
    qint64 doneBytes_ = 0;
    int uploaded_ = 0;
    QPointer<AssetUploader> uploader_;
    bool finished_ = false;
    bool cancelRequested_ = false;
    std::optional<PublishError> error_;
    std::optional<PublishedVersion> published_;
};

}  // namespace satchel::client
