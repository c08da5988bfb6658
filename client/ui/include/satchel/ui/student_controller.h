#pragma once
// StudentController: the one object the student UI talks to. It owns the app's engine parts
// (ApiClient, the UI's LocalStore on a StoreWorker thread, the SyncEngine on its thread, the
// DownloadManager on its thread, and while signed in the PushClient and NotificationCenter)
// and the item models over them. Widgets call its methods and react to its signals and models;
// nothing here blocks: network calls are asynchronous, every store access runs on the store
// thread (or the notification center's) and every file access on the download thread.
//
// Split by concern: student_controller.cpp (start, learning, sync),
// student_controller_account.cpp (sign-in, keychain, catalog, trending),
// student_controller_downloads.cpp (downloads and offline copies),
// student_controller_notifications.cpp (the push channel and the notification center).

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "satchel/client/api_error.h"
#include "satchel/client/credential_store.h"
#include "satchel/client/progress_claim.h"
#include "satchel/client/sync_engine.h"
#include "satchel/client/trending.h"
#include "satchel/hlc.h"
#include "satchel/model/course.h"
#include "satchel/protocol/messages.h"
#include "satchel/ui/store_worker.h"

namespace satchel::client {
class ApiClient;
struct DownloadError;
class NotificationCenter;
class PushClient;
}  // namespace satchel::client

namespace satchel::ui {

class CatalogModel;
class DownloadService;
class DownloadsModel;
class SessionPushTokens;

struct ControllerOptions {
    QString dataDir;            // holds satchel.sqlite (and assets/ unless contentStore is set)
    QString contentStore;       // downloaded course files; empty: <dataDir>/assets
    qint64 bandwidthLimit = 0;  // bytes/s for downloads; 0: unlimited
    std::chrono::milliseconds syncInterval{std::chrono::minutes(2)};
    std::chrono::milliseconds maxSyncBackoff{std::chrono::seconds(30)};
    bool rememberSignIn = true;  // keep the refresh token in the system keychain
};

// Why the app starts at the sign-in page rather than the catalog.
enum class RestoreOutcome {
    NothingStored,   // no server known, or no refresh token kept for it
    NoKeychain,      // no keychain backend: the sign-in cannot be remembered on this computer
    KeychainFailed,  // the keychain refused or failed
    Restored,        // a stored refresh token was adopted (the catalog follows)
};

class StudentController : public QObject {
    Q_OBJECT
public:
    explicit StudentController(ControllerOptions options, QObject* parent = nullptr);
    ~StudentController() override;

    // Opens the local store and lists the downloaded files; `ready` follows (or `failed`).
    // With a server given, then tries to restore the sign-in from the keychain
    // (`restoreFinished` tells how it went).
    void start(const QUrl& server = {});
    bool isReady() const { return ready_; }
    const Uuid& deviceId() const { return deviceId_; }
    HybridClock& clock() { return clock_; }
    StoreWorker& store() { return store_; }
    CatalogModel* catalog() const { return catalog_; }
    // The signed-in session's API client (null before the first sign-in; replaced when the
    // server changes, so callers ask again rather than keep it).
    client::ApiClient* api() const { return api_.get(); }
    DownloadsModel* downloads() const { return downloadsModel_; }
    const std::vector<client::TrendingCourse>& trending() const { return trending_; }
    const QString& contentStore() const;
    // Bytes the content store uses on disk (complete and partial files).
    qint64 diskUsed() const { return diskUsed_; }
    bool remembersSignIn() const { return credentials_ != nullptr; }
    QUrl server() const { return server_; }
    bool signedIn() const;
    bool online() const;
    const client::SyncStatus& syncStatus() const { return syncStatus_; }
    // The signed-in session's notifications (push channel + local store; null while signed
    // out). Replaced at each sign-in: follow notificationCenterChanged rather than keep it.
    client::NotificationCenter* notifications() const { return notifications_.get(); }

    // ---- account ---------------------------------------------------------------------------
    void signIn(const QUrl& server, const QString& email, const QString& password);
    void registerAccount(const QUrl& server, const QString& email, const QString& password,
                         const QString& displayName);
    // Ends the session on the server (best effort), forgets the keychain's refresh token and
    // the cached catalog; `signedOut` follows once the keychain has answered.
    void signOut();
    // Where the refresh token is kept in the keychain for `server` on this device.
    QString credentialAccount(const QUrl& server) const;

    // ---- content ---------------------------------------------------------------------------
    // Asks the server for the catalog and the trending row; the cached catalog stays on show
    // when offline.
    void refreshCatalog();
    void enroll(const Uuid& courseId);
    // The manifest of a course's latest version (cached in memory once fetched).
    void manifest(const Uuid& courseId, const QObject* context,
                  std::function<void(client::ApiResult<CourseManifest>)> done);
    const CourseManifest* cachedManifest(const Uuid& courseId) const;
    // Local file of an asset, or an empty string when it is not downloaded (no disk access:
    // the content store was listed at start and is followed since).
    QString localAsset(const std::string& sha256) const;
    // Keeps the course offline: records it in the store and queues every missing asset in
    // the DownloadManager (group = course id); downloadProgress/courseDownloaded follow.
    void downloadCourse(const Uuid& courseId);
    void pauseDownload(const Uuid& courseId);
    void resumeDownload(const Uuid& courseId);
    void cancelDownload(const Uuid& courseId);
    // Forgets the course's offline copy and deletes the files no other offline course uses
    // (on the store thread); offlineCopyRemoved follows.
    void removeOfflineCopy(const Uuid& courseId);
    void setBandwidthLimit(qint64 bytesPerSecond);
    // Downloads one asset ahead of the others (a reading opened before its course was
    // downloaded); `done` gets the local path, or an empty string when it cannot be had.
    void fetchAsset(const Uuid& courseId, const std::string& sha256, const QObject* context,
                    std::function<void(QString path)> done);
    // The bytes of a small asset (a reading, a captions file), downloading it first when
    // needed; read on the download thread. Nothing when it cannot be had or is over maxBytes.
    void readAsset(const Uuid& courseId, const std::string& sha256, qint64 maxBytes,
                   const QObject* context, std::function<void(std::optional<QByteArray>)> done);
    // A short-lived signed URL to stream the asset from (online only); empty when none.
    void streamUrl(const Uuid& courseId, const std::string& sha256, const QObject* context,
                   std::function<void(QUrl url)> done);

    // ---- learning --------------------------------------------------------------------------
    // Writes the batch in one transaction on the store thread, then asks for a sync.
    void recordProgress(std::vector<ProgressEvent> events);
    void recordAttempt(const QuizAttempt& attempt);
    void requestSync();

signals:
    void ready();
    void failed(const QString& message);
    void signedInChanged(bool signedIn);
    void signInFailed(const QString& message);
    void restoreFinished(satchel::ui::RestoreOutcome outcome);
    void trendingChanged();
    void diskUsageChanged(qint64 bytes);
    void offlineCopyRemoved(const satchel::Uuid& courseId);
    void onlineChanged(bool online);
    void syncStatusChanged(const satchel::client::SyncStatus& status);
    // Local progress changed (a recording or a pull): views re-read their lessons.
    void progressChanged(const satchel::Uuid& courseId);
    void downloadProgress(const satchel::Uuid& courseId, qint64 received, qint64 total);
    void courseDownloaded(const satchel::Uuid& courseId, bool ok);
    // A new center after sign-in, or null just before the old one goes (sign-out).
    void notificationCenterChanged(satchel::client::NotificationCenter* center);

public slots:
    // Re-reads the courses kept offline (after a .satchel import): lists each in the catalog
    // and counts an imported course's files as present (the import verified every one).
    void reloadOfflineCourses();

private:
    void adoptSession(const AuthResponse& auth);
    // Makes the data folder's progress `account`'s (LocalStore::claimProgress) before anything
    // is synced, then runs `adopted`. Refused (another account's work not on the server yet)
    // or failed: the new session is ended, nothing local changes, signInFailed says why, then
    // `refused` runs (when given).
    void claimProgressThen(const Uuid& account, std::function<void()> adopted,
                           std::function<void()> refused = {});
    QString describe(const client::ProgressClaimError& error) const;
    void restoreSignIn(const QUrl& server);
    void keepRefreshToken(const QString& token);
    void keychainWrite(const QString& account, const QString& token);  // empty: delete
    void keychainRead(const QString& account,
                      std::function<void(Result<QString, client::CredentialError>)> done);
    void showCachedCatalog();
    void showCatalog(const CatalogResponse& catalog);
    void refreshTrending();
    void loadOfflineCourses();
    void rescanContentStore();
    void markReadyWhenLoaded();
    // DownloadService signals.
    void onAssetFinished(const QString& sha256);
    void onAssetFailed(const QString& sha256, const client::DownloadError& error);
    void onDownloadProgress(const QString& groupId, qint64 done, qint64 total, double rate,
                            qint64 secondsLeft);
    void finishCourseDownload(const Uuid& courseId);
    void setDownloadRow(const Uuid& courseId, int state);
    QString courseTitle(const Uuid& courseId) const;
    void startSync();
    // The session's push channel and notification center (started by startSync, ended
    // before the sync engine and the ApiClient go); student_controller_notifications.cpp.
    void startNotifications();
    void stopNotifications();
    void openNotifications(const Uuid& account);
    void closeNotifications();
    void refreshCourseProgress(const Uuid& courseId);
    // Records a Completed event when the lesson's completion rule has just been met.
    void checkCompletion(const Uuid& courseId, const Uuid& lessonId);
    QString describe(const client::ApiError& error) const;
    void ensureApi(const QUrl& server);

    ControllerOptions options_;
    StoreWorker store_;
    HybridClock clock_;
    Uuid deviceId_;
    bool ready_ = false;
    bool storeOpened_ = false;
    bool storeListed_ = false;
    QUrl restoreServer_;
    QUrl server_;
    std::unique_ptr<client::ApiClient> api_;
    std::unique_ptr<client::SyncThread> sync_;
    std::unique_ptr<DownloadService> downloads_;
    // Declared after api_ and sync_, so destroyed before them.
    std::unique_ptr<client::NotificationCenter> notifications_;
    std::unique_ptr<SessionPushTokens> pushTokens_;
    std::unique_ptr<client::PushClient> push_;  // destroyed first: it uses pushTokens_
    // The signed-in account, once known (sign-in answer or GET /api/v1/me); the notification
    // center is per account. notificationGeneration_ tells a late answer from the current
    // session's.
    std::optional<Uuid> sessionAccount_;
    int notificationGeneration_ = 0;
    // Owned, but outlives this controller while a keychain job is in flight: the Secret
    // Service backend calls back into a job it was given, so a job must never be deleted
    // early (see keychainRead/keychainWrite).
    client::CredentialStore* credentials_ = nullptr;
    struct KeychainJobs {
        int pending = 0;
        bool orphaned = false;  // the controller is gone: the last job deletes the store
    };
    std::shared_ptr<KeychainJobs> keychainJobs_ = std::make_shared<KeychainJobs>();
    QString keptToken_;  // the refresh token last written (no second write of the same one)
    client::SyncStatus syncStatus_;
    CatalogModel* catalog_;
    DownloadsModel* downloadsModel_;
    std::map<Uuid, CourseManifest> manifests_;
    std::vector<client::TrendingCourse> trending_;
    // Downloaded assets (sha256), from the start-up listing plus every finished download.
    QSet<QString> present_;
    qint64 diskUsed_ = 0;
    // Courses being downloaded: the assets still awaited, and whether one failed.
    struct CourseDownload {
        std::set<std::string> pending;
        bool failed = false;
    };
    std::map<Uuid, CourseDownload> courseDownloads_;
};

}  // namespace satchel::ui
