#pragma once
// AssetFetcher: fetches one course asset into a content-addressed folder (<dir>/<sha256>),
// verifying its SHA-256 while it streams, so a file under its final name is always complete
// and correct. The signed URL comes from ApiClient::assetUrl. Asynchronous (QNetworkAccess-
// Manager on the caller's thread; bytes are written as they arrive, in small chunks).
//
// This is the small fetcher the student UI uses until DownloadManager (resumable, with
// bandwidth limits) replaces it.

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

namespace satchel::client {

struct FetchError {
    enum class Kind { Network, Disk, Mismatch, Cancelled };
    Kind kind;
    QString message;  // for logs
};

class AssetFetcher : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const FetchError& error)>;

    explicit AssetFetcher(QString directory, QObject* parent = nullptr);

    const QString& directory() const { return directory_; }
    // Where the asset lives once fetched (whether or not it is there yet).
    QString pathFor(const QString& sha256) const;
    // Downloads `url` into pathFor(sha256). `progress` reports bytes received and the total
    // (-1 when unknown); `done` runs once.
    void fetch(const QUrl& url, const QString& sha256, std::function<void(qint64, qint64)> progress,
               Done done);
    // Cancels every fetch in flight (their `done` reports Cancelled).
    void cancelAll();

private:
    QString directory_;
    QNetworkAccessManager network_;
};

}  // namespace satchel::client
