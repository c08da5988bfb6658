#pragma once
// The on-disk half of DownloadManager: the `.part` file's ETag sidecar, and hashing the bytes
// already in a part off the calling thread (a part can be gigabytes; the UI thread must not
// read it).

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include "satchel/hash.h"

namespace satchel::client::download {

QString sidecarPath(const QString& partPath);
// The ETag recorded for the bytes in the part; empty when there is none.
QString readEtag(const QString& partPath);
// Replaces the sidecar atomically (QSaveFile). False on a disk error.
bool writeEtag(const QString& partPath, const QString& etag);
// Deletes the part and its sidecar.
void removePart(const QString& partPath);

struct PrefixHash {
    std::shared_ptr<Sha256> hash;  // state after `length` bytes (OpenSSL: SHA-NI where present)
    qint64 length = 0;
    bool ok = false;  // false: the part could not be read
};
// Hashes the whole existing file on `pool` and calls `done` on `context`'s thread. The pool
// must not outlive `context` (its destructor waits for the task), so the call is always safe.
void hashExistingAsync(const QString& path, QThreadPool* pool, QObject* context,
                       std::function<void(PrefixHash)> done);

// Hashes the bytes of one transfer on its own thread, in order, so that SHA-256 (as costly as
// the disk write, measured by bench/client-download) runs beside the owner's read + write
// instead of after it. The owner fills buffer(), writes it, then commit()s it; the buffers are
// preallocated and recycled, so no chunk is allocated or copied again. buffer() waits only
// while every buffer is still queued (the hasher is at most kBuffers chunks behind).
class StreamHasher {
public:
    static constexpr std::size_t kChunk = 256 * 1024;  // fits L2: read, write, hash stay hot
    static constexpr int kBuffers = 8;

    explicit StreamHasher(std::shared_ptr<Sha256> hash);
    ~StreamHasher();  // hashes what is queued, then joins
    StreamHasher(const StreamHasher&) = delete;
    StreamHasher& operator=(const StreamHasher&) = delete;

    const std::shared_ptr<Sha256>& hash() const { return hash_; }
    // The buffer to fill next (kChunk bytes); the same one until commit().
    char* buffer();
    // Queues the first `size` bytes of buffer() for hashing (0: just gives it back).
    void commit(std::size_t size);
    // Returns once every committed byte is in hash().
    void drain();

private:
    void run();

    std::shared_ptr<Sha256> hash_;
    std::vector<std::vector<char>> storage_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<int> free_;
    std::deque<std::pair<int, std::size_t>> queued_;
    int current_ = -1;
    bool hashing_ = false;
    bool stopping_ = false;
    std::thread thread_;  // last: started once everything above exists
};

}  // namespace satchel::client::download
