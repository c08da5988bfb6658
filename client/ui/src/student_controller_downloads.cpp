// StudentController: downloads through the DownloadManager (on the download thread), the
// courses kept offline (recorded in the LocalStore, so shared assets survive removals) and
// streaming URLs.
#include <QDir>
#include <QPointer>

#include "satchel/client/api_client.h"
#include "satchel/client/download_manager.h"
#include "satchel/client/local_store.h"
#include "satchel/client/offline_library.h"
#include "satchel/ui/catalog_model.h"
#include "satchel/ui/download_service.h"
#include "satchel/ui/downloads_model.h"
#include "satchel/ui/student_controller.h"

namespace satchel::ui {
namespace {
// A lesson the student opened goes before the rest of a course download.
constexpr int kOpenedLessonPriority = 10;

QString groupOf(const Uuid& courseId) {
    return QString::fromStdString(courseId.toString());
}

client::DownloadRequest request(const Asset& asset, const Uuid& courseId, int priority) {
    client::DownloadRequest request;
    request.sha256 = QString::fromStdString(asset.sha256);
    request.size = qint64(asset.size);
    request.groupId = groupOf(courseId);
    request.priority = priority;
    return request;
}
}  // namespace

const QString& StudentController::contentStore() const {
    return downloads_->contentStore();
}

QString StudentController::localAsset(const std::string& sha256) const {
    const QString sha = QString::fromStdString(sha256);
    return present_.contains(sha) ? downloads_->finalPath(sha) : QString();
}

QString StudentController::courseTitle(const Uuid& courseId) const {
    if (const CourseSummary* summary = catalog_->course(courseId))
        return QString::fromStdString(summary->title);
    if (const CourseManifest* known = cachedManifest(courseId))
        return QString::fromStdString(known->title);
    return QString::fromStdString(courseId.toString());
}

void StudentController::setDownloadRow(const Uuid& courseId, int state) {
    DownloadsModel::Row row;
    if (const auto* existing = downloadsModel_->row(courseId))
        row = *existing;
    row.courseId = courseId;
    row.title = courseTitle(courseId);
    row.state = DownloadsModel::State(state);
    if (const CourseManifest* known = cachedManifest(courseId)) {
        row.bytesTotal = qint64(known->totalAssetBytes());
        if (row.state != DownloadsModel::State::Downloading) {
            qint64 have = 0;
            for (const Asset& asset : known->assets)
                have += localAsset(asset.sha256).isEmpty() ? 0 : qint64(asset.size);
            row.bytesDone = std::max(row.bytesDone, have);
        }
    }
    if (row.state != DownloadsModel::State::Downloading) {
        row.bytesPerSecond = 0;
        row.secondsLeft = -1;
    }
    downloadsModel_->upsert(row);
}

void StudentController::reloadOfflineCourses() {
    loadOfflineCourses();
}

void StudentController::loadOfflineCourses() {
    using Courses = client::StoreResult<std::vector<client::OfflineCourse>>;
    store_.run<Courses>(
        [](client::LocalStore& store) { return store.offlineCourses(); }, this,
        [this](Courses courses) {
            if (!courses)
                return;
            for (const auto& course : *courses) {
                const Uuid id = course.manifest.courseId;
                manifests_.try_emplace(id, course.manifest);
                CourseSummary summary;
                summary.courseId = id;
                summary.title = course.manifest.title;
                summary.description = course.manifest.description;
                summary.latestVersion = course.manifest.version;
                summary.publishedAtMs = course.manifest.publishedAtMs;
                summary.totalBytes = course.manifest.totalAssetBytes();
                for (const Module& module : course.manifest.modules)
                    summary.lessonCount += static_cast<std::uint32_t>(module.lessons.size());
                summary.enrolled = true;  // it is on this device to be learned
                catalog_->addOfflineCourse(summary);
                if (course.source == client::OfflineSource::Archive) {
                    for (const Asset& asset : course.manifest.assets)
                        present_.insert(QString::fromStdString(asset.sha256));
                }
                if (courseDownloads_.count(id))
                    continue;
                bool complete = true;
                for (const Asset& asset : course.manifest.assets)
                    complete = complete && !localAsset(asset.sha256).isEmpty();
                // A download the app was closed during waits to be resumed (its parts kept).
                using State = DownloadsModel::State;
                setDownloadRow(id, int(complete ? State::Downloaded : State::Paused));
                catalog_->setDownloadState(id,
                                           complete ? CatalogModel::DownloadState::Downloaded
                                                    : CatalogModel::DownloadState::NotDownloaded,
                                           complete ? 1.0 : 0.0);
            }
        });
}

void StudentController::downloadCourse(const Uuid& courseId) {
    manifest(courseId, this, [this, courseId](client::ApiResult<CourseManifest> loaded) {
        if (!loaded) {
            catalog_->setDownloadState(courseId, CatalogModel::DownloadState::Failed);
            setDownloadRow(courseId, int(DownloadsModel::State::Failed));
            emit courseDownloaded(courseId, false);
            return;
        }
        // Recorded first: an asset shared with a course removed meanwhile is kept.
        store_.run<client::StoreResult<void>>(
            [manifest = *loaded](client::LocalStore& store) {
                return store.saveOfflineCourse(manifest, client::OfflineSource::Server);
            },
            this, [](client::StoreResult<void>) {});
        CourseDownload& job = courseDownloads_[courseId];
        job.failed = false;
        for (const Asset& asset : loaded->assets) {
            if (!localAsset(asset.sha256).isEmpty())
                continue;
            job.pending.insert(asset.sha256);
            downloads_->enqueue(request(asset, courseId, 0));
        }
        if (job.pending.empty()) {
            finishCourseDownload(courseId);
            return;
        }
        downloads_->resume(groupOf(courseId));  // in case it was paused before
        catalog_->setDownloadState(courseId, CatalogModel::DownloadState::Downloading, 0.0);
        setDownloadRow(courseId, int(DownloadsModel::State::Queued));
    });
}

void StudentController::onAssetFinished(const QString& sha256) {
    if (!present_.contains(sha256)) {
        present_.insert(sha256);
        rescanContentStore();
    }
    const std::string sha = sha256.toStdString();
    std::vector<Uuid> done;
    for (auto& [courseId, job] : courseDownloads_)
        if (job.pending.erase(sha) && job.pending.empty())
            done.push_back(courseId);
    for (const Uuid& courseId : done)
        finishCourseDownload(courseId);
}

void StudentController::onAssetFailed(const QString& sha256, const client::DownloadError& error) {
    emit failed(tr("A download failed (%1).").arg(client::toString(error.kind)));
    const std::string sha = sha256.toStdString();
    std::vector<Uuid> done;
    for (auto& [courseId, job] : courseDownloads_) {
        if (!job.pending.erase(sha))
            continue;
        job.failed = true;
        if (job.pending.empty())
            done.push_back(courseId);
    }
    for (const Uuid& courseId : done)
        finishCourseDownload(courseId);
}

void StudentController::finishCourseDownload(const Uuid& courseId) {
    const auto it = courseDownloads_.find(courseId);
    const bool ok = it == courseDownloads_.end() || !it->second.failed;
    if (it != courseDownloads_.end())
        courseDownloads_.erase(it);
    using State = DownloadsModel::State;
    setDownloadRow(courseId, int(ok ? State::Downloaded : State::Failed));
    catalog_->setDownloadState(
        courseId,
        ok ? CatalogModel::DownloadState::Downloaded : CatalogModel::DownloadState::Failed,
        ok ? 1.0 : 0.0);
    emit courseDownloaded(courseId, ok);
}

void StudentController::onDownloadProgress(const QString& groupId, qint64 done, qint64 total,
                                           double rate, qint64 secondsLeft) {
    const auto courseId = Uuid::parse(groupId.toStdString());
    if (!courseId || !courseDownloads_.count(*courseId))
        return;
    const auto* existing = downloadsModel_->row(*courseId);
    if (existing && existing->state == DownloadsModel::State::Paused)
        return;  // a report still on its way when the student paused
    DownloadsModel::Row row = existing ? *existing : DownloadsModel::Row{};
    row.courseId = *courseId;
    row.title = courseTitle(*courseId);
    row.state = DownloadsModel::State::Downloading;
    // The manager counts the bytes of the assets it was given; the ones already here before
    // the download started count as done.
    const CourseManifest* known = cachedManifest(*courseId);
    const qint64 courseBytes = known ? qint64(known->totalAssetBytes()) : total;
    const qint64 before = total >= 0 && courseBytes >= total ? courseBytes - total : 0;
    row.bytesDone = before + done;
    row.bytesTotal = courseBytes;
    row.bytesPerSecond = rate;
    row.secondsLeft = secondsLeft;
    downloadsModel_->upsert(row);
    emit downloadProgress(*courseId, row.bytesDone, row.bytesTotal);
    catalog_->setDownloadState(*courseId, CatalogModel::DownloadState::Downloading,
                               courseBytes > 0 ? double(row.bytesDone) / double(courseBytes) : 0);
}

void StudentController::pauseDownload(const Uuid& courseId) {
    if (!courseDownloads_.count(courseId))
        return;
    downloads_->pause(groupOf(courseId));
    setDownloadRow(courseId, int(DownloadsModel::State::Paused));
}

void StudentController::resumeDownload(const Uuid& courseId) {
    if (!courseDownloads_.count(courseId)) {
        downloadCourse(courseId);  // failed, or interrupted by closing the app
        return;
    }
    downloads_->resume(groupOf(courseId));
    setDownloadRow(courseId, int(DownloadsModel::State::Queued));
}

void StudentController::cancelDownload(const Uuid& courseId) {
    downloads_->cancel(groupOf(courseId));
    courseDownloads_.erase(courseId);
    // Cancelling forgets the course's offline copy, with the assets finished so far.
    removeOfflineCopy(courseId);
}

void StudentController::removeOfflineCopy(const Uuid& courseId) {
    if (courseDownloads_.count(courseId))
        return;  // cancel first: the files are being written
    // On the store thread: forget the course, delete the files no other offline course uses,
    // and say which of the course's files are gone (the others are shared and stay).
    struct Outcome {
        client::LibraryResult<client::RemovedCourse> removed;
        QStringList gone;
    };
    store_.run<std::shared_ptr<Outcome>>(
        [courseId, root = contentStore()](client::LocalStore& store) {
            client::OfflineLibrary library(store, root);
            std::vector<Asset> assets;
            if (auto kept = store.offlineCourse(courseId); kept && *kept)
                assets = (*kept)->manifest.assets;
            auto outcome = std::make_shared<Outcome>(Outcome{library.removeCourse(courseId), {}});
            for (const Asset& asset : assets)
                if (!library.hasAsset(asset.sha256))
                    outcome->gone.push_back(QString::fromStdString(asset.sha256));
            return outcome;
        },
        this,
        [this, courseId](std::shared_ptr<Outcome> outcome) {
            if (!outcome->removed) {
                emit failed(tr("The offline copy could not be removed: %1")
                                .arg(outcome->removed.error().message));
                return;
            }
            for (const QString& sha : outcome->gone)
                present_.remove(sha);
            downloadsModel_->remove(courseId);
            catalog_->setDownloadState(courseId, CatalogModel::DownloadState::NotDownloaded);
            rescanContentStore();
            emit offlineCopyRemoved(courseId);
        });
}

void StudentController::rescanContentStore() {
    // Only the disk figure comes from the listing: present_ is kept by the finished and
    // removed events themselves, so a listing taken mid-change can never lose one.
    downloads_->scan(this, [this](StoreContents contents) {
        diskUsed_ = contents.bytes;
        emit diskUsageChanged(diskUsed_);
    });
}

void StudentController::setBandwidthLimit(qint64 bytesPerSecond) {
    options_.bandwidthLimit = bytesPerSecond;
    downloads_->setBandwidthLimit(bytesPerSecond);
}

void StudentController::fetchAsset(const Uuid& courseId, const std::string& sha256,
                                   const QObject* context, std::function<void(QString)> done) {
    if (QString local = localAsset(sha256); !local.isEmpty()) {
        done(local);
        return;
    }
    const CourseManifest* known = cachedManifest(courseId);
    const Asset* asset = known ? known->findAsset(sha256) : nullptr;
    if (!api_ || !asset) {
        done({});
        return;
    }
    const QString sha = QString::fromStdString(sha256);
    // One-shot connections for this asset's outcome.
    auto finished = std::make_shared<QMetaObject::Connection>();
    auto failedConnection = std::make_shared<QMetaObject::Connection>();
    QPointer<const QObject> ctx(context);
    auto settle = [this, sha, ctx, done, finished, failedConnection](bool ok) {
        disconnect(*finished);
        disconnect(*failedConnection);
        if (ctx)
            done(ok ? downloads_->finalPath(sha) : QString());
    };
    *finished = connect(downloads_.get(), &DownloadService::finished, this,
                        [sha, settle](const QString& got, const QString&) {
                            if (got == sha)
                                settle(true);
                        });
    *failedConnection =
        connect(downloads_.get(), &DownloadService::failed, this,
                [sha, settle](const QString& got, const QString&, const client::DownloadError&) {
                    if (got == sha)
                        settle(false);
                });
    downloads_->enqueue(request(*asset, courseId, kOpenedLessonPriority));
}

void StudentController::readAsset(const Uuid& courseId, const std::string& sha256, qint64 maxBytes,
                                  const QObject* context,
                                  std::function<void(std::optional<QByteArray>)> done) {
    QPointer<const QObject> ctx(context);
    fetchAsset(courseId, sha256, this,
               [this, maxBytes, ctx, done = std::move(done)](QString path) mutable {
                   if (!ctx)
                       return;
                   if (path.isEmpty()) {
                       done(std::nullopt);
                       return;
                   }
                   downloads_->readFile(path, maxBytes, ctx.data(), std::move(done));
               });
}

void StudentController::streamUrl(const Uuid& courseId, const std::string& sha256,
                                  const QObject* context, std::function<void(QUrl)> done) {
    const CourseManifest* known = cachedManifest(courseId);
    if (!api_ || !known || courseId.isNil()) {
        done({});
        return;
    }
    api_->assetUrl(courseId, known->version, sha256, context,
                   [done = std::move(done)](client::ApiResult<AssetUrlResponse> url) {
                       done(url ? QUrl(QString::fromStdString(url->url)) : QUrl());
                   });
}

}  // namespace satchel::ui
