#include "download_part.h"

#include <QFile>
#include <QMetaObject>
#include <QSaveFile>
#include <QThreadPool>
#include <cstdlib>
#include <new>
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

void ChunkWriter::AlignedFree::operator()(char* memory) const {
    std::free(memory);
}

ChunkWriter::ChunkWriter(PartWriter& part) : part_(part) {
    static_assert(kChunk % kAlignment == 0);
    for (int i = 0; i < kBuffers; ++i) {
        auto* memory = static_cast<char*>(std::aligned_alloc(kAlignment, kChunk));
        if (memory == nullptr)
            throw std::bad_alloc();
        storage_.emplace_back(memory);
        free_.push_back(i);
    }
    thread_ = std::thread([this] { run(); });
}

ChunkWriter::~ChunkWriter() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    thread_.join();
}

char* ChunkWriter::buffer() {
    if (current_ < 0) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [this] { return !free_.empty(); });
        current_ = free_.front();
        free_.pop_front();
    }
    return storage_[static_cast<std::size_t>(current_)].get();
}

void ChunkWriter::commit(std::size_t offset, std::size_t size) {
    if (current_ < 0)
        return;
    {
        std::lock_guard lock(mutex_);
        if (size > 0 && !failed_)
            queued_.push_back({current_, offset, size});
        else
            free_.push_back(current_);
        current_ = -1;
    }
    changed_.notify_all();
}

bool ChunkWriter::drain() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return queued_.empty() && !writing_; });
    return !failed_;
}

bool ChunkWriter::failed() {
    std::lock_guard lock(mutex_);
    return failed_;
}

void ChunkWriter::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        changed_.wait(lock, [this] { return stopping_ || !queued_.empty(); });
        if (queued_.empty())
            return;  // stopping, and everything committed is written
        const Piece piece = queued_.front();
        queued_.pop_front();
        writing_ = true;
        lock.unlock();
        const bool ok = part_.append(
            storage_[static_cast<std::size_t>(piece.index)].get() + piece.offset, piece.size);
        lock.lock();
        writing_ = false;
        if (!ok) {
            failed_ = true;  // what is still queued would leave a hole: dropped
            for (const Piece& dropped : queued_)
                free_.push_back(dropped.index);
            queued_.clear();
        }
        free_.push_back(piece.index);
        changed_.notify_all();
    }
}

}  // namespace satchel::client::download
