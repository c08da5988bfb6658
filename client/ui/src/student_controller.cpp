#include "satchel/ui/student_controller.h"

#include <QDir>
#include <QFileInfo>
#include <QSysInfo>
#include <algorithm>

#include "satchel/client/api_client.h"
#include "satchel/client/asset_fetcher.h"
#include "satchel/client/credential_store.h"
#include "satchel/client/local_store.h"
#include "satchel/merge.h"
#include "satchel/ui/catalog_model.h"

namespace satchel::ui {

StudentController::StudentController(ControllerOptions options, QObject* parent)
    : QObject(parent), options_(std::move(options)), catalog_(new CatalogModel(this)) {
    qRegisterMetaType<client::SyncStatus>();
    fetcher_ = std::make_unique<client::AssetFetcher>(
        QDir(options_.dataDir).filePath(QStringLiteral("assets")));
    if (options_.rememberSignIn)
        credentials_ = std::make_unique<client::CredentialStore>(QStringLiteral("Satchel"));
}

StudentController::~StudentController() {
    sync_.reset();  // joins the sync thread before the store and the session go
}

void StudentController::start() {
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
            ready_ = true;
            emit ready();
        });
}

bool StudentController::signedIn() const {
    return api_ && api_->signedIn();
}

bool StudentController::online() const {
    return api_ && api_->online();
}

void StudentController::ensureApi(const QUrl& server) {
    if (api_ && api_->server() == server)
        return;
    sync_.reset();
    server_ = server;
    api_ = std::make_unique<client::ApiClient>(server, deviceId_);
    connect(api_.get(), &client::ApiClient::onlineChanged, this, &StudentController::onlineChanged);
    connect(api_.get(), &client::ApiClient::sessionEnded, this,
            [this] { emit signedInChanged(false); });
}

QString StudentController::credentialAccount() const {
    return QStringLiteral("refresh-token@%1#%2")
        .arg(server_.toString(), QString::fromStdString(deviceId_.toString()));
}

void StudentController::signIn(const QUrl& server, const QString& email, const QString& password) {
    ensureApi(server);
    api_->login(email.toStdString(), password.toStdString(),
                QSysInfo::machineHostName().toStdString(), this,
                [this](client::ApiResult<AuthResponse> result) {
                    if (!result) {
                        emit signInFailed(describe(result.error()));
                        return;
                    }
                    adoptSession(*result);
                });
}

void StudentController::registerAccount(const QUrl& server, const QString& email,
                                        const QString& password, const QString& displayName) {
    ensureApi(server);
    RegisterRequest request{email.toStdString(), password.toStdString(), displayName.toStdString()};
    api_->registerAccount(request, QSysInfo::machineHostName().toStdString(), this,
                          [this](client::ApiResult<AuthResponse> result) {
                              if (!result) {
                                  emit signInFailed(describe(result.error()));
                                  return;
                              }
                              adoptSession(*result);
                          });
}

void StudentController::adoptSession(const AuthResponse& auth) {
    if (credentials_)  // best effort: without a keychain the app asks again at next start
        credentials_->writeSecret(credentialAccount(), QString::fromStdString(auth.refreshToken),
                                  this, [](Result<void, client::CredentialError>) {});
    startSync();
    emit signedInChanged(true);
    refreshCatalog();
}

void StudentController::signOut() {
    sync_.reset();
    if (credentials_)
        credentials_->deleteSecret(credentialAccount(), this,
                                   [](Result<void, client::CredentialError>) {});
    if (api_)
        api_->logout(this, [](client::ApiResult<void>) {});
    catalog_->setCourses({});
    manifests_.clear();
    emit signedInChanged(false);
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
}

void StudentController::requestSync() {
    if (sync_)
        sync_->requestSync();
}

void StudentController::refreshCatalog() {
    if (!api_)
        return;
    api_->catalog(this, [this](client::ApiResult<CatalogResponse> result) {
        if (!result)
            return;  // offline: keep showing what we have
        catalog_->setCourses(result->courses);
        for (const auto& course : result->courses) {
            if (!course.enrolled)
                continue;
            manifest(course.courseId, this, [this, id = course.courseId](auto loaded) {
                if (!loaded)
                    return;
                bool all = true;
                for (const auto& asset : loaded->assets)
                    all = all && !localAsset(asset.sha256).isEmpty();
                if (all && !loaded->assets.empty())
                    catalog_->setDownloadState(id, CatalogModel::DownloadState::Downloaded, 1.0);
                refreshCourseProgress(id);
            });
        }
    });
}

void StudentController::enroll(const Uuid& courseId) {
    if (!api_)
        return;
    api_->enroll(courseId, this, [this](client::ApiResult<void> result) {
        if (result)
            refreshCatalog();
    });
}

void StudentController::manifest(const Uuid& courseId, const QObject* context,
                                 std::function<void(client::ApiResult<CourseManifest>)> done) {
    if (const auto it = manifests_.find(courseId); it != manifests_.end()) {
        done(it->second);
        return;
    }
    const CourseSummary* summary = catalog_->course(courseId);
    if (!api_ || !summary) {
        done(fail(client::ApiError{client::ApiError::Kind::NotFound, 0, {}, {}}));
        return;
    }
    api_->manifest(courseId, summary->latestVersion, context,
                   [this, courseId, done = std::move(done)](auto result) {
                       if (result)
                           manifests_[courseId] = *result;
                       done(std::move(result));
                   });
}

const CourseManifest* StudentController::cachedManifest(const Uuid& courseId) const {
    const auto it = manifests_.find(courseId);
    return it == manifests_.end() ? nullptr : &it->second;
}

QString StudentController::localAsset(const std::string& sha256) const {
    const QString path = fetcher_->pathFor(QString::fromStdString(sha256));
    return QFileInfo::exists(path) ? path : QString();
}

void StudentController::fetchAsset(const Uuid& courseId, const std::string& sha256,
                                   const QObject* context, std::function<void(QString)> done) {
    if (QString local = localAsset(sha256); !local.isEmpty()) {
        done(local);
        return;
    }
    const CourseManifest* loaded = cachedManifest(courseId);
    if (!api_ || !loaded) {
        done({});
        return;
    }
    QPointer<const QObject> ctx(context);
    api_->assetUrl(courseId, loaded->version, sha256, this,
                   [this, sha256, ctx, done = std::move(done)](auto url) {
                       if (!url) {
                           if (ctx)
                               done({});
                           return;
                       }
                       const QString sha = QString::fromStdString(sha256);
                       fetcher_->fetch(QUrl(QString::fromStdString(url->url)), sha, {},
                                       [this, sha, ctx, done](bool ok, const auto&) {
                                           if (ctx)
                                               done(ok ? fetcher_->pathFor(sha) : QString());
                                       });
                   });
}

void StudentController::downloadCourse(const Uuid& courseId) {
    manifest(courseId, this, [this, courseId](client::ApiResult<CourseManifest> loaded) {
        if (!loaded) {
            catalog_->setDownloadState(courseId, CatalogModel::DownloadState::Failed);
            emit courseDownloaded(courseId, false);
            return;
        }
        // One asset after the other; bytes of finished assets count towards the total.
        struct Job {
            std::vector<Asset> missing;
            std::size_t next = 0;
            qint64 done = 0;
            qint64 total = 0;
        };
        auto job = std::make_shared<Job>();
        for (const auto& asset : loaded->assets)
            if (localAsset(asset.sha256).isEmpty()) {
                job->missing.push_back(asset);
                job->total += static_cast<qint64>(asset.size);
            }
        catalog_->setDownloadState(courseId, CatalogModel::DownloadState::Downloading, 0.0);
        auto step = std::make_shared<std::function<void()>>();
        *step = [this, courseId, job, step, version = loaded->version] {
            if (job->next == job->missing.size()) {
                catalog_->setDownloadState(courseId, CatalogModel::DownloadState::Downloaded, 1);
                emit courseDownloaded(courseId, true);
                *step = nullptr;  // breaks the cycle
                return;
            }
            const Asset asset = job->missing[job->next];
            api_->assetUrl(courseId, version, asset.sha256, this, [=, this](auto url) {
                auto failed = [&] {
                    catalog_->setDownloadState(courseId, CatalogModel::DownloadState::Failed);
                    emit courseDownloaded(courseId, false);
                    *step = nullptr;
                };
                if (!url)
                    return failed();
                fetcher_->fetch(
                    QUrl(QString::fromStdString(url->url)), QString::fromStdString(asset.sha256),
                    [=, this](qint64 received, qint64) {
                        const qint64 now = job->done + received;
                        emit downloadProgress(courseId, now, job->total);
                        catalog_->setDownloadState(
                            courseId, CatalogModel::DownloadState::Downloading,
                            job->total > 0 ? double(now) / double(job->total) : 0.0);
                    },
                    [=, this](bool ok, const client::FetchError&) {
                        if (!ok) {
                            catalog_->setDownloadState(courseId,
                                                       CatalogModel::DownloadState::Failed);
                            emit courseDownloaded(courseId, false);
                            *step = nullptr;
                            return;
                        }
                        job->done += static_cast<qint64>(asset.size);
                        ++job->next;
                        (*step)();
                    });
            });
        };
        (*step)();
    });
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

QString StudentController::describe(const client::ApiError& error) const {
    using Kind = client::ApiError::Kind;
    switch (error.kind) {
        case Kind::Offline:
            return tr("The server cannot be reached. Check the address and your connection.");
        case Kind::Timeout:
            return tr("The server did not answer in time. Try again in a moment.");
        case Kind::Unauthorized:
            return tr("The email or the password is not right.");
        case Kind::Forbidden:
            return tr("This server does not allow that.");
        case Kind::Rejected:
            if (error.code == "conflict")
                return tr("An account with this email already exists.");
            return tr("The server refused the request (%1).")
                .arg(QString::fromStdString(error.code));
        case Kind::UnsupportedVersion:
            return tr("This server speaks a newer protocol: please update Satchel.");
        default:
            return tr("Something went wrong on the server. Try again later.");
    }
}

}  // namespace satchel::ui
