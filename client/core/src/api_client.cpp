#include "satchel/client/api_client.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include "satchel/protocol/codec.h"

namespace satchel::client {

struct ApiClient::Call {
    std::string accessUsed;  // the access token the request carried
    QByteArray method;
    QString path;  // with its query, if any
    QByteArray body;
    bool authenticated = false;
    bool retried = false;  // a 401 already led to a refresh: do not refresh again
    QPointer<QObject> context;
    RawCallback done;

    void deliver(ApiResult<QByteArray> result) {
        if (context)
            done(std::move(result));
    }
};

namespace {

QByteArray bytes(const std::string& s) {
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}
std::string_view view(const QByteArray& b) {
    return {b.constData(), static_cast<std::size_t>(b.size())};
}

ApiError httpError(int status, const QByteArray& body) {
    ApiError error;
    error.httpStatus = status;
    // The server's ErrorResponse ({"error":{"code","message"}}), when the body is one;
    // otherwise the status says enough.
    if (auto decoded = decode<ErrorResponse>(view(body))) {
        error.code = decoded->code;
        error.message = QString::fromStdString(decoded->message);
    }
    if (error.message.isEmpty())
        error.message = QStringLiteral("HTTP %1").arg(status);
    if (error.code == "unsupportedVersion") {
        error.kind = ApiError::Kind::UnsupportedVersion;
    } else if (status == 401) {
        error.kind = ApiError::Kind::Unauthorized;
    } else if (status == 403) {
        error.kind = ApiError::Kind::Forbidden;
    } else if (status == 404) {
        error.kind = ApiError::Kind::NotFound;
    } else if (status >= 500) {
        error.kind = ApiError::Kind::Server;
    } else {
        error.kind = ApiError::Kind::Rejected;
    }
    return error;
}

}  // namespace

QString toString(ApiError::Kind kind) {
    switch (kind) {
        case ApiError::Kind::Offline:
            return QStringLiteral("offline");
        case ApiError::Kind::Timeout:
            return QStringLiteral("timeout");
        case ApiError::Kind::Unauthorized:
            return QStringLiteral("unauthorized");
        case ApiError::Kind::Forbidden:
            return QStringLiteral("forbidden");
        case ApiError::Kind::NotFound:
            return QStringLiteral("not-found");
        case ApiError::Kind::Rejected:
            return QStringLiteral("rejected");
        case ApiError::Kind::Server:
            return QStringLiteral("server");
        case ApiError::Kind::Protocol:
            return QStringLiteral("protocol");
        case ApiError::Kind::UnsupportedVersion:
            break;
    }
    return QStringLiteral("unsupported-version");
}

ApiClient::ApiClient(QUrl server, Uuid deviceId, std::shared_ptr<Session> session, QObject* parent)
    : QObject(parent),
      server_(std::move(server)),
      deviceId_(deviceId),
      session_(session ? std::move(session) : std::make_shared<Session>()) {
    connect(session_.get(), &Session::tokensChanged, this, &ApiClient::sessionChanged);
}

ApiClient::~ApiClient() = default;

void ApiClient::setOnline(bool online) {
    if (online_ == online)
        return;
    online_ = online;
    emit onlineChanged(online);
}

void ApiClient::request(const QByteArray& method, const QString& path, QByteArray body,
                        bool authenticated, const QObject* context, RawCallback done) {
    auto call = std::make_shared<Call>();
    call->method = method;
    call->path = path;
    call->body = std::move(body);
    call->authenticated = authenticated;
    call->context = const_cast<QObject*>(context);
    call->done = std::move(done);
    send(std::move(call));
}

void ApiClient::send(std::shared_ptr<Call> call) {
    const Session::Tokens tokens = session_->current();
    if (call->authenticated && tokens.access.empty()) {
        if (tokens.refresh.empty() || call->retried) {
            call->deliver(fail(ApiError{ApiError::Kind::Unauthorized, 0, "unauthorized",
                                        QStringLiteral("not signed in")}));
            return;
        }
        call->retried = true;
        refreshThenRetry(std::move(call));
        return;
    }
    QUrl url = server_;
    const qsizetype queryAt = call->path.indexOf(QLatin1Char('?'));
    QString base = server_.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + call->path.left(queryAt));
    if (queryAt >= 0)
        url.setQuery(call->path.mid(queryAt + 1));

    QNetworkRequest req(url);
    req.setTransferTimeout(static_cast<int>(timeout_.count()));
    req.setRawHeader("Accept", "application/json");
    if (!call->body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    if (call->authenticated) {
        call->accessUsed = tokens.access;
        req.setRawHeader("Authorization", "Bearer " + bytes(tokens.access));
    }
    QNetworkReply* reply = network_.sendCustomRequest(req, call->method, call->body);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finished(call, reply); });
}

void ApiClient::finished(std::shared_ptr<Call> call, QNetworkReply* reply) {
    reply->deleteLater();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        // No HTTP answer at all: the network or the server is away.
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
        setOnline(false);
        call->deliver(fail(ApiError{timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Offline,
                                    0,
                                    {},
                                    reply->errorString()}));
        return;
    }
    setOnline(true);
    const int status = statusAttribute.toInt();
    const QByteArray body = reply->readAll();
    if (status >= 200 && status < 300) {
        call->deliver(body);
        return;
    }
    if (status == 401 && call->authenticated && !call->retried && session_->signedIn()) {
        call->retried = true;
        session_->invalidateAccess(call->accessUsed);
        refreshThenRetry(std::move(call));
        return;
    }
    call->deliver(fail(httpError(status, body)));
}

void ApiClient::resendWaiting() {
    auto waiting = std::move(waitingForRefresh_);
    waitingForRefresh_.clear();
    for (auto& c : waiting)
        send(std::move(c));
}

void ApiClient::refreshThenRetry(std::shared_ptr<Call> call) {
    waitingForRefresh_.push_back(std::move(call));
    if (refreshing_)
        return;
    const Session::Tokens before = session_->current();
    if (!before.access.empty())
        return resendWaiting();  // refreshed meanwhile
    // One refresh per session: if another client is at it, tokensChanged() resends ours.
    if (!session_->tryBeginRefresh())
        return;
    refreshing_ = true;
    const QByteArray body = bytes(encode(RefreshRequest{before.refresh, deviceId_}));
    request("POST", QStringLiteral("/api/v1/auth/refresh"), body, false, this,
            [this](ApiResult<QByteArray> result) {
                refreshing_ = false;
                std::optional<ApiError> error;
                if (!result) {
                    error = result.error();
                } else if (auto auth = decode<AuthResponse>(view(*result)); !auth) {
                    error = ApiError{ApiError::Kind::Protocol,
                                     200,
                                     {},
                                     QString::fromStdString(auth.error().describe())};
                } else {
                    adoptTokens(*auth);
                }
                if (error && (error->kind == ApiError::Kind::Unauthorized ||
                              error->kind == ApiError::Kind::Forbidden ||
                              error->kind == ApiError::Kind::Rejected)) {
                    endSession();  // the refresh token is dead: sign in again
                    error->kind = ApiError::Kind::Unauthorized;
                }
                auto waiting = std::move(waitingForRefresh_);
                waitingForRefresh_.clear();
                session_->endRefresh();
                for (auto& c : waiting) {
                    if (error) {
                        c->deliver(fail(*error));
                    } else {
                        send(std::move(c));
                    }
                }
            });
}

void ApiClient::sessionChanged() {
    // Another client finished its refresh (or the session ended): retry what waited here.
    if (refreshing_ || waitingForRefresh_.empty())
        return;
    if (!session_->signedIn()) {
        auto waiting = std::move(waitingForRefresh_);
        waitingForRefresh_.clear();
        for (auto& c : waiting) {
            c->deliver(fail(ApiError{ApiError::Kind::Unauthorized, 0, "unauthorized",
                                     QStringLiteral("the session ended")}));
        }
        return;
    }
    if (!session_->current().access.empty())
        resendWaiting();
}

void ApiClient::adoptTokens(const AuthResponse& auth) {
    const bool rotated = session_->current().refresh != auth.refreshToken;
    session_->set(auth.accessToken, auth.refreshToken);
    if (rotated)
        emit refreshTokenChanged(QString::fromStdString(auth.refreshToken));
}

void ApiClient::endSession() {
    const bool had = session_->signedIn();
    session_->clear();
    if (had) {
        emit refreshTokenChanged(QString());
        emit sessionEnded();
    }
}

}  // namespace satchel::client
