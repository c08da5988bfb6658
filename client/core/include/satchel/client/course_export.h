#pragma once
// CourseExporter: writes one published course version to a `.satchel` file (shared's archive
// format, docs/protocol.md) — what a school with no connection hands over on a USB stick.
//
// Contract:
// - start() fetches the version's manifest (ApiClient), then every asset it names through a
//   DownloadManager into `contentStore` (resumable; SHA-256 verified before an asset counts as
//   present; assets already in the store are not fetched again), then writes the archive on a
//   worker thread with shared's writeCourseArchive, which hashes every asset again while it
//   writes and replaces `archivePath` atomically. A failed or cancelled export leaves no
//   archive behind (an existing file at archivePath is untouched unless the export succeeds).
// - Exactly one of finished() or failed() follows each start(). One export at a time: start()
//   while running() fails at once with Kind::Busy.
// - Asynchronous on the owner's thread (which needs an event loop); never blocks it. The
//   destructor waits for an archive write in progress.
// - The caller must be allowed to download the version: its owner, an admin, or enrolled.

#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>
#include <optional>

#include "satchel/client/api_client.h"
#include "satchel/client/download_manager.h"
#include "satchel/model/course.h"

namespace satchel::client {

struct ExportError {
    enum class Kind {
        Busy,       // another export is running
        Server,     // the manifest or an asset URL was refused or unreachable (see `api`)
        Download,   // an asset could not be downloaded or did not match its SHA-256
        Write,      // the archive could not be written (disk full, no permission, ...)
        Cancelled,  // cancel() was called
    };
    Kind kind = Kind::Server;
    std::optional<ApiError> api;  // Server (and Download when the URL was refused)
    QString message;              // for logs; never shown raw to the user
};

class CourseExporter : public QObject {
    Q_OBJECT
public:
    enum class Stage { Manifest, Downloading, Writing };
    Q_ENUM(Stage)

    // `api` must outlive this object. `contentStore` is the DownloadManager layout
    // (<store>/sha256/<sha256>), shared with whatever else downloads into it.
    CourseExporter(ApiClient& api, QString contentStore, QObject* parent = nullptr);
    ~CourseExporter() override;

    void start(const Uuid& courseId, std::uint32_t version, const QString& archivePath);
    void cancel();
    bool running() const { return running_; }

signals:
    // Downloading: bytes in the store of the version's total. Manifest and Writing: done and
    // total are 0 (no measure; show a busy indicator).
    void progress(satchel::client::CourseExporter::Stage stage, qint64 done, qint64 total);
    void finished(const QString& archivePath, const satchel::CourseManifest& manifest);
    void failed(const satchel::client::ExportError& error);

private:
    void manifestArrived(ApiResult<CourseManifest> manifest);
    void assetFinished(const QString& sha256, const QString& group);
    void assetFailed(const QString& sha256, const QString& group, const DownloadError& error);
    void writeArchive();
    void writeDone(quint64 generation, const std::optional<QString>& error);
    void stop(ExportError error);

    ApiClient& api_;
    DownloadManager downloads_;
    bool running_ = false;
    bool writing_ = false;
    bool cancelRequested_ = false;
    quint64 generation_ = 0;  // tells this run's callbacks from a cancelled run's
    Uuid courseId_;
    std::uint32_t version_ = 0;
    QString archivePath_;
    QString group_;
    CourseManifest manifest_;
    QSet<QString> missing_;             // assets not yet in the store
    std::optional<ApiError> urlError_;  // the latest refusal of an asset URL
    QThreadPool writer_;                // last: destroyed first, waiting for a write
};

}  // namespace satchel::client

Q_DECLARE_METATYPE(satchel::client::ExportError)
Q_DECLARE_METATYPE(satchel::CourseManifest)
