#include "satchel/client/push_client.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QPointer>

namespace satchel::client {
namespace {

// The server's close codes (syncserver/push/protocol.h, docs/push.md).
constexpr int kCloseTokenExpired = 4001;
constexpr int kCloseUnauthorized = 4003;

QUrl pushUrlFor(QUrl server) {
    server.setScheme(server.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                               : QStringLiteral("ws"));
    QString path = server.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    server.setPath(path + QStringLiteral("/api/v1/push"));
    server.setQuery(QString());
    return server;
}

}  // namespace

bool pushEventMeansNewData(const QString& kind) {
    return kind == QLatin1String("course.version_published") ||
           kind == QLatin1String("quiz.graded") || kind == QLatin1String("enrollment.added") ||
           kind == QLatin1String("certificate.ready");
}

PushClient::PushClient(QUrl serverUrl, PushTokenSource& tokens, QObject* parent)
    : PushClient(std::move(serverUrl), tokens, Options{}, parent) {}

PushClient::PushClient(QUrl serverUrl, PushTokenSource& tokens, Options options, QObject* parent)
    : QObject(parent),
      pushUrl_(pushUrlFor(std::move(serverUrl))),
      tokens_(tokens),
      options_(options),
      backoff_(options.backoff) {
    reconnectTimer_.setSingleShot(true);
    handshakeTimer_.setSingleShot(true);
    pongDeadline_.setSingleShot(true);
    connect(&reconnectTimer_, &QTimer::timeout, this, &PushClient::connectNow);
    connect(&handshakeTimer_, &QTimer::timeout, this, &PushClient::abortSocket);
    connect(&pongDeadline_, &QTimer::timeout, this, &PushClient::abortSocket);
    connect(&pingTimer_, &QTimer::timeout, this, [this] {
        socket_.ping();
        if (!pongDeadline_.isActive())
            pongDeadline_.start(options_.pongTimeout);
    });
    connect(&socket_, &QWebSocket::pong, this, [this] { pongDeadline_.stop(); });
    connect(&socket_, &QWebSocket::connected, this, &PushClient::onConnected);
    connect(&socket_, &QWebSocket::textMessageReceived, this, &PushClient::onTextMessage);
    connect(&socket_, &QWebSocket::disconnected, this, &PushClient::onClosed);
    // Qt before 6.5 names this signal error(SocketError).
    connect(&socket_, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this] {
                if (socket_.state() == QAbstractSocket::UnconnectedState)
                    onClosed();
            });
}

PushClient::~PushClient() {
    stop();
}

void PushClient::start(std::optional<qint64> lastEventId) {
    lastEventId_ = lastEventId;
    backoff_.reset();
    refreshedForThisFailure_ = false;
    connectNow();
}

void PushClient::stop() {
    ++generation_;
    setState(State::Stopped);
    reconnectTimer_.stop();
    handshakeTimer_.stop();
    pingTimer_.stop();
    pongDeadline_.stop();
    attemptOpen_ = false;
    if (socket_.state() != QAbstractSocket::UnconnectedState)
        socket_.abort();
}

void PushClient::connectNow() {
    if (state_ == State::LoginRequired)
        return;
    setState(State::Connecting);
    ++connections_;
    attemptOpen_ = true;
    handshakeTimer_.start(options_.handshakeTimeout);
    socket_.open(QNetworkRequest(pushUrl_));
}

void PushClient::onConnected() {
    setState(State::Authenticating);
    QJsonObject auth{{QStringLiteral("type"), QStringLiteral("auth")},
                     {QStringLiteral("token"), tokens_.currentAccessToken()}};
    if (lastEventId_)
        auth.insert(QStringLiteral("last_id"), *lastEventId_);
    socket_.sendTextMessage(QString::fromUtf8(QJsonDocument(auth).toJson(QJsonDocument::Compact)));
}

void PushClient::onTextMessage(const QString& text) {
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("ready")) {
        handshakeTimer_.stop();
        backoff_.reset();
        refreshedForThisFailure_ = false;
        userId_ = message.value(QStringLiteral("user_id")).toString();
        // Without a last id the server sends live events only; remember where that began.
        if (!lastEventId_)
            lastEventId_ = message.value(QStringLiteral("latest_id")).toInteger();
        pingTimer_.start(options_.pingInterval);
        setState(State::Live);
        return;
    }
    if (type != QLatin1String("event"))
        return;  // unknown messages from a newer server
    PushEvent event;
    event.id = message.value(QStringLiteral("id")).toInteger();
    if (event.id <= 0 || (lastEventId_ && event.id <= *lastEventId_))
        return;
    event.kind = message.value(QStringLiteral("kind")).toString();
    event.data = message.value(QStringLiteral("data")).toObject();
    event.createdAt = message.value(QStringLiteral("created_at")).toString();
    event.userId = userId_;
    event.notificationId = message.value(QStringLiteral("notification_id")).toString();
    event.title = message.value(QStringLiteral("title")).toString();
    event.body = message.value(QStringLiteral("body")).toString();
    lastEventId_ = event.id;
    emit eventReceived(event);
    if (pushEventMeansNewData(event.kind))
        emit syncNeeded(event.kind);
}

// Runs once per connection attempt, however it ended (close frame, reset, refused, timeout).
void PushClient::onClosed() {
    if (!attemptOpen_)
        return;
    attemptOpen_ = false;
    handshakeTimer_.stop();
    pingTimer_.stop();
    pongDeadline_.stop();
    const int code = static_cast<int>(socket_.closeCode());
    emit disconnected(code, socket_.closeReason());
    if (state_ == State::Stopped || state_ == State::LoginRequired)
        return;
    if (code == kCloseUnauthorized && refreshedForThisFailure_) {
        setState(State::LoginRequired);
        emit loginRequired();
        return;
    }
    if (code == kCloseTokenExpired && refreshedForThisFailure_) {
        // Even the fresh token was called expired (clocks apart?): refresh again, after a
        // backoff delay so that this cannot spin.
        setState(State::WaitingToReconnect);
        const quint64 generation = generation_;
        QTimer::singleShot(backoff_.next(), this, [this, generation] {
            if (generation_ == generation && state_ == State::WaitingToReconnect)
                refreshAndReconnect();
        });
        return;
    }
    if (code == kCloseTokenExpired || code == kCloseUnauthorized)
        return refreshAndReconnect();
    scheduleReconnect();
}

void PushClient::refreshAndReconnect() {
    setState(State::Refreshing);
    const quint64 generation = generation_;
    QPointer<PushClient> self(this);
    tokens_.refreshAccessToken([self, generation](bool ok) {
        if (!self || self->generation_ != generation || self->state_ != State::Refreshing)
            return;
        if (!ok) {
            self->setState(State::LoginRequired);
            emit self->loginRequired();
            return;
        }
        self->refreshedForThisFailure_ = true;
        self->connectNow();
    });
}

void PushClient::scheduleReconnect() {
    setState(State::WaitingToReconnect);
    reconnectTimer_.start(backoff_.next());
}

void PushClient::abortSocket() {
    socket_.abort();
    onClosed();  // a no-op if abort() already reported the close
}

void PushClient::setState(State state) {
    if (state_ == state)
        return;
    state_ = state;
    emit stateChanged(state);
}

}  // namespace satchel::client
