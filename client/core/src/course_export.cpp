#include "satchel/client/course_export.h"

#include <QDir>
#include <QFile>
#include <filesystem>
#include <map>

#include "satchel/package.h"

namespace satchel::client {

CourseExporter::CourseExporter(ApiClient& api, QString contentStore, QObject* parent)
    : QObject(parent),
      api_(api),
      downloads_(
          std::move(contentStore),
          [this](const QString& sha256, const QString& group, DownloadManager::UrlReply reply) {
              if (group != group_) {  // a cancelled run's leftover
                  reply(std::nullopt);
                  return;
              }
              api_.assetUrl(courseId_, version_, sha256.toStdString(), this,
                            [this, reply](ApiResult<AssetUrlResponse> url) {
                                if (!url) {
                                    urlError_ = url.error();
                                    reply(std::nullopt);
                                    return;
                                }
                                reply(QUrl(QString::fromStdString(url->url)));
                            });
          },
          this) {
    qRegisterMetaType<ExportError>();
    qRegisterMetaType<CourseManifest>();
    writer_.setMaxThreadCount(1);
    connect(&downloads_, &DownloadManager::finished, this, &CourseExporter::assetFinished);
    connect(&downloads_, &DownloadManager::failed, this, &CourseExporter::assetFailed);
    connect(&downloads_, &DownloadManager::progress, this,
            [this](const QString& group, qint64 done, qint64 total, double, qint64) {
                if (running_ && group == group_ && !writing_)
                    emit progress(Stage::Downloading, done, total);
            });
}

CourseExporter::~CourseExporter() {
    writer_.waitForDone();     // the write posts to `this`; Qt drops it once we are gone
    if (running_ && writing_)  // never reported as finished: leave no archive behind
        QFile::remove(archivePath_);
}

void CourseExporter::start(const Uuid& courseId, std::uint32_t version,
                           const QString& archivePath) {
    if (running_) {
        emit failed({ExportError::Kind::Busy, {}, QStringLiteral("an export is running")});
        return;
    }
    running_ = true;
    writing_ = false;
    cancelRequested_ = false;
    ++generation_;
    courseId_ = courseId;
    version_ = version;
    archivePath_ = archivePath;
    group_ = QStringLiteral("export-%1").arg(generation_);
    manifest_ = {};
    missing_.clear();
    urlError_.reset();
    emit progress(Stage::Manifest, 0, 0);
    api_.manifest(courseId, version, this,
                  [this, generation = generation_](ApiResult<CourseManifest> manifest) {
                      if (generation == generation_ && running_)
                          manifestArrived(std::move(manifest));
                  });
}

void CourseExporter::manifestArrived(ApiResult<CourseManifest> manifest) {
    if (!manifest)
        return stop({ExportError::Kind::Server, manifest.error(), manifest.error().message});
    if (manifest->courseId != courseId_ || manifest->version != version_)
        return stop({ExportError::Kind::Server, ApiError{ApiError::Kind::Protocol, 200, {}, {}},
                     QStringLiteral("the server sent another course version's manifest")});
    manifest_ = std::move(*manifest);
    for (const Asset& asset : manifest_.assets)
        missing_.insert(QString::fromStdString(asset.sha256));
    if (missing_.isEmpty())
        return writeArchive();
    emit progress(Stage::Downloading, 0, static_cast<qint64>(manifest_.totalAssetBytes()));
    for (const Asset& asset : manifest_.assets)
        downloads_.enqueue(
            {QString::fromStdString(asset.sha256), static_cast<qint64>(asset.size), group_, 0});
}

void CourseExporter::assetFinished(const QString& sha256, const QString& group) {
    if (!running_ || group != group_ || !missing_.remove(sha256))
        return;
    if (missing_.isEmpty())
        writeArchive();
}

void CourseExporter::assetFailed(const QString& sha256, const QString& group,
                                 const DownloadError& error) {
    if (!running_ || group != group_ || !missing_.contains(sha256))
        return;
    downloads_.cancel(group_);
    if (error.kind == DownloadError::Kind::UrlUnavailable && urlError_)
        return stop({ExportError::Kind::Server, urlError_, urlError_->message});
    stop({ExportError::Kind::Download, std::nullopt,
          QStringLiteral("%1: %2 (%3)").arg(sha256, error.message, toString(error.kind))});
}

void CourseExporter::writeArchive() {
    writing_ = true;
    emit progress(Stage::Writing, 0, 0);
    // Paths are worked out here, on the owner's thread; the worker only reads files.
    std::map<std::string, std::filesystem::path> files;
    for (const Asset& asset : manifest_.assets)
        files[asset.sha256] =
            downloads_.finalPath(QString::fromStdString(asset.sha256)).toStdString();
    const std::filesystem::path target = archivePath_.toStdString();
    writer_.start(
        [this, manifest = manifest_, files = std::move(files), target, generation = generation_] {
            const auto written = writeCourseArchive(
                target, manifest,
                [&files](const std::string& sha256) -> std::optional<std::filesystem::path> {
                    const auto it = files.find(sha256);
                    if (it == files.end())
                        return std::nullopt;
                    return it->second;
                });
            std::optional<QString> error;
            if (!written)
                error = QString::fromStdString(written.error().describe());
            QMetaObject::invokeMethod(
                this, [this, generation, error] { writeDone(generation, error); },
                Qt::QueuedConnection);
        });
}

void CourseExporter::writeDone(quint64 generation, const std::optional<QString>& error) {
    if (generation != generation_ || !running_)
        return;
    writing_ = false;
    if (cancelRequested_) {
        if (!error)
            QFile::remove(archivePath_);
        return stop({ExportError::Kind::Cancelled, std::nullopt, QStringLiteral("cancelled")});
    }
    if (error)
        return stop({ExportError::Kind::Write, std::nullopt, *error});
    running_ = false;
    emit finished(archivePath_, manifest_);
}

void CourseExporter::cancel() {
    if (!running_)
        return;
    if (writing_) {  // libzip cannot be stopped midway: the file is removed once written
        cancelRequested_ = true;
        return;
    }
    downloads_.cancel(group_);
    stop({ExportError::Kind::Cancelled, std::nullopt, QStringLiteral("cancelled")});
}

void CourseExporter::stop(ExportError error) {
    running_ = false;
    writing_ = false;
    ++generation_;  // late callbacks of this run are ignored
    emit failed(error);
}

}  // namespace satchel::client
