#include "satchel/ui/download_service.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>

namespace satchel::ui {
namespace {
bool isSha256Name(const QString& name) {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(name).hasMatch();
}

// Runs on the worker thread: moves AssetFetcher's flat files into sha256/, then lists.
StoreContents listStore(const QString& store) {
    StoreContents contents;
    QDir root(store);
    QDir().mkpath(root.filePath(QStringLiteral("sha256")));
    for (const QFileInfo& legacy : root.entryInfoList(QDir::Files)) {
        if (isSha256Name(legacy.fileName()))
            QFile::rename(legacy.filePath(),
                          root.filePath(QStringLiteral("sha256/") + legacy.fileName()));
    }
    QDir complete(root.filePath(QStringLiteral("sha256")));
    for (const QFileInfo& file : complete.entryInfoList(QDir::Files)) {
        if (!isSha256Name(file.fileName()))
            continue;
        contents.present.insert(file.fileName());
        contents.bytes += file.size();
    }
    QDir partial(root.filePath(QStringLiteral("partial")));
    for (const QFileInfo& file : partial.entryInfoList(QDir::Files))
        contents.bytes += file.size();
    return contents;
}
}  // namespace

DownloadService::DownloadService(QString contentStore,
                                 client::DownloadManager::UrlProvider provider, QObject* parent)
    : QObject(parent), store_(std::move(contentStore)) {
    qRegisterMetaType<client::DownloadError>();
    thread_.setObjectName(QStringLiteral("satchel-downloads"));
    thread_.start();
    // The manager is made on its thread (its constructor creates folders; its network access
    // manager must belong to that thread).
    auto bridge = [this, provider = std::move(provider)](const QString& sha256,
                                                         const QString& groupId,
                                                         client::DownloadManager::UrlReply reply) {
        // On the worker thread: ask on the UI thread, answer on the worker thread.
        QPointer<client::DownloadManager> manager = manager_;
        QMetaObject::invokeMethod(
            this,
            [this, provider, sha256, groupId, reply = std::move(reply), manager]() mutable {
                provider(sha256, groupId, [reply, manager](std::optional<QUrl> url) {
                    if (manager)
                        QMetaObject::invokeMethod(
                            manager.data(), [reply, url] { reply(url); }, Qt::QueuedConnection);
                });
            },
            Qt::QueuedConnection);
    };
    auto* starter = new QObject;
    starter->moveToThread(&thread_);
    QMetaObject::invokeMethod(
        starter,
        [this, starter, bridge = std::move(bridge)]() mutable {
            manager_ = new client::DownloadManager(store_, std::move(bridge));
            connect(manager_, &client::DownloadManager::finished, this, &DownloadService::finished);
            connect(manager_, &client::DownloadManager::failed, this, &DownloadService::failed);
            connect(manager_, &client::DownloadManager::progress, this, &DownloadService::progress);
            delete starter;
        },
        Qt::QueuedConnection);
}

DownloadService::~DownloadService() {
    post([](client::DownloadManager& manager) { delete &manager; });
    thread_.quit();
    thread_.wait();
}

QString DownloadService::finalPath(const QString& sha256) const {
    return QDir(store_).filePath(QStringLiteral("sha256/") + sha256);
}

void DownloadService::post(std::function<void(client::DownloadManager&)> task) {
    // Queued on the thread's event dispatcher through a throwaway receiver living there; the
    // manager is created by the first queued call, so later tasks always find it.
    auto* runner = new QObject;
    runner->moveToThread(&thread_);
    QMetaObject::invokeMethod(
        runner,
        [this, runner, task = std::move(task)] {
            if (manager_)
                task(*manager_);
            delete runner;
        },
        Qt::QueuedConnection);
}

void DownloadService::enqueue(const client::DownloadRequest& request) {
    post([request](client::DownloadManager& manager) { manager.enqueue(request); });
}

void DownloadService::pause(const QString& groupId) {
    post([groupId](client::DownloadManager& manager) { manager.pause(groupId); });
}

void DownloadService::resume(const QString& groupId) {
    post([groupId](client::DownloadManager& manager) { manager.resume(groupId); });
}

void DownloadService::cancel(const QString& groupId) {
    post([groupId](client::DownloadManager& manager) { manager.cancel(groupId); });
}

void DownloadService::setBandwidthLimit(qint64 bytesPerSecond) {
    post([bytesPerSecond](client::DownloadManager& manager) {
        manager.setBandwidthLimit(bytesPerSecond);
    });
}

void DownloadService::scan(const QObject* context, std::function<void(StoreContents)> done) {
    post([store = store_, ctx = QPointer<const QObject>(context),
          done = std::move(done)](client::DownloadManager&) mutable {
        StoreContents contents = listStore(store);
        if (ctx)
            QMetaObject::invokeMethod(
                const_cast<QObject*>(ctx.data()),
                [contents = std::move(contents), done = std::move(done)] { done(contents); },
                Qt::QueuedConnection);
    });
}

void DownloadService::readFile(const QString& path, qint64 maxBytes, const QObject* context,
                               std::function<void(std::optional<QByteArray>)> done) {
    post([path, maxBytes, ctx = QPointer<const QObject>(context),
          done = std::move(done)](client::DownloadManager&) mutable {
        std::optional<QByteArray> bytes;
        QFile file(path);
        if (file.size() <= maxBytes && file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
        if (ctx)
            QMetaObject::invokeMethod(
                const_cast<QObject*>(ctx.data()),
                [bytes = std::move(bytes), done = std::move(done)] { done(bytes); },
                Qt::QueuedConnection);
    });
}

}  // namespace satchel::ui
