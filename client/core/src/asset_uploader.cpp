#include "satchel/client/asset_uploader.h"

#include <QBuffer>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <algorithm>

#include "file_range_device.h"
#include "satchel/client/api_client.h"
#include "satchel/protocol/codec.h"

namespace satchel::client {
namespace {

QByteArray utf8(const std::string& s) {
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

PublishError apiError(const ApiError& api, const std::string& sha256) {
    PublishError e;
    e.kind = PublishError::Kind::Api;
    e.api = api;
    e.sha256 = sha256;
    e.message = api.message;
    return e;
}

}  // namespace

AssetUploader::AssetUploader(ApiClient& api, QNetworkAccessManager& network, AssetSource asset,
                             std::optional<PendingUpload> resume, QObject* parent)
    : QObject(parent),
      api_(api),
      network_(network),
      asset_(std::move(asset)),
      resume_(std::move(resume)) {}

AssetUploader::~AssetUploader() {
    if (current_)
        current_->abort();
}

void AssetUploader::start() {
    const AssetUploadRequest request{asset_.sha256, asset_.size, asset_.mediaType};
    api_.authenticatedRequest(
        "POST", QStringLiteral("/api/v1/assets/uploads"), utf8(encode(request)), this,
        [this](ApiResult<QByteArray> raw) {
            if (done_)
                return;
            if (!raw) {
                finish(apiError(raw.error(), asset_.sha256));
                return;
            }
            auto answer = decode<AssetUploadResponse>(
                {raw->constData(), static_cast<std::size_t>(raw->size())});
            if (!answer) {
                finish(apiError(ApiError{ApiError::Kind::Protocol,
                                         200,
                                         {},
                                         QString::fromStdString(answer.error().describe())},
                                asset_.sha256));
                return;
            }
            prepared(*answer);
        });
}

void AssetUploader::cancel() {
    if (done_)
        return;
    if (current_)
        current_->abort();
    PublishError e;
    e.kind = PublishError::Kind::Canceled;
    e.sha256 = asset_.sha256;
    finish(e);
}

void AssetUploader::prepared(const AssetUploadResponse& answer) {
    answer_ = answer;
    if (answer.alreadyPresent) {
        alreadyPresent_ = true;
        confirmed_ = static_cast<qint64>(asset_.size);
        emit progress(confirmed_, confirmed_);
        finish(std::nullopt);
        return;
    }
    if (!answer.uploadUrl.empty()) {
        putWhole();
        return;
    }
    if (answer.partUrls.empty() || answer.partSize == 0) {
        finish(apiError(ApiError{ApiError::Kind::Protocol,
                                 200,
                                 {},
                                 QStringLiteral("upload answer has neither a URL nor parts")},
                        asset_.sha256));
        return;
    }
    // The server resumed the upload we began before: its stored parts count as sent.
    if (resume_ && resume_->uploadId == answer.uploadId) {
        for (const UploadedPart& part : resume_->parts) {
            if (part.number == 0 || part.number > answer.partUrls.size())
                continue;
            parts_.push_back(part);
            confirmed_ += partLength(part.number - 1);
        }
        emit progress(confirmed_, static_cast<qint64>(asset_.size));
    }
    putPart(0, 1);
}

qint64 AssetUploader::partLength(std::size_t index) const {
    const qint64 offset = static_cast<qint64>(index * answer_.partSize);
    return std::min<qint64>(static_cast<qint64>(answer_.partSize),
                            static_cast<qint64>(asset_.size) - offset);
}

bool AssetUploader::hasPart(std::size_t index) const {
    for (const UploadedPart& part : parts_)
        if (part.number == index + 1)
            return true;
    return false;
}

QNetworkReply* AssetUploader::put(const QString& url, QIODevice* body, qint64 base) {
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
    for (const auto& [name, value] : answer_.headers)
        request.setRawHeader(utf8(name), utf8(value));
    QNetworkReply* reply = network_.put(request, body);
    body->setParent(reply);
    current_ = reply;
    connect(reply, &QNetworkReply::uploadProgress, this, [this, base](qint64 sent, qint64) {
        emit progress(base + sent, static_cast<qint64>(asset_.size));
    });
    return reply;
}

void AssetUploader::putWhole() {
    QIODevice* body = nullptr;
    if (asset_.localPath.empty()) {
        auto* buffer = new QBuffer;
        buffer->setData(utf8(asset_.bytes));
        buffer->open(QIODevice::ReadOnly);
        body = buffer;
    } else {
        auto* file = new detail::FileRangeDevice(QString::fromStdString(asset_.localPath), 0,
                                                 static_cast<qint64>(asset_.size));
        if (!file->openRange()) {
            PublishError e{PublishError::Kind::FileRead, {}, {}, 0, asset_.sha256,
                           file->errorString()};
            delete file;
            finish(e);
            return;
        }
        body = file;
    }
    QNetworkReply* reply = put(QString::fromStdString(answer_.uploadUrl), body, 0);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (done_)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status / 100 != 2) {
            finish(PublishError{
                PublishError::Kind::Upload, {}, {}, status, asset_.sha256, reply->errorString()});
            return;
        }
        ++partsSent_;
        confirmed_ = static_cast<qint64>(asset_.size);
        emit progress(confirmed_, confirmed_);
        finish(std::nullopt);
    });
}

void AssetUploader::putPart(std::size_t index, int attempt) {
    while (index < answer_.partUrls.size() && hasPart(index))
        ++index;
    if (index == answer_.partUrls.size()) {
        complete();
        return;
    }
    const qint64 offset = static_cast<qint64>(index * answer_.partSize);
    const qint64 length = partLength(index);
    QIODevice* body = nullptr;
    if (asset_.localPath.empty()) {
        auto* buffer = new QBuffer;
        buffer->setData(utf8(asset_.bytes.substr(static_cast<std::size_t>(offset),
                                                 static_cast<std::size_t>(length))));
        buffer->open(QIODevice::ReadOnly);
        body = buffer;
    } else {
        auto* file =
            new detail::FileRangeDevice(QString::fromStdString(asset_.localPath), offset, length);
        if (!file->openRange()) {
            PublishError e{PublishError::Kind::FileRead, {}, {}, 0, asset_.sha256,
                           file->errorString()};
            delete file;
            finish(e);
            return;
        }
        body = file;
    }
    QNetworkReply* reply = put(QString::fromStdString(answer_.partUrls[index]), body, confirmed_);
    connect(reply, &QNetworkReply::finished, this, [this, reply, index, attempt, length] {
        reply->deleteLater();
        if (done_)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool ok = reply->error() == QNetworkReply::NoError && status / 100 == 2;
        if (!ok) {
            // A lost part is sent again on its own; the parts before it stay where they are.
            const bool transient = status == 0 || status >= 500 || status == 408 || status == 429;
            if (transient && attempt < kPartAttempts) {
                putPart(index, attempt + 1);
                return;
            }
            finish(PublishError{
                PublishError::Kind::Upload,
                {},
                {},
                status,
                asset_.sha256,
                QStringLiteral("part %1: %2").arg(index + 1).arg(reply->errorString())});
            return;
        }
        const UploadedPart stored{static_cast<std::uint32_t>(index + 1),
                                  reply->rawHeader("ETag").toStdString()};
        parts_.push_back(stored);
        ++partsSent_;
        confirmed_ += length;
        emit progress(confirmed_, static_cast<qint64>(asset_.size));
        emit partStored(QString::fromStdString(asset_.sha256),
                        QString::fromStdString(answer_.uploadId), stored.number,
                        QString::fromStdString(stored.etag));
        if (done_)  // canceled by a receiver of the signals above
            return;
        putPart(index + 1, 1);
    });
}

void AssetUploader::complete() {
    std::sort(parts_.begin(), parts_.end(),
              [](const UploadedPart& a, const UploadedPart& b) { return a.number < b.number; });
    const CompleteUploadRequest request{asset_.sha256, answer_.uploadId, parts_};
    api_.authenticatedRequest("POST", QStringLiteral("/api/v1/assets/uploads/complete"),
                              utf8(encode(request)), this, [this](ApiResult<QByteArray> raw) {
                                  if (done_)
                                      return;
                                  if (!raw) {
                                      finish(apiError(raw.error(), asset_.sha256));
                                      return;
                                  }
                                  finish(std::nullopt);
                              });
}

void AssetUploader::finish(std::optional<PublishError> error) {
    if (done_)
        return;
    done_ = true;
    error_ = std::move(error);
    emit finished();
}

}  // namespace satchel::client
