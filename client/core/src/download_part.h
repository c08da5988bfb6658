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

#include "download_writer.h"
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

// Writes the bytes of one transfer to its part on its own thread, in order, so that the disk
// write runs beside the owner's read + SHA-256 instead of after it. The owner fills buffer()
// (hashing each piece as it lands, while it is still in the core's cache), then commit()s it;
// the buffers are preallocated, aligned for direct I/O and recycled, so no chunk is allocated
// or copied again. buffer() waits only while every buffer is still queued (the writer is at
// most kBuffers chunks behind).
//
// Measured with bench/client-download (1 GiB, loaded 2-core machine): hashing on a thread of
// its own from 4 MiB chunks cost ~0.9 s of CPU (the chunk had left the cache), hashing each
// piece right after the owner copied it ~0.6 s; the direct writes themselves cost little CPU.
class ChunkWriter {
public:
    // Large enough that a direct write of a whole chunk runs at the disk's speed (measured with
    // dd on the benchmark machine: 256 KiB direct writes reach half of what 4 MiB ones do).
    static constexpr std::size_t kChunk = 4 * 1024 * 1024;
    static constexpr std::size_t kAlignment = PartWriter::kAlignment;
    static constexpr int kBuffers = 3;

    explicit ChunkWriter(PartWriter& part);  // `part` is open and outlives this
    ~ChunkWriter();                          // writes what is queued, then joins
    ChunkWriter(const ChunkWriter&) = delete;
    ChunkWriter& operator=(const ChunkWriter&) = delete;

    // The buffer to fill next (kChunk bytes, kAlignment-aligned); the same one until commit().
    char* buffer();
    // Queues `size` bytes of buffer() from `offset` to be appended (size 0: just gives it back).
    // After a failed write nothing more is written.
    void commit(std::size_t offset, std::size_t size);
    // Returns once every committed byte is written: true, or false after a failed write (the
    // part's errorString() says why; read it after this returns).
    bool drain();
    bool failed();  // a write has failed

private:
    struct AlignedFree {
        void operator()(char* memory) const;
    };
    struct Piece {
        int index;
        std::size_t offset;
        std::size_t size;
    };
    void run();

    PartWriter& part_;
    std::vector<std::unique_ptr<char[], AlignedFree>> storage_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<int> free_;
    std::deque<Piece> queued_;
    int current_ = -1;
    bool writing_ = false;
    bool failed_ = false;
    bool stopping_ = false;
    std::thread thread_;  // last: started once everything above exists
};

}  // namespace satchel::client::download
