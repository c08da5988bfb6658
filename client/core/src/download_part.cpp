#include "download_part.h"

#include <QFile>
#include <QMetaObject>
#include <QSaveFile>
#include <QThreadPool>
#include <vector>

namespace satchel::client::download {

QString sidecarPath(const QString& partPath) {
    return partPath + QStringLiteral(".etag");
}

QString readEtag(const QString& partPath) {
    QFile file(sidecarPath(partPath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

bool writeEtag(const QString& partPath, const QString& etag) {
    QSaveFile file(sidecarPath(partPath));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray bytes = etag.toUtf8();
    return file.write(bytes) == bytes.size() && file.commit();
}

void removePart(const QString& partPath) {
    QFile::remove(partPath);
    QFile::remove(sidecarPath(partPath));
}

void hashExistingAsync(const QString& path, QThreadPool* pool, QObject* context,
                       std::function<void(PrefixHash)> done) {
    pool->start([path, context, done = std::move(done)] {
        PrefixHash result;
        result.hash = std::make_shared<Sha256>();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            result.ok = true;
            std::vector<char> chunk(1 << 20);
            qint64 got = 0;
            while ((got = file.read(chunk.data(), static_cast<qint64>(chunk.size()))) > 0) {
                result.hash->update(chunk.data(), static_cast<std::size_t>(got));
                result.length += got;
            }
            if (got < 0 || file.error() != QFile::NoError)
                result.ok = false;
        }
        // The queued call hands the finished hash to the owner's thread; the event queue's
        // mutex orders this thread's writes before the owner reads them.
        QMetaObject::invokeMethod(
            context, [done, result] { done(result); }, Qt::QueuedConnection);
    });
}

StreamHasher::StreamHasher(std::shared_ptr<Sha256> hash)
    : hash_(std::move(hash)), storage_(kBuffers, std::vector<char>(kChunk)) {
    for (int i = 0; i < kBuffers; ++i)
        free_.push_back(i);
    thread_ = std::thread([this] { run(); });
}

StreamHasher::~StreamHasher() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    thread_.join();
}

char* StreamHasher::buffer() {
    if (current_ < 0) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [this] { return !free_.empty(); });
        current_ = free_.front();
        free_.pop_front();
    }
    return storage_[static_cast<std::size_t>(current_)].data();
}

void StreamHasher::commit(std::size_t size) {
    if (current_ < 0)
        return;
    {
        std::lock_guard lock(mutex_);
        if (size > 0)
            queued_.emplace_back(current_, size);
        else
            free_.push_back(current_);
        current_ = -1;
    }
    changed_.notify_all();
}

void StreamHasher::drain() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return queued_.empty() && !hashing_; });
}

void StreamHasher::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        changed_.wait(lock, [this] { return stopping_ || !queued_.empty(); });
        if (queued_.empty())
            return;  // stopping, and everything committed is hashed
        const auto [index, size] = queued_.front();
        queued_.pop_front();
        hashing_ = true;
        lock.unlock();
        hash_->update(storage_[static_cast<std::size_t>(index)].data(), size);
        lock.lock();
        hashing_ = false;
        free_.push_back(index);
        changed_.notify_all();
    }
}

}  // namespace satchel::client::download
