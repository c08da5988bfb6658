#pragma once
// NotificationCenter: the app's notifications for the UI to bind to — a list of recent ones,
// an unread count (the badge) and mark-read — kept in the local database (LocalStore's
// `notification` table) and fed from both channels the server delivers them on:
//
// - the push channel: addPushEvent() (connect PushClient::eventReceived) stores each event
//   that is a notification with the event it came as, and records the event id as the
//   channel's resume point (resumePoint() once ready());
// - the sync pull: a client that had no socket gets the same notifications (same ids) by
//   pull; reload() (connect SyncEngine::cycleFinished) shows them.
//
// connectNotifications() wires a center, a PushClient and a SyncEngine together, including the
// rule that an event meaning new data (a new course version, a grade, an enrollment, a
// certificate: pushEventMeansNewData) asks the SyncEngine to sync.
//
// A center works for one account (the signed-in user's id): it shows, counts and resumes only
// that account's notifications, so two accounts on one machine never see each other's.
//
// Read state is the account's, on every device (docs/push.md "Read state"): markRead() and
// markAllRead() apply at once here and queue the read in the same local transaction; with an
// ApiClient (setApi) the queue is sent to POST /api/v1/notifications/read whenever the center
// is told the server may be reachable (sendPendingReads: after a mark, at start, when the
// ApiClient comes online, after a sync, when the push channel is live), and a read stays
// queued until the server has accepted it, across restarts (promise 1: nothing done offline
// is lost). Reads made on other devices arrive as 'notification.read' push events (and by
// pull) and are applied here.
//
// Threading: lives on the GUI thread and never waits for SQLite. Every database call runs on
// a thread of its own with its own LocalStore connection (WAL); results come back as signals.
// Operations are applied in the order they were called.

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThread>
#include <optional>

#include "satchel/client/push_client.h"
#include "satchel/ids.h"
#include "satchel/model/notification.h"

namespace satchel::client {

class ApiClient;
class SyncEngine;

namespace detail {
class NotificationWorker;
}

// One notification as the UI shows it.
struct NotificationItem {
    QString id;  // the server's notification id (stable across push and pull)
    NotificationKind kind = NotificationKind::Announcement;
    QString title;
    QString body;
    QString courseId;  // empty when the notification is not about one course
    qint64 createdAtMs = 0;
    bool read = false;
    // The push event it arrived as (kind and data, e.g. a certificate's code and
    // download_path); empty when it arrived by pull only.
    QString eventKind;
    QJsonObject eventData;
};

// The shared Notification record a push event stands for, or nullopt when the event is not
// shown as a notification (a kind this build does not know, or missing fields).
std::optional<Notification> notificationFromPushEvent(const PushEvent& event);

class NotificationCenter : public QObject {
    Q_OBJECT
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged)
public:
    static constexpr int kRecentLimit = 100;

    // At most this many ids per POST /api/v1/notifications/read (the server's limit).
    static constexpr int kReadsPerRequest = 500;

    // `databasePath`: the LocalStore file (opened, and migrated if needed, on the worker);
    // `accountId`: the signed-in user whose notifications this center shows.
    NotificationCenter(QString databasePath, const Uuid& accountId, QObject* parent = nullptr);
    ~NotificationCenter() override;  // finishes queued writes, then ends the thread

    // Opens the store and loads; emits ready() (or storeFailed()).
    void start();

    // Where reads are sent (null, the default: they stay queued). `api` must live on this
    // thread; the center does not own it and forgets it when it is destroyed.
    void setApi(ApiClient* api);

    const Uuid& accountId() const { return accountId_; }
    bool isReady() const { return ready_; }
    int unreadCount() const { return unreadCount_; }
    // Newest first, at most kRecentLimit.
    const QList<NotificationItem>& recent() const { return recent_; }
    // The last push event id stored: where PushClient resumes (valid once ready()).
    std::optional<qint64> resumePoint() const { return resumePoint_; }

public slots:
    void addPushEvent(const satchel::client::PushEvent& event);
    void markRead(const QString& id);
    void markAllRead();
    // Re-reads the list and the count (after a sync pulled notifications).
    void reload();
    // Sends the queued reads (in requests of kReadsPerRequest) if an ApiClient is set and no
    // send is under way (one under way sends again when it ends). Failures that may pass
    // (offline, timeout, 5xx, 401) keep them queued for the next call; a refusal the server
    // will repeat (another 4xx) drops them with storeFailed().
    void sendPendingReads();

signals:
    void ready();
    void unreadCountChanged(int count);
    // recent() changed (new notifications, read state).
    void notificationsChanged();
    // A notification this device had not seen before arrived over the push channel (for a
    // desktop notification). Not emitted for ones that came by pull, nor for replays.
    void notificationArrived(const satchel::client::NotificationItem& item);
    // A database operation failed; the message is for logs and a status line.
    void storeFailed(const QString& message);
    // Queued reads were accepted by the server (a test and a status line may follow it).
    void readsSent(int count);

private:
    void applyLoaded(const QList<satchel::client::NotificationItem>& items, int unread,
                     qint64 resumePoint);
    void sendReads(const QStringList& ids);

    Uuid accountId_;
    QPointer<ApiClient> api_;
    bool sending_ = false;    // a collect or POST is under way
    bool sendAgain_ = false;  // sendPendingReads() was called meanwhile
    QThread thread_;
    detail::NotificationWorker* worker_ = nullptr;  // owned by thread_ (deleteLater on finish)
    QList<NotificationItem> recent_;
    int unreadCount_ = 0;
    std::optional<qint64> resumePoint_;
    bool ready_ = false;
};

// Wires them together: push events are stored by `center`; events meaning new data make
// `engine` (on its own thread; may be null) sync; each finished sync cycle reloads `center`;
// once `center` is ready, `push` starts from its resume point (`push` must not be started by
// the caller). With `api` (may be null) reads are sent through it, again whenever it comes
// online, the push channel goes live or a sync cycle ends. Connections end with whichever
// object is destroyed first.
void connectNotifications(NotificationCenter& center, PushClient& push, SyncEngine* engine,
                          ApiClient* api = nullptr);

}  // namespace satchel::client

Q_DECLARE_METATYPE(satchel::client::NotificationItem)
