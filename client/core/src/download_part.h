#pragma once
// The on-disk half of DownloadManager: the `.part` file's ETag sidecar, and hashing the bytes
// already in a part off the calling thread (a part can be gigabytes; the UI thread must not
// read it).

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <functional>
#include <memory>

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

}  // namespace satchel::client::download
