#include "satchel/client/publish_job.h"

#include <QPointer>
#include <QThreadPool>
#include <nlohmann/json.hpp>

#include "satchel/client/api_client.h"
#include "satchel/client/asset_uploader.h"
#include "satchel/protocol/codec.h"

namespace satchel::client {
namespace {

QByteArray utf8(const std::string& s) {
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

PublishError fromApi(const ApiError& api) {
    PublishError e;
    e.kind = PublishError::Kind::Api;
    e.api = api;
    e.message = api.message;
    return e;
}

PublishError protocolError(const QString& message) {
    return fromApi(ApiError{ApiError::Kind::Protocol, 200, {}, message});
}

}  // namespace

PublishJob::PublishJob(ApiClient& api, CourseDraft draft, QObject* parent)
    : QObject(parent), api_(api), draft_(std::move(draft)) {}

PublishJob::~PublishJob() = default;

void PublishJob::start() {
    setStage(Stage::Checking);
    // Hashing videos takes seconds: a pool thread does it. Its answer comes back queued
    // through `relay`, an object on this thread that only the answer itself deletes (so it is
    // alive whenever the pool thread posts); the job may be gone by then, which the QPointer
    // tells on this thread.
    QPointer<PublishJob> self(this);
    auto* relay = new QObject;
    relay->moveToThread(thread());
    QThreadPool::globalInstance()->start([self, relay, draft = draft_] {
        PublishPlan plan = planPublish(draft);
        if (plan.publishable())
            verifyLocalFiles(plan, draft);
        QMetaObject::invokeMethod(
            relay,
            [self, relay, plan = std::move(plan)]() mutable {
                relay->deleteLater();
                if (self)
                    self->checked(std::move(plan));
            },
            Qt::QueuedConnection);
    });
}

bool PublishJob::cancel() {
    if (!cancelable())
        return false;
    cancelRequested_ = true;
    // The course request's answer must still be read (it may carry a new course's id).
    if (stage_ == Stage::Course)
        return true;
    if (uploader_)
        uploader_->cancel();  // aborts the PUT in flight; its finished() is ignored below
    failCanceled();
    return true;
}

void PublishJob::failCanceled() {
    PublishError e;
    e.kind = PublishError::Kind::Canceled;
    e.message = QStringLiteral("canceled at stage %1").arg(static_cast<int>(stage_));
    fail(std::move(e));
}

void PublishJob::checked(PublishPlan plan) {
    if (finished_)
        return;
    if (!plan.publishable()) {
        PublishError e;
        e.kind = PublishError::Kind::Invalid;
        e.problems = std::move(plan.problems);
        e.message = QStringLiteral("%1 problem(s) in the draft").arg(e.problems.size());
        fail(std::move(e));
        return;
    }
    plan_ = std::move(plan);
    for (const auto& asset : plan_.assets)
        totalBytes_ += static_cast<qint64>(asset.size);
    ensureCourse();
}

void PublishJob::ensureCourse() {
    setStage(Stage::Course);
    // reminderInactiveDays null: the server's default.
    const nlohmann::json body = {
        {"title", draft_.title},
        {"description", draft_.description},
        {"openEnrollment", draft_.openEnrollment},
        {"reminderInactiveDays", draft_.reminderInactiveDays
                                     ? nlohmann::json(*draft_.reminderInactiveDays)
                                     : nlohmann::json(nullptr)}};
    const bool create = !draft_.courseId.has_value();
    const QString path = create ? QStringLiteral("/api/v1/courses")
                                : QStringLiteral("/api/v1/courses/%1")
                                      .arg(QString::fromStdString(draft_.courseId->toString()));
    api_.authenticatedRequest(
        create ? "POST" : "PATCH", path, utf8(body.dump()), this,
        [this, create](ApiResult<QByteArray> raw) {
            if (finished_)
                return;
            if (!raw) {
                if (cancelRequested_)
                    failCanceled();
                else
                    fail(fromApi(raw.error()));
                return;
            }
            if (create) {
                auto json = parseJson({raw->constData(), static_cast<std::size_t>(raw->size())});
                std::optional<Uuid> id;
                if (json && json->is_object() && json->contains("id") && (*json)["id"].is_string())
                    id = Uuid::parse((*json)["id"].get<std::string>());
                if (!id) {
                    fail(protocolError(QStringLiteral("course answer without an id")));
                    return;
                }
                draft_.courseId = *id;
                emit courseCreated(*id);
            }
            if (cancelRequested_) {
                failCanceled();
                return;
            }
            plan_.manifest.courseId = *draft_.courseId;
            setStage(Stage::Uploading);
            emit progress(0, totalBytes_);
            uploadNext();
        });
}

void PublishJob::uploadNext() {
    if (nextAsset_ == plan_.assets.size()) {
        publishVersion();
        return;
    }
    const AssetSource& asset = plan_.assets[nextAsset_];
    std::optional<PendingUpload> resume;
    if (auto it = draft_.pendingUploads.find(asset.sha256); it != draft_.pendingUploads.end())
        resume = it->second;
    auto* uploader = new AssetUploader(api_, network_, asset, std::move(resume), this);
    connect(uploader, &AssetUploader::partStored, this, &PublishJob::partStored);
    uploader_ = uploader;
    connect(uploader, &AssetUploader::progress, this,
            [this](qint64 sent, qint64) { emit progress(doneBytes_ + sent, totalBytes_); });
    connect(uploader, &AssetUploader::finished, this, [this, uploader] {
        uploader->deleteLater();
        if (finished_)
            return;
        if (uploader->error()) {
            fail(*uploader->error());
            return;
        }
        if (!uploader->wasAlreadyPresent())
            ++uploaded_;
        doneBytes_ += static_cast<qint64>(uploader->asset().size);
        emit progress(doneBytes_, totalBytes_);
        ++nextAsset_;
        uploadNext();
    });
    uploader->start();
}

void PublishJob::publishVersion() {
    setStage(Stage::Publishing);
    const PublishRequest request{plan_.manifest};
    const QString path = QStringLiteral("/api/v1/courses/%1/versions")
                             .arg(QString::fromStdString(draft_.courseId->toString()));
    api_.authenticatedRequest(
        "POST", path, utf8(encode(request)), this, [this](ApiResult<QByteArray> raw) {
            if (finished_)
                return;
            if (!raw) {
                fail(fromApi(raw.error()));
                return;
            }
            auto answer =
                decode<PublishResponse>({raw->constData(), static_cast<std::size_t>(raw->size())});
            if (!answer) {
                fail(protocolError(QString::fromStdString(answer.error().describe())));
                return;
            }
            PublishedVersion out;
            out.courseId = answer->courseId;
            out.version = answer->version;
            out.manifestSha256 = answer->manifestSha256;
            out.manifest = plan_.manifest;
            out.manifest.version = answer->version;
            out.assetsUploaded = uploaded_;
            published_ = std::move(out);
            finished_ = true;
            setStage(Stage::Done);
            emit finished();
        });
}

void PublishJob::setStage(Stage stage) {
    stage_ = stage;
    emit stageChanged(stage);
}

void PublishJob::fail(PublishError error) {
    if (finished_)
        return;
    finished_ = true;
    error_ = std::move(error);
    emit finished();
}

}  // namespace satchel::client
