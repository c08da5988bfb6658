#include "satchel/client/download_manager.h"

#include <unistd.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QPointer>
#include <QStorageInfo>
#include <algorithm>
#include <cmath>

#include "download_part.h"
#include "download_writer.h"

namespace satchel::client {

QString toString(DownloadError::Kind kind) {
    switch (kind) {
        case DownloadError::Kind::Network:
            return QStringLiteral("network");
        case DownloadError::Kind::Disk:
            return QStringLiteral("disk");
        case DownloadError::Kind::NoSpace:
            return QStringLiteral("no_space");
        case DownloadError::Kind::Mismatch:
            return QStringLiteral("mismatch");
        case DownloadError::Kind::UrlUnavailable:
            return QStringLiteral("url_unavailable");
    }
    return QStringLiteral("unknown");
}

namespace {
constexpr int kMaxUrlRefreshes = 3;  // 403s in a row before the URL counts as unusable
// Received bytes wait in a ChunkWriter chunk until it is full, so that the part gets large
// direct writes (PartWriter), but never longer than this once the reply has paused: a slow or
// throttled transfer still reaches the disk several times a second.
constexpr qint64 kMaxHoldMs = 100;
// The most copied out of Qt's buffer (and hashed) at once: the piece is hashed right after the
// copy, while it is still in this core's L2 cache. Measured with bench/client-download: 256 KiB
// more than doubled the throughput against 1 MiB; 32 KiB was slower again (calls per byte).
constexpr qint64 kPiece = 256 * 1024;
// Qt's buffer per reply: bounds memory when the disk is slower than the network. Measured
// with bench/client-download: 1 MiB halves the throughput of QNetworkAccessManager's HTTP
// thread against a fast local server (it stalls every time the buffer fills); 8 MiB is as fast
// as an unbounded buffer.
constexpr qint64 kReplyBuffer = 8 * 1024 * 1024;
}  // namespace

struct DownloadManager::Job {
    DownloadRequest request;
    QString partPath;
    download::PartWriter part;
    std::shared_ptr<Sha256> hash;  // of every byte received for the part (hashed on arrival)
    // Writes `part` off this thread while the part is open (after `part`: destroyed first).
    std::unique_ptr<download::ChunkWriter> writer;
    qint64 onDisk = 0;  // bytes in the part, or handed to `writer` for it
    // Received bytes not yet handed to `writer`: its buffer() holds them from pendingStart (the
    // part's size modulo the direct-I/O alignment, so that whole blocks stay aligned on disk and
    // in memory).
    std::size_t pendingStart = 0;
    std::size_t pending = 0;
    QElapsedTimer pendingSince;
    QString etag;
    QUrl url;
    QPointer<QNetworkReply> reply;
    bool running = false;
    bool headersSeen = false;
    bool mismatchRetried = false;
    bool checkStored = false;  // verifyStored and a copy was in the store when enqueued
    int urlRefreshes = 0;
    quint64 generation = 0;  // bumped on every stop: stale callbacks compare and return
};

DownloadManager::DownloadManager(QString contentStore, UrlProvider provider, QObject* parent)
    : QObject(parent), store_(std::move(contentStore)), provider_(std::move(provider)) {
    refill_.setSingleShot(true);
    refill_.setInterval(50);
    connect(&refill_, &QTimer::timeout, this, [this] {
        // Over a copy: pump() may finish or fail the job, and retire() then erases it from
        // jobs_. Iterating jobs_ itself left `job` referring to the erased slot, so the rest of
        // pump() wrote through a freed Job (heap corruption in ui_student_app_test, issue #9).
        const auto throttled = jobs_.values();
        for (const auto& job : throttled)
            if (job->running && job->reply)
                pump(job);
    });
    bucketClock_.start();
    progressClock_.start();
    QDir().mkpath(QDir(store_).filePath(QStringLiteral("partial")));
    QDir().mkpath(QDir(store_).filePath(QStringLiteral("sha256")));
}

DownloadManager::~DownloadManager() {
    for (const auto& job : jobs_)
        stopTransfer(job);
}

QString DownloadManager::finalPath(const QString& sha256) const {
    return QDir(store_).filePath(QStringLiteral("sha256/") + sha256);
}
QString DownloadManager::partPath(const QString& sha256) const {
    return QDir(store_).filePath(QStringLiteral("partial/") + sha256 + QStringLiteral(".part"));
}

void DownloadManager::setConcurrency(int maxParallel) {
    maxParallel_ = std::max(1, maxParallel);
    schedule();
}

void DownloadManager::setBandwidthLimit(qint64 bytesPerSecond) {
    bytesPerSecond_ = std::max<qint64>(0, bytesPerSecond);
    tokens_ = 0;
    bucketClock_.restart();
}

bool DownloadManager::idle() const {
    return jobs_.isEmpty();
}

void DownloadManager::enqueue(const DownloadRequest& request) {
    if (jobs_.contains(request.sha256))
        return;
    GroupStats& group = groups_[request.groupId];
    group.total = (group.total < 0 || request.size < 0) ? -1 : group.total + request.size;
    const bool stored = QFileInfo::exists(finalPath(request.sha256));
    if (stored && !request.verifyStored) {
        group.finishedBytes += std::max<qint64>(0, request.size);
        QMetaObject::invokeMethod(
            this, [this, request] { emit finished(request.sha256, request.groupId); },
            Qt::QueuedConnection);
        return;
    }
    auto job = std::make_shared<Job>();
    job->request = request;
    job->partPath = partPath(request.sha256);
    job->checkStored = stored;
    jobs_.insert(request.sha256, job);
    // Stable priority order: after every job of the same or a higher priority.
    auto at = std::find_if(queue_.begin(), queue_.end(), [&](const auto& queued) {
        return queued->request.priority < request.priority;
    });
    queue_.insert(at, job);
    schedule();
}

void DownloadManager::schedule() {
    int running = 0;
    for (const auto& job : jobs_)
        running += job->running ? 1 : 0;
    for (auto it = queue_.begin(); it != queue_.end() && running < maxParallel_;) {
        if (paused_.contains((*it)->request.groupId)) {
            ++it;
            continue;
        }
        auto job = *it;
        it = queue_.erase(it);
        ++running;
        start(job);
        it = queue_.begin();  // start() may have retired jobs and changed the queue
    }
}

void DownloadManager::scheduleLater() {
    // Queued: a job can end inside schedule() (e.g. no disk space); re-entering it there would
    // count running jobs twice.
    QMetaObject::invokeMethod(
        this, [this] { schedule(); }, Qt::QueuedConnection);
}

void DownloadManager::start(const std::shared_ptr<Job>& job) {
    job->running = true;
    job->headersSeen = false;
    ++job->generation;
    if (job->checkStored)
        return checkStoredCopy(job);
    startFromPart(job);
}

void DownloadManager::checkStoredCopy(const std::shared_ptr<Job>& job) {
    std::weak_ptr<Job> weak = job;
    const quint64 generation = job->generation;
    download::hashExistingAsync(
        finalPath(job->request.sha256), &hashPool_, this,
        [this, weak, generation](download::PrefixHash stored) {
            auto job = weak.lock();
            if (!job || job->generation != generation || !job->running)
                return;
            job->checkStored = false;
            const QString actual = QString::fromStdString(stored.hash->finishHex());
            if (stored.ok && actual == job->request.sha256)
                return succeed(job);
            // Damaged (or unreadable): never leave a wrong file under a verified name.
            QFile::remove(finalPath(job->request.sha256));
            emit storedCopyDamaged(job->request.sha256, job->request.groupId);
            startFromPart(job);
        });
}

void DownloadManager::startFromPart(const std::shared_ptr<Job>& job) {
    const quint64 generation = job->generation;
    const qint64 existing = QFileInfo(job->partPath).size();
    const qint64 needed = job->request.size < 0 ? 0 : job->request.size - existing;
    QStorageInfo disk(store_);
    disk.refresh();
    if (needed > 0 && disk.isValid() && disk.bytesAvailable() < needed)
        return fail(
            job,
            {DownloadError::Kind::NoSpace,
             QStringLiteral("%1 bytes needed, %2 free").arg(needed).arg(disk.bytesAvailable())});
    job->etag = download::readEtag(job->partPath);
    if (existing <= 0 || job->etag.isEmpty()) {
        // Nothing to resume from (bytes without an ETag cannot be validated with If-Range).
        download::removePart(job->partPath);
        job->hash = std::make_shared<Sha256>();
        job->onDisk = 0;
        job->etag.clear();
        return requestUrl(job);
    }
    std::weak_ptr<Job> weak = job;
    download::hashExistingAsync(job->partPath, &hashPool_, this,
                                [this, weak, generation](download::PrefixHash prefix) {
                                    auto job = weak.lock();
                                    if (!job || job->generation != generation || !job->running)
                                        return;
                                    if (!prefix.ok) {
                                        download::removePart(job->partPath);
                                        prefix.hash = std::make_shared<Sha256>();
                                        prefix.length = 0;
                                        job->etag.clear();
                                    }
                                    job->hash = prefix.hash;
                                    job->onDisk = prefix.length;
                                    requestUrl(job);
                                });
}

void DownloadManager::requestUrl(const std::shared_ptr<Job>& job) {
    std::weak_ptr<Job> weak = job;
    QPointer<DownloadManager> self(this);
    const quint64 generation = job->generation;
    provider_(job->request.sha256, job->request.groupId,
              [self, weak, generation](std::optional<QUrl> url) {
                  auto job = weak.lock();
                  if (!self || !job || job->generation != generation || !job->running)
                      return;
                  if (!url || !url->isValid())
                      return self->fail(job,
                                        {DownloadError::Kind::UrlUnavailable,
                                         QStringLiteral("no URL for %1").arg(job->request.sha256)});
                  job->url = *url;
                  self->get(job);
              });
}

void DownloadManager::get(const std::shared_ptr<Job>& job) {
    QNetworkRequest request(job->url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    if (job->onDisk > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(job->onDisk) + "-");
        request.setRawHeader("If-Range", job->etag.toUtf8());
    }
    job->headersSeen = false;
    QNetworkReply* reply = network_.get(request);
    reply->setReadBufferSize(kReplyBuffer);
    job->reply = reply;
    std::weak_ptr<Job> weak = job;
    auto onEvent = [this, weak] {
        if (auto job = weak.lock())
            pump(job);
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, onEvent);
    connect(reply, &QNetworkReply::readyRead, this, onEvent);
    connect(reply, &QNetworkReply::finished, this, onEvent);
}

void DownloadManager::onHeaders(const std::shared_ptr<Job>& job) {
    QNetworkReply* reply = job->reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return;  // no response yet (or a network error, handled when it finishes)
    job->headersSeen = true;
    if (status == 403) {
        // The signed URL expired (url_expired) or is otherwise refused: ask for a new one.
        stopTransfer(job, false);
        if (++job->urlRefreshes > kMaxUrlRefreshes)
            return fail(
                job,
                {DownloadError::Kind::Network,
                 QStringLiteral("the blob route refused %1 fresh URLs").arg(kMaxUrlRefreshes)});
        return requestUrl(job);
    }
    if (status == 416 && job->onDisk > 0) {
        // The part already holds every byte: only the verification is left.
        stopTransfer(job, false);
        return complete(job);
    }
    if (status == 206) {
        const QByteArray range = reply->rawHeader("Content-Range");
        if (!range.startsWith("bytes " + QByteArray::number(job->onDisk) + "-")) {
            stopTransfer(job);
            return restartFromZero(job);
        }
        job->writer.reset();  // never two writers on one part
        if (!job->part.open(job->partPath, false))
            return fail(job, {DownloadError::Kind::Disk, job->part.errorString()});
        job->writer = std::make_unique<download::ChunkWriter>(job->part);
        job->urlRefreshes = 0;
        return;
    }
    if (status == 200) {
        // A full body: the part's bytes (if any) are not the server's any more.
        download::removePart(job->partPath);
        job->hash = std::make_shared<Sha256>();
        job->onDisk = 0;
        job->etag = QString::fromUtf8(reply->rawHeader("ETag"));
        if (!job->etag.isEmpty() && !download::writeEtag(job->partPath, job->etag))
            return fail(job, {DownloadError::Kind::Disk, QStringLiteral("cannot write sidecar")});
        job->writer.reset();  // never two writers on one part
        if (!job->part.open(job->partPath, true))
            return fail(job, {DownloadError::Kind::Disk, job->part.errorString()});
        job->writer = std::make_unique<download::ChunkWriter>(job->part);
        job->urlRefreshes = 0;
        return;
    }
    stopTransfer(job);
    fail(job, {DownloadError::Kind::Network,
               QStringLiteral("HTTP %1 for %2").arg(status).arg(job->request.sha256)});
}

void DownloadManager::pump(const std::shared_ptr<Job>& job) {
    QNetworkReply* reply = job->reply;
    if (!reply || !job->running)
        return;
    if (!job->headersSeen) {
        if (reply->isFinished() &&
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0) {
            const QString message = reply->errorString();  // no HTTP response at all
            return fail(job, {DownloadError::Kind::Network, message});
        }
        onHeaders(job);
        if (job->reply != reply || !job->headersSeen)
            return;  // replaced, stopped or still waiting for the headers
    }
    GroupStats& group = groups_[job->request.groupId];
    bool throttled = false;
    if (!job->writer)
        job->writer = std::make_unique<download::ChunkWriter>(job->part);
    while (reply->bytesAvailable() > 0) {
        constexpr std::size_t chunk = download::ChunkWriter::kChunk;
        if (job->pending == 0)
            job->pendingStart =
                static_cast<std::size_t>(job->onDisk) % download::ChunkWriter::kAlignment;
        const qint64 room = static_cast<qint64>(chunk - job->pendingStart - job->pending);
        const qint64 allowed = takeTokens(std::min({reply->bytesAvailable(), room, kPiece}));
        if (allowed <= 0) {
            throttled = true;
            if (!refill_.isActive())
                refill_.start();
            break;
        }
        // The bytes are copied once, out of Qt's buffer into the writer's chunk; hashed there on
        // this thread and written from the same memory on the writer's thread.
        char* piece = job->writer->buffer() + job->pendingStart + job->pending;
        const qint64 got = reply->read(piece, allowed);
        if (got <= 0)
            break;
        job->hash->update(piece, static_cast<std::size_t>(got));
        if (job->pending == 0)
            job->pendingSince.start();
        job->pending += static_cast<std::size_t>(got);
        networkBytes_ += got;
        group.netBytes += got;
        if (job->pendingStart + job->pending == chunk)
            commitPending(job);
    }
    if (job->pending > 0 && (reply->isFinished() || job->pendingSince.elapsed() >= kMaxHoldMs))
        commitPending(job);
    if (job->writer->failed())
        return fail(job, {DownloadError::Kind::Disk, job->part.errorString()});
    reportProgress(false);
    if (throttled || !reply->isFinished())
        return;
    if (reply->error() != QNetworkReply::NoError) {
        const QString message = reply->errorString();
        stopTransfer(job);
        return fail(job, {DownloadError::Kind::Network, message});
    }
    stopTransfer(job);
    complete(job);
}

void DownloadManager::commitPending(const std::shared_ptr<Job>& job) {
    if (job->pending == 0 || !job->writer)
        return;
    job->writer->commit(job->pendingStart, job->pending);
    job->onDisk += static_cast<qint64>(job->pending);
    job->pending = 0;
}

void DownloadManager::complete(const std::shared_ptr<Job>& job) {
    if (job->part.isOpen()) {
        // The rename must not publish bytes still in a buffer or the cache.
        commitPending(job);
        const bool written = !job->writer || job->writer->drain();
        job->writer.reset();
        if (!written || !job->part.sync())
            return fail(job, {DownloadError::Kind::Disk, job->part.errorString()});
        job->part.close();
    }
    const QString actual = QString::fromStdString(job->hash->finishHex());
    if (actual != job->request.sha256) {
        download::removePart(job->partPath);
        if (job->mismatchRetried)
            return fail(job,
                        {DownloadError::Kind::Mismatch,
                         QStringLiteral("SHA-256 of %1 is %2").arg(job->request.sha256, actual)});
        job->mismatchRetried = true;
        return restartFromZero(job);
    }
    const QString target = finalPath(job->request.sha256);
    QFile::remove(target);  // only ever a verified copy of the same bytes
    if (!QFile::rename(job->partPath, target))
        return fail(job, {DownloadError::Kind::Disk,
                          QStringLiteral("cannot move %1 into the store").arg(job->partPath)});
    QFile::remove(download::sidecarPath(job->partPath));
    succeed(job);
}

void DownloadManager::restartFromZero(const std::shared_ptr<Job>& job) {
    closePart(job);
    download::removePart(job->partPath);
    job->hash = std::make_shared<Sha256>();
    job->onDisk = 0;
    job->etag.clear();
    if (job->url.isValid())
        get(job);  // an expired URL answers 403 and is refreshed there
    else
        requestUrl(job);
}

void DownloadManager::stopTransfer(const std::shared_ptr<Job>& job, bool abort) {
    if (job->reply) {
        QNetworkReply* reply = job->reply;
        job->reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        if (abort && !reply->isFinished()) {
            reply->abort();
            reply->deleteLater();
        } else if (reply->isFinished()) {
            reply->deleteLater();
        } else {
            // An error answer (403, 416) with a small body: let it end by itself; aborting it
            // after its headers makes Qt report the error twice.
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        }
    }
    job->headersSeen = false;
}

void DownloadManager::closePart(const std::shared_ptr<Job>& job) {
    commitPending(job);   // received bytes are kept for a resume (a failed write only loses them)
    job->writer.reset();  // writes what is queued, then stops
    job->part.close();
    job->pending = 0;
    // job->hash is re-made from the part on the next start.
}

void DownloadManager::succeed(const std::shared_ptr<Job>& job) {
    groups_[job->request.groupId].finishedBytes += std::max<qint64>(0, job->request.size);
    retire(job);
    reportProgress(true);
    emit finished(job->request.sha256, job->request.groupId);
    scheduleLater();
}

void DownloadManager::fail(const std::shared_ptr<Job>& job, DownloadError error) {
    stopTransfer(job);
    closePart(job);
    retire(job);
    emit failed(job->request.sha256, job->request.groupId, error);
    scheduleLater();
}

void DownloadManager::retire(const std::shared_ptr<Job>& job) {
    job->running = false;
    ++job->generation;
    jobs_.remove(job->request.sha256);
    queue_.erase(std::remove(queue_.begin(), queue_.end(), job), queue_.end());
}

void DownloadManager::pause(const QString& groupId) {
    paused_.insert(groupId);
    for (const auto& job : jobs_) {
        if (job->request.groupId != groupId || !job->running)
            continue;
        stopTransfer(job);  // the part and its sidecar stay: resume continues from them
        closePart(job);
        job->running = false;
        ++job->generation;
        auto at = std::find_if(queue_.begin(), queue_.end(), [&](const auto& queued) {
            return queued->request.priority < job->request.priority;
        });
        queue_.insert(at, job);
    }
    schedule();
}

void DownloadManager::resume(const QString& groupId) {
    paused_.remove(groupId);
    schedule();
}

void DownloadManager::cancel(const QString& groupId) {
    const auto all = jobs_.values();
    for (const auto& job : all) {
        if (job->request.groupId != groupId)
            continue;
        stopTransfer(job);
        closePart(job);
        retire(job);
        download::removePart(job->partPath);
    }
    groups_.remove(groupId);
    paused_.remove(groupId);
    schedule();
}

qint64 DownloadManager::takeTokens(qint64 wanted) {
    if (bytesPerSecond_ <= 0)
        return wanted;
    // Token bucket: refills at the limit, holds at most a quarter second's worth (16 KiB
    // minimum so a tiny limit still makes progress).
    const double capacity = std::max<double>(16 * 1024, bytesPerSecond_ / 4.0);
    tokens_ = std::min(capacity, tokens_ + bucketClock_.restart() * bytesPerSecond_ / 1000.0);
    const qint64 granted = std::min<qint64>(wanted, static_cast<qint64>(tokens_));
    tokens_ -= static_cast<double>(granted);
    return granted;
}

void DownloadManager::reportProgress(bool force) {
    const qint64 elapsed = progressClock_.elapsed();
    if (!force && elapsed < 250)
        return;
    progressClock_.restart();
    for (auto it = groups_.begin(); it != groups_.end(); ++it) {
        GroupStats& group = it.value();
        qint64 done = group.finishedBytes;
        for (const auto& job : jobs_)
            if (job->request.groupId == it.key())
                done += job->onDisk + static_cast<qint64>(job->pending);
        if (elapsed > 0) {
            const double instant = (group.netBytes - group.netBytesAtReport) * 1000.0 / elapsed;
            group.rate = group.rate == 0 ? instant : 0.7 * group.rate + 0.3 * instant;
        }
        group.netBytesAtReport = group.netBytes;
        const qint64 left = (group.total >= 0 && group.rate > 1)
                                ? static_cast<qint64>(std::ceil((group.total - done) / group.rate))
                                : -1;
        emit progress(it.key(), done, group.total, group.rate, left);
    }
}

}  // namespace satchel::client
