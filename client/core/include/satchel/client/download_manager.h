#pragma once
// DownloadManager: the resumable, verified downloader of course assets into the content store.
//
// Contract:
// - Each asset is written to `<store>/partial/<sha256>.part`, with `<sha256>.part.etag` (the
//   sidecar) recording the ETag of the bytes in it. A restart (even after the app was killed)
//   resumes with `Range: bytes=<size>-` + `If-Range: <etag>`: 206 appends, 200 starts again
//   from zero, 416 means the part is already complete and is only verified.
// - The SHA-256 is computed over the whole file (an existing part is re-read once, off the UI
//   thread; new bytes are hashed as they arrive) and must match before the part is renamed
//   atomically to `<store>/sha256/<sha256>`. A file under its final name is always correct.
// - A mismatch deletes the part and retries once from zero, then fails with Kind::Mismatch.
// - A 403 from the blob route (e.g. `url_expired`) asks the UrlProvider again; it is never
//   reported as an error unless the provider keeps failing.
// - Asynchronous on the owner's thread; no nested event loops.
//
// Replaces AssetFetcher (one-shot, not resumable). The UI can switch by constructing one
// DownloadManager with a UrlProvider that wraps ApiClient::assetUrl, enqueueing each manifest
// asset with the course id as group, and listening to finished/failed/progress.

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace satchel::client {

struct DownloadError {
    enum class Kind {
        Network,         // the server or the network failed (not an expired URL)
        Disk,            // a local file could not be written, read or renamed
        NoSpace,         // not enough free disk space to start
        Mismatch,        // the SHA-256 did not match, twice
        UrlUnavailable,  // the URL provider gave no URL
    };
    Kind kind;
    QString message;  // for logs
};
QString toString(DownloadError::Kind kind);

struct DownloadRequest {
    QString sha256;    // lowercase hex; the asset's name in the content store
    qint64 size = -1;  // expected size in bytes (-1: unknown); used for the disk check
    QString groupId;   // usually the course id: pause/resume/cancel act per group
    int priority = 0;  // higher starts first; equal priorities keep queue order
    // Re-hash a copy already in the store before trusting it (off the owner's thread, as part
    // of the queue). A damaged copy is deleted, storedCopyDamaged() is emitted and the asset
    // downloaded again. Off (default): a file under its final name counts as verified.
    bool verifyStored = false;
};

class DownloadManager : public QObject {
    Q_OBJECT
public:
    // The provider answers (possibly later, on this thread) with a fresh signed URL for the
    // asset, or std::nullopt when none can be had. It is asked again whenever a URL expires.
    using UrlReply = std::function<void(std::optional<QUrl>)>;
    using UrlProvider =
        std::function<void(const QString& sha256, const QString& groupId, UrlReply reply)>;

    DownloadManager(QString contentStore, UrlProvider provider, QObject* parent = nullptr);
    ~DownloadManager() override;

    QString finalPath(const QString& sha256) const;
    QString partPath(const QString& sha256) const;

    void setConcurrency(int maxParallel);           // default 3
    void setBandwidthLimit(qint64 bytesPerSecond);  // 0 (default): unlimited

    // Queues an asset. Already in the store (and not verifyStored): `finished` is emitted at
    // once (queued). Already queued or running: nothing more happens (the first group keeps
    // it). Every enqueued asset ends in exactly one `finished` or `failed`.
    void enqueue(const DownloadRequest& request);

    void pause(const QString& groupId);  // stops its transfers, keeps the parts
    void resume(const QString& groupId);
    void cancel(const QString& groupId);  // forgets its assets and deletes their parts

    bool idle() const;  // nothing queued or running
    // Bytes of asset data received from the network since construction (resumption proof).
    qint64 networkBytes() const { return networkBytes_; }

signals:
    void finished(const QString& sha256, const QString& groupId);
    // A verifyStored check found the stored copy damaged; it was deleted and is fetched again.
    void storedCopyDamaged(const QString& sha256, const QString& groupId);
    void failed(const QString& sha256, const QString& groupId, const DownloadError& error);
    // Per group, at most ~4 times a second: bytes received (on disk, or held a moment before
    // they are written), total expected (-1 unknown), the recent rate in bytes/s and the
    // estimated seconds left (-1 unknown).
    void progress(const QString& groupId, qint64 bytesDone, qint64 bytesTotal,
                  double bytesPerSecond, qint64 secondsLeft);

private:
    struct Job;
    void schedule();
    void scheduleLater();
    void start(const std::shared_ptr<Job>& job);
    void checkStoredCopy(const std::shared_ptr<Job>& job);
    void startFromPart(const std::shared_ptr<Job>& job);
    void requestUrl(const std::shared_ptr<Job>& job);
    void get(const std::shared_ptr<Job>& job);
    void onHeaders(const std::shared_ptr<Job>& job);
    void pump(const std::shared_ptr<Job>& job);
    void complete(const std::shared_ptr<Job>& job);
    // Hands the received bytes held in the job's chunk to its writer.
    void commitPending(const std::shared_ptr<Job>& job);
    // Drops the reply (aborting it unless `abort` is false), keeps the part.
    void stopTransfer(const std::shared_ptr<Job>& job, bool abort = true);
    void closePart(const std::shared_ptr<Job>& job);
    void restartFromZero(const std::shared_ptr<Job>& job);
    void succeed(const std::shared_ptr<Job>& job);
    void fail(const std::shared_ptr<Job>& job, DownloadError error);
    void retire(const std::shared_ptr<Job>& job);
    qint64 takeTokens(qint64 wanted);
    void reportProgress(bool force);

    QString store_;
    UrlProvider provider_;
    QNetworkAccessManager network_;
    int maxParallel_ = 3;
    qint64 bytesPerSecond_ = 0;
    double tokens_ = 0;
    QElapsedTimer bucketClock_;
    QTimer refill_;  // wakes throttled transfers
    std::deque<std::shared_ptr<Job>> queue_;
    QHash<QString, std::shared_ptr<Job>> jobs_;  // queued or running, by sha256
    QSet<QString> paused_;
    qint64 networkBytes_ = 0;
    struct GroupStats {
        qint64 total = 0;          // sum of expected sizes (-1 once any is unknown)
        qint64 finishedBytes = 0;  // assets of the group already in the store
        qint64 netBytes = 0;       // received from the network
        qint64 netBytesAtReport = 0;
        double rate = 0;  // smoothed bytes/s
    };
    QHash<QString, GroupStats> groups_;
    QElapsedTimer progressClock_;
    QThreadPool hashPool_;  // last: destroyed first, waiting for hashes that post to `this`
};

}  // namespace satchel::client
