#pragma once
// AssetUploader: puts one asset on the server by issue 6's upload flow, as a job object.
//
//  1. POST /api/v1/assets/uploads {sha256, size, mediaType}: the server answers "already
//     present" (dedup: nothing is sent), a presigned PUT URL, or a multipart upload (part
//     size and one presigned URL per part).
//  2. The bytes go straight to object storage (never through the API): one PUT, or one PUT
//     per part streamed from the file.
//  3. Multipart: POST /api/v1/assets/uploads/complete with each part's ETag; the server
//     verifies size and SHA-256 there (single PUTs are verified when the version is published).
//
// Resume: a part whose PUT fails is sent again (up to kPartAttempts times). Across attempts,
// partStored() reports each stored part; given back as `resume`, those parts are skipped when
// the server answers with the same upload id (it keeps an open upload for the asset). The byte
// counts in progress() only grow. Contract: start() once; finished() is emitted exactly once (also
// after cancel()), with error() set on failure. Lives on a thread with an event loop; nothing here
// blocks.

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <optional>

#include "satchel/client/draft_manifest.h"
#include "satchel/client/draft_model.h"
#include "satchel/client/publish_error.h"
#include "satchel/protocol/messages.h"

class QNetworkReply;

namespace satchel::client {

class ApiClient;

class AssetUploader : public QObject {
    Q_OBJECT
public:
    static constexpr int kPartAttempts = 3;

    // `resume`: the parts of an earlier, unfinished multipart upload of this asset; those the
    // server still holds under the same upload id are not sent again.
    AssetUploader(ApiClient& api, QNetworkAccessManager& network, AssetSource asset,
                  std::optional<PendingUpload> resume = std::nullopt, QObject* parent = nullptr);
    ~AssetUploader() override;

    void start();
    void cancel();
    const std::optional<PublishError>& error() const { return error_; }
    bool wasAlreadyPresent() const { return alreadyPresent_; }
    const AssetSource& asset() const { return asset_; }
    int partsSent() const { return partsSent_; }

signals:
    void progress(qint64 sentBytes, qint64 totalBytes);
    // One part of a multipart upload is stored: worth remembering to resume after a failure.
    void partStored(const QString& sha256, const QString& uploadId, quint32 number,
                    const QString& etag);
    void finished();

private:
    void prepared(const AssetUploadResponse& answer);
    void putWhole();
    void putPart(std::size_t index, int attempt);
    void complete();
    qint64 partLength(std::size_t index) const;
    bool hasPart(std::size_t index) const;  // already stored (this attempt or resumed)
    // Starts a PUT of `body` (which it takes ownership of) and calls `done` with the reply.
    QNetworkReply* put(const QString& url, QIODevice* body, qint64 base);
    void finish(std::optional<PublishError> error);

    ApiClient& api_;
    QNetworkAccessManager& network_;
    AssetSource asset_;
    AssetUploadResponse answer_;
    std::optional<PendingUpload> resume_;
    std::vector<UploadedPart> parts_;
    QPointer<QNetworkReply> current_;
    qint64 confirmed_ = 0;  // bytes of parts (or the whole) the store accepted
    int partsSent_ = 0;
    bool alreadyPresent_ = false;
    bool done_ = false;
    std::optional<PublishError> error_;
};

}  // namespace satchel::client
