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

}  // namespace satchel::client::download
