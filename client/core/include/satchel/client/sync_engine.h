#pragma once
// SyncEngine: pushes the outbox in batches, records each acknowledgement (rejected events stay
// in the outbox, marked, for the "needs attention" view), then pulls everything since its
// cursor and applies it. It runs on its own thread with its own LocalStore connection and
// ApiClient, so the UI thread never waits for it.
//
// Triggers: start(), requestSync() (local activity, a push notification), connectivity
// regained, and a timer. Failures that may pass (offline, timeout, 5xx) are retried with
// exponential backoff and jitter; a refused session waits for a new sign-in.
//
// Use SyncThread to run one; SyncEngine itself is a QObject that must be created on, or
// moved to, the thread it runs on before start().

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <memory>
#include <optional>

#include "satchel/client/api_error.h"
#include "satchel/client/session.h"
#include "satchel/client/store_error.h"

namespace satchel::client {

class ApiClient;
class LocalStore;

struct SyncSettings {
    QString databasePath;
    QUrl server;
    // The app's Session, shared with its other ApiClients; or, when null, a refresh token
    // from the keychain to start a session of the engine's own.
    std::shared_ptr<Session> session;
    std::string refreshToken;
    int pushBatch = 500;  // events and attempts per push (the protocol allows 5,000)
    std::uint32_t pullLimit = 1000;
    std::chrono::milliseconds interval{std::chrono::minutes(5)};
    std::chrono::milliseconds minBackoff{std::chrono::seconds(1)};
    std::chrono::milliseconds maxBackoff{std::chrono::minutes(5)};
    std::chrono::milliseconds requestTimeout{std::chrono::seconds(30)};
};

struct SyncStatus {
    enum class State { Idle, Syncing, UpToDate, Offline, NeedsSignIn, Failed };
    State state = State::Idle;
    std::int64_t pending = 0;   // outbox entries not yet acknowledged
    std::int64_t rejected = 0;  // entries the server refused ("needs attention")
    QString lastError;          // for logs and the details view
};

class SyncEngine : public QObject {
    Q_OBJECT
public:
    explicit SyncEngine(SyncSettings settings, QObject* parent = nullptr);
    ~SyncEngine() override;

    const SyncStatus& status() const { return status_; }

public slots:
    // Opens the store and the client on the calling thread and runs a first cycle.
    void start();
    // Runs a cycle now, or right after the current one.
    void requestSync();
    // Stops timers; a cycle in flight finishes its current request and stops there.
    void stop();
    // A new session after sign-in.
    void setRefreshToken(const QString& token);

signals:
    void statusChanged(const satchel::client::SyncStatus& status);
    // Each completed cycle (ok: pushed and pulled everything).
    void cycleFinished(bool ok);
    void refreshTokenChanged(const QString& token);

private:
    void runCycle();
    void pushNext();
    void pullNext();
    void finishCycle(std::optional<ApiError> error, std::optional<StoreError> storeError = {});
    void publish(SyncStatus::State state, const QString& error = {});

    SyncSettings settings_;
    std::unique_ptr<LocalStore> store_;
    std::unique_ptr<ApiClient> api_;
    QTimer interval_;
    QTimer retry_;
    SyncStatus status_;
    bool running_ = false;
    bool again_ = false;
    bool stopped_ = false;
    int failures_ = 0;
};

// Runs a SyncEngine on a thread of its own for as long as this object lives.
class SyncThread {
public:
    explicit SyncThread(SyncSettings settings);
    ~SyncThread();  // stops the engine, ends the thread and waits for it
    SyncThread(const SyncThread&) = delete;
    SyncThread& operator=(const SyncThread&) = delete;

    // For connecting signals (queued) and invoking slots with QMetaObject::invokeMethod.
    SyncEngine* engine() const { return engine_; }
    void requestSync();

private:
    QThread thread_;
    SyncEngine* engine_;
};

}  // namespace satchel::client

Q_DECLARE_METATYPE(satchel::client::SyncStatus)
