#pragma once
// The app's end of the push channel (docs/push.md): one QWebSocket to the server's
// /api/v1/push that stays connected while the app runs.
//
// - Authenticates with the access token in its first message (never in the URL) and resumes
//   from the last event id it has seen, so a reconnect delivers exactly what was missed.
// - Reconnects by itself with exponential backoff and jitter after a network failure, a
//   server restart (1001) or overload (1013), and when the server stops answering pings.
// - When the server says the token expired (close code 4001) it asks its token source for a
//   fresh one and reconnects at once; when the source cannot refresh (or a fresh token is
//   refused too) it stops and emits loginRequired().
// - Emits eventReceived() for every event, and syncNeeded() for events that mean new data on
//   the server (new course version, grade, enrollment, certificate): connect it to the
//   SyncEngine.
//
// Lives on the thread that owns it (normally the GUI thread; all I/O is asynchronous).

#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <chrono>
#include <functional>
#include <optional>

#include "satchel/client/reconnect_backoff.h"

namespace satchel::client {

struct PushEvent {
    qint64 id = 0;  // per-user, increasing without gaps
    QString kind;   // "course.version_published", "quiz.graded", "enrollment.added",
                    // "course.announcement", "certificate.ready"
    QJsonObject data;
    QString createdAt;  // ISO 8601, UTC
    // The notification this event is, as the sync pull also delivers it (same id, title and
    // body; docs/push.md "One notification store"). Empty for kinds that are not shown.
    QString notificationId;
    QString title;
    QString body;
    QString userId;  // the account the socket authenticated as (from the server's "ready")
};

// Whether an event of this kind means the client should sync (pull) now.
bool pushEventMeansNewData(const QString& kind);

// Where PushClient gets access tokens. The ApiClient implements it over its refresh call.
class PushTokenSource {
public:
    virtual ~PushTokenSource() = default;
    virtual QString currentAccessToken() const = 0;
    // Obtains a fresh access token asynchronously; calls `done(true)` once currentAccessToken()
    // returns it, `done(false)` when the session cannot be refreshed (the user must log in).
    // `done` is called on the PushClient's thread.
    virtual void refreshAccessToken(std::function<void(bool)> done) = 0;
};

class PushClient : public QObject {
    Q_OBJECT
public:
    enum class State {
        Stopped,
        Connecting,
        Authenticating,
        Live,
        WaitingToReconnect,
        Refreshing,
        LoginRequired
    };
    Q_ENUM(State)

    struct Options {
        ReconnectBackoff::Policy backoff;
        std::chrono::milliseconds handshakeTimeout{20000};  // connect + auth until "ready"
        std::chrono::milliseconds pingInterval{20000};      // our own pings to the server
        std::chrono::milliseconds pongTimeout{20000};       // no pong in this long: reconnect
    };

    // `serverUrl` is the server's base URL (http or https); the socket goes to
    // ws(s)://host/api/v1/push. `tokens` must outlive this object.
    PushClient(QUrl serverUrl, PushTokenSource& tokens, Options options, QObject* parent = nullptr);
    PushClient(QUrl serverUrl, PushTokenSource& tokens, QObject* parent = nullptr);
    ~PushClient() override;

    // Connects and keeps connected. `lastEventId`: the last event this client has seen
    // (persisted by the caller); none means "live events only from now".
    void start(std::optional<qint64> lastEventId);
    void stop();

    State state() const { return state_; }
    std::optional<qint64> lastEventId() const { return lastEventId_; }
    // Connections made so far (first one included): lets a caller see a reconnect happened.
    int connectionCount() const { return connections_; }

signals:
    void stateChanged(satchel::client::PushClient::State state);
    void eventReceived(const satchel::client::PushEvent& event);
    void syncNeeded(const QString& kind);
    void loginRequired();
    // The socket closed; `code` is the WebSocket close code (0 when the connection failed).
    void disconnected(int code, const QString& reason);

private:
    void connectNow();
    void onConnected();
    void onTextMessage(const QString& text);
    void onClosed();
    void scheduleReconnect();
    void refreshAndReconnect();
    void setState(State state);
    void abortSocket();

    QUrl pushUrl_;
    PushTokenSource& tokens_;
    Options options_;
    ReconnectBackoff backoff_;
    QWebSocket socket_;
    QTimer reconnectTimer_;
    QTimer handshakeTimer_;
    QTimer pingTimer_;
    QTimer pongDeadline_;
    State state_ = State::Stopped;
    std::optional<qint64> lastEventId_;
    QString userId_;                        // from the last "ready" message
    bool refreshedForThisFailure_ = false;  // a fresh token was refused too: log in again
    bool attemptOpen_ = false;              // a connection attempt has not been closed yet
    int connections_ = 0;
    quint64 generation_ = 0;  // invalidates refresh callbacks after stop()
};

}  // namespace satchel::client

Q_DECLARE_METATYPE(satchel::client::PushEvent)
