#pragma once
// DownloadService: client/core's DownloadManager on a thread of its own, so that writing,
// hashing and renaming downloaded bytes never runs on the UI thread. Every method is called on
// the UI thread and returns at once; the manager's signals arrive here queued.
//
// The manager asks for signed URLs on its thread; the service forwards each request to the
// UrlProvider on the UI thread (where ApiClient lives) and sends the answer back.
//
// The content store is `<store>/sha256/<sha256>` (DownloadManager's layout). Assets fetched by
// the earlier AssetFetcher (`<store>/<sha256>`) are moved into it by scan(), once.

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThread>
#include <functional>
#include <optional>

#include "satchel/client/download_manager.h"

namespace satchel::ui {

// What scan() found in the content store.
struct StoreContents {
    QSet<QString> present;  // sha256 of every complete asset
    qint64 bytes = 0;       // their total size, plus partial downloads
};

class DownloadService : public QObject {
    Q_OBJECT
public:
    DownloadService(QString contentStore, client::DownloadManager::UrlProvider provider,
                    QObject* parent = nullptr);
    ~DownloadService() override;  // stops every transfer (parts are kept) and joins the thread

    const QString& contentStore() const { return store_; }
    // Where a complete asset lives (whether or not it is there).
    QString finalPath(const QString& sha256) const;

    void enqueue(const client::DownloadRequest& request);
    void pause(const QString& groupId);
    void resume(const QString& groupId);
    void cancel(const QString& groupId);
    void setBandwidthLimit(qint64 bytesPerSecond);  // 0: unlimited

    // Lists the content store on the worker thread; `done` runs on `context`'s thread.
    void scan(const QObject* context, std::function<void(StoreContents)> done);

    // Reads a whole file of at most `maxBytes` on the worker thread; `done` gets nothing when
    // it is missing, larger or unreadable.
    void readFile(const QString& path, qint64 maxBytes, const QObject* context,
                  std::function<void(std::optional<QByteArray>)> done);

signals:
    void finished(const QString& sha256, const QString& groupId);
    void failed(const QString& sha256, const QString& groupId,
                const satchel::client::DownloadError& error);
    void progress(const QString& groupId, qint64 bytesDone, qint64 bytesTotal,
                  double bytesPerSecond, qint64 secondsLeft);

private:
    // Runs `task` on the worker thread with the manager.
    void post(std::function<void(client::DownloadManager&)> task);

    QString store_;
    QThread thread_;
    client::DownloadManager* manager_ = nullptr;  // lives on thread_
};

}  // namespace satchel::ui

Q_DECLARE_METATYPE(satchel::client::DownloadError)
