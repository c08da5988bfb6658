#pragma once
// StudentController: the one object the student UI talks to. It owns the app's engine parts
// (ApiClient, the UI's LocalStore on a StoreWorker thread, the SyncEngine on its thread, the
// AssetFetcher) and the item models over them. Widgets call its methods and react to its
// signals and models; nothing here blocks: network calls are asynchronous and every store
// access runs on the store thread.

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>

#include "satchel/client/api_error.h"
#include "satchel/client/sync_engine.h"
#include "satchel/hlc.h"
#include "satchel/model/course.h"
#include "satchel/protocol/messages.h"
#include "satchel/ui/store_worker.h"

namespace satchel::client {
class ApiClient;
class AssetFetcher;
class CredentialStore;
}  // namespace satchel::client

namespace satchel::ui {

class CatalogModel;

struct ControllerOptions {
    QString dataDir;  // holds satchel.sqlite and assets/
    std::chrono::milliseconds syncInterval{std::chrono::minutes(2)};
    std::chrono::milliseconds maxSyncBackoff{std::chrono::seconds(30)};
    bool rememberSignIn = true;  // keep the refresh token in the system keychain
};

class StudentController : public QObject {
    Q_OBJECT
public:
    explicit StudentController(ControllerOptions options, QObject* parent = nullptr);
    ~StudentController() override;

    // Opens the local store; `ready` follows (or `failed`).
    void start();
    bool isReady() const { return ready_; }
    const Uuid& deviceId() const { return deviceId_; }
    HybridClock& clock() { return clock_; }
    StoreWorker& store() { return store_; }
    CatalogModel* catalog() const { return catalog_; }
    // The signed-in session's API client (null before the first sign-in; replaced when the
    // server changes, so callers ask again rather than keep it).
    client::ApiClient* api() const { return api_.get(); }
    QUrl server() const { return server_; }
    bool signedIn() const;
    bool online() const;
    const client::SyncStatus& syncStatus() const { return syncStatus_; }

    // ---- account ---------------------------------------------------------------------------
    void signIn(const QUrl& server, const QString& email, const QString& password);
    void registerAccount(const QUrl& server, const QString& email, const QString& password,
                         const QString& displayName);
    void signOut();

    // ---- content ---------------------------------------------------------------------------
    void refreshCatalog();
    void enroll(const Uuid& courseId);
    // The manifest of a course's latest version (cached in memory once fetched).
    void manifest(const Uuid& courseId, const QObject* context,
                  std::function<void(client::ApiResult<CourseManifest>)> done);
    const CourseManifest* cachedManifest(const Uuid& courseId) const;
    // Local file of an asset, or an empty string when it is not downloaded.
    QString localAsset(const std::string& sha256) const;
    // Downloads every asset of the course that is missing; downloadProgress/courseDownloaded.
    void downloadCourse(const Uuid& courseId);
    // Downloads one asset (for a lesson opened before its course was downloaded).
    void fetchAsset(const Uuid& courseId, const std::string& sha256, const QObject* context,
                    std::function<void(QString path)> done);

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
    void onlineChanged(bool online);
    void syncStatusChanged(const satchel::client::SyncStatus& status);
    // Local progress changed (a recording or a pull): views re-read their lessons.
    void progressChanged(const satchel::Uuid& courseId);
    void downloadProgress(const satchel::Uuid& courseId, qint64 received, qint64 total);
    void courseDownloaded(const satchel::Uuid& courseId, bool ok);

private:
    void adoptSession(const AuthResponse& auth);
    void startSync();
    void refreshCourseProgress(const Uuid& courseId);
    // Records a Completed event when the lesson's completion rule has just been met.
    void checkCompletion(const Uuid& courseId, const Uuid& lessonId);
    QString describe(const client::ApiError& error) const;
    void ensureApi(const QUrl& server);
    QString credentialAccount() const;

    ControllerOptions options_;
    StoreWorker store_;
    HybridClock clock_;
    Uuid deviceId_;
    bool ready_ = false;
    QUrl server_;
    std::unique_ptr<client::ApiClient> api_;
    std::unique_ptr<client::SyncThread> sync_;
    std::unique_ptr<client::AssetFetcher> fetcher_;
    std::unique_ptr<client::CredentialStore> credentials_;
    client::SyncStatus syncStatus_;
    CatalogModel* catalog_;
    std::map<Uuid, CourseManifest> manifests_;
};

}  // namespace satchel::ui
