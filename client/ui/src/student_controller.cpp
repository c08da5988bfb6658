#include "satchel/ui/student_controller.h"

#include <QDir>
#include <QFileInfo>
#include <QSysInfo>
#include <algorithm>

#include "satchel/client/api_client.h"
#include "satchel/client/credential_store.h"
#include "satchel/client/local_store.h"
#include "satchel/client/notification_center.h"
#include "satchel/client/push_client.h"
#include "satchel/merge.h"
#include "satchel/ui/catalog_model.h"
#include "satchel/ui/download_service.h"
#include "satchel/ui/downloads_model.h"
#include "satchel/ui/session_push_tokens.h"

namespace satchel::ui {

StudentController::StudentController(ControllerOptions options, QObject* parent)
    : QObject(parent),
      options_(std::move(options)),
      catalog_(new CatalogModel(this)),
      downloadsModel_(new DownloadsModel(this)) {
    qRegisterMetaType<client::SyncStatus>();
    if (options_.contentStore.isEmpty())
        options_.contentStore = QDir(options_.dataDir).filePath(QStringLiteral("assets"));
    downloads_ = std::make_unique<DownloadService>(
        options_.contentStore, [this](const QString& sha256, const QString& groupId,
                                      client::DownloadManager::UrlReply reply) {
            const auto courseId = Uuid::parse(groupId.toStdString());
            streamUrl(courseId ? *courseId : Uuid{}, sha256.toStdString(), this,
                      [reply = std::move(reply)](QUrl url) {
                          reply(url.isEmpty() ? std::nullopt : std::optional<QUrl>(url));
                      });
        });
    downloads_->setBandwidthLimit(options_.bandwidthLimit);
    connect(downloads_.get(), &DownloadService::finished, this,
            [this](const QString& sha256, const QString&) { onAssetFinished(sha256); });
    connect(downloads_.get(), &DownloadService::failed, this,
            [this](const QString& sha256, const QString&, const client::DownloadError& error) {
                onAssetFailed(sha256, error);
            });
    connect(downloads_.get(), &DownloadService::progress, this,
            &StudentController::onDownloadProgress);
    if (options_.rememberSignIn)
        credentials_ = new client::CredentialStore(QStringLiteral("Satchel"));
}

StudentController::~StudentController() {
    // The socket and the notification center go before the session and the sync engine.
    stopNotifications();
    sync_.reset();       // joins the sync thread before the store and the session go
    downloads_.reset();  // joins the download thread while the URL provider can still answer
    if (credentials_ && keychainJobs_->pending == 0)
        delete credentials_;
    else if (credentials_)
        keychainJobs_->orphaned = true;
}

void StudentController::start(const QUrl& server) {
    restoreServer_ = server;
    QDir().mkpath(options_.dataDir);
    store_.open(
        QDir(options_.dataDir).filePath(QStringLiteral("satchel.sqlite")), this,
        [this](client::StoreResult<StoreIdentity> opened) {
            if (!opened) {
                emit failed(tr("Cannot open the local database: %1").arg(opened.error().message));
                return;
            }
            deviceId_ = opened->deviceId;
            clock_.observe(opened->lastHlc);
            storeOpened_ = true;
            markReadyWhenLoaded();
        });
    downloads_->scan(this, [this](StoreContents contents) {
        present_ = std::move(contents.present);
        diskUsed_ = contents.bytes;
        emit diskUsageChanged(diskUsed_);
        storeListed_ = true;
        markReadyWhenLoaded();
    });
}

void StudentController::markReadyWhenLoaded() {
    if (ready_ || !storeOpened_ || !storeListed_)
        return;
    ready_ = true;
    loadOfflineCourses();
    showCachedCatalog();
    emit ready();
    if (!restoreServer_.isEmpty())
        restoreSignIn(restoreServer_);
}

bool StudentController::signedIn() const {
    return api_ && api_->signedIn();
}

bool StudentController::online() const {
    return api_ && api_->online();
}

void StudentController::startSync() {
    client::SyncSettings settings;
    settings.databasePath = QDir(options_.dataDir).filePath(QStringLiteral("satchel.sqlite"));
    settings.server = server_;
    settings.session = api_->session();
    settings.interval = options_.syncInterval;
    settings.maxBackoff = options_.maxSyncBackoff;
    sync_ = std::make_unique<client::SyncThread>(settings);
    connect(
        sync_->engine(), &client::SyncEngine::statusChanged, this,
        [this](const client::SyncStatus& status) {
            syncStatus_ = status;
            emit syncStatusChanged(status);
        },
        Qt::QueuedConnection);
    // A finished cycle may have pulled other devices' progress or grades.
    connect(
        sync_->engine(), &client::SyncEngine::cycleFinished, this,
        [this](bool) {
            for (const auto& [courseId, manifest] : manifests_)
                refreshCourseProgress(courseId);
        },
        Qt::QueuedConnection);
    startNotifications();
}

void StudentController::requestSync() {
    if (sync_)
        sync_->requestSync();
}

void StudentController::recordProgress(std::vector<ProgressEvent> events) {
    if (events.empty())
        return;
    const Uuid courseId = events.front().courseId;
    std::vector<Uuid> lessons;
    for (const auto& event : events)
        if (event.kind != ProgressKind::Completed &&
            std::find(lessons.begin(), lessons.end(), event.lessonId) == lessons.end())
            lessons.push_back(event.lessonId);
    store_.run<client::StoreResult<void>>(
        [events = std::move(events)](client::LocalStore& store) {
            return store.recordProgress(events);
        },
        this,
        [this, courseId, lessons](client::StoreResult<void> written) {
            if (!written) {
                emit failed(
                    tr("Your progress could not be saved: %1").arg(written.error().message));
                return;
            }
            for (const Uuid& lessonId : lessons)
                checkCompletion(courseId, lessonId);
            emit progressChanged(courseId);
            refreshCourseProgress(courseId);
            requestSync();
        });
}

void StudentController::recordAttempt(const QuizAttempt& attempt) {
    store_.run<client::StoreResult<void>>(
        [attempt](client::LocalStore& store) { return store.recordAttempt(attempt); }, this,
        [this, courseId = attempt.courseId,
         lessonId = attempt.lessonId](client::StoreResult<void> written) {
            if (!written) {
                emit failed(tr("Your answers could not be saved: %1").arg(written.error().message));
                return;
            }
            checkCompletion(courseId, lessonId);
            emit progressChanged(courseId);
            requestSync();
        });
}

void StudentController::checkCompletion(const Uuid& courseId, const Uuid& lessonId) {
    const CourseManifest* manifest = cachedManifest(courseId);
    const Lesson* lesson = manifest ? manifest->findLesson(lessonId) : nullptr;
    if (!lesson)
        return;
    std::uint64_t duration = 0;
    if (const Asset* asset = manifest->findAsset(lesson->assetSha256); asset && asset->durationMs)
        duration = *asset->durationMs;
    using Known = std::optional<ProgressState>;
    store_.run<Known>(
        [lessonId](client::LocalStore& store) -> Known {
            auto state = store.lessonState(lessonId);
            auto attempts = store.attempts(lessonId);
            if (!state || !attempts)
                return std::nullopt;
            ProgressState known;
            if (*state)
                known.lessons[lessonId] = **state;
            for (const auto& stored : *attempts) {
                known.attempts[stored.attempt.id] = stored.attempt;
                if (stored.grade)
                    known.grades[stored.attempt.id] = *stored.grade;
            }
            return known;
        },
        this,
        [this, courseId, lessonId, lesson = *lesson, duration](Known known) {
            // The rule holds and no Completed event exists yet: record one (once; the
            // merge makes a second one harmless anyway).
            if (!known || !completionDue(*known, lesson, duration))
                return;
            ProgressEvent completed;
            completed.id = newUuidV7();
            completed.courseId = courseId;
            completed.lessonId = lessonId;
            completed.deviceId = deviceId_;
            completed.hlc = clock_.now();
            completed.kind = ProgressKind::Completed;
            recordProgress({completed});
        });
}

void StudentController::refreshCourseProgress(const Uuid& courseId) {
    const CourseSummary* summary = catalog_->course(courseId);
    if (!summary || summary->lessonCount == 0)
        return;
    const double lessons = summary->lessonCount;
    store_.run<client::StoreResult<std::vector<LessonState>>>(
        [courseId](client::LocalStore& store) { return store.courseProgress(courseId); }, this,
        [this, courseId, lessons](client::StoreResult<std::vector<LessonState>> states) {
            if (!states)
                return;
            int completed = 0;
            for (const auto& state : *states)
                completed += state.isCompleted() ? 1 : 0;
            catalog_->setProgress(courseId, std::min(1.0, completed / lessons));
            emit progressChanged(courseId);
        });
}

}  // namespace satchel::ui
