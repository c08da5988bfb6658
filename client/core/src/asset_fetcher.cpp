#include "satchel/client/asset_fetcher.h"

#include <QDir>
#include <QNetworkReply>

namespace satchel::client {

AssetFetcher::AssetFetcher(QString directory, QObject* parent)
    : QObject(parent), directory_(std::move(directory)) {}

QString AssetFetcher::pathFor(const QString& sha256) const {
    return QDir(directory_).filePath(sha256);
}

void AssetFetcher::fetch(const QUrl& url, const QString& sha256,
                         std::function<void(qint64, qint64)> progress, Done done) {
    struct State {
        QFile file;
        QCryptographicHash hash{QCryptographicHash::Sha256};
        bool failed = false;
        FetchError error{FetchError::Kind::Disk, {}};
    };
    auto state = std::make_shared<State>();
    const QString finalPath = pathFor(sha256);
    QDir().mkpath(directory_);
    state->file.setFileName(finalPath + QStringLiteral(".part"));
    if (!state->file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        done(false, {FetchError::Kind::Disk, state->file.errorString()});
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = network_.get(request);
    reply->setReadBufferSize(256 * 1024);
    connect(reply, &QNetworkReply::readyRead, this, [reply, state] {
        const QByteArray chunk = reply->readAll();
        state->hash.addData(chunk);
        if (!state->failed && state->file.write(chunk) != chunk.size()) {
            state->failed = true;
            state->error = {FetchError::Kind::Disk, state->file.errorString()};
            reply->abort();
        }
    });
    if (progress)
        connect(reply, &QNetworkReply::downloadProgress, this, progress);
    connect(reply, &QNetworkReply::finished, this,
            [reply, state, finalPath, sha256, done = std::move(done)] {
                reply->deleteLater();
                const QByteArray rest = reply->readAll();
                state->hash.addData(rest);
                state->file.write(rest);
                state->file.close();
                auto failWith = [&](FetchError error) {
                    state->file.remove();
                    done(false, error);
                };
                if (state->failed)
                    return failWith(state->error);
                if (reply->error() == QNetworkReply::OperationCanceledError)
                    return failWith({FetchError::Kind::Cancelled, reply->errorString()});
                if (reply->error() != QNetworkReply::NoError)
                    return failWith({FetchError::Kind::Network, reply->errorString()});
                if (QString::fromLatin1(state->hash.result().toHex()) != sha256)
                    return failWith({FetchError::Kind::Mismatch,
                                     QStringLiteral("SHA-256 mismatch for %1").arg(sha256)});
                QFile::remove(finalPath);
                if (!state->file.rename(finalPath))
                    return failWith({FetchError::Kind::Disk, state->file.errorString()});
                done(true, {});
            });
}

void AssetFetcher::cancelAll() {
    for (QNetworkReply* reply : network_.findChildren<QNetworkReply*>())
        reply->abort();
}

}  // namespace satchel::client
