#pragma once
// ApiClient: the app's HTTP client for satchel-syncd, over QNetworkAccessManager.
//
// Contract:
// - Asynchronous only. Each call returns at once; `done` runs later on the thread that owns
//   `context`, exactly once, unless `context` is destroyed first. The client must live on a
//   thread with an event loop.
// - Authenticated calls carry the access token. A 401 triggers one token refresh (concurrent
//   calls share it) and one retry of each waiting call; if the refresh itself is refused,
//   the session ends: sessionEnded() is emitted and the calls fail with Unauthorized.
// - Tokens live in a Session shared by all clients of the app (see session.h). Refresh tokens
//   rotate: refreshTokenChanged() carries each new one this client obtained (and an empty
//   string when the session ends or the user signs out) so the app can keep it in
//   CredentialStore. If another client rotated the token meanwhile, a refused refresh is
//   retried with the newer tokens instead of ending the session.
// - online() follows the latest outcome: false after a connection failure or timeout, true
//   after any HTTP answer.

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "satchel/client/api_error.h"
#include "satchel/client/session.h"
#include "satchel/client/trending.h"
#include "satchel/ids.h"
#include "satchel/protocol/messages.h"

class QNetworkReply;

namespace satchel::client {

class ApiClient : public QObject {
    Q_OBJECT
public:
    template <class T>
    using Callback = std::function<void(ApiResult<T>)>;

    // `session` may be shared with other ApiClients (on other threads); a fresh one is made
    // when none is given.
    ApiClient(QUrl server, Uuid deviceId, std::shared_ptr<Session> session = {},
              QObject* parent = nullptr);
    ~ApiClient() override;

    const QUrl& server() const { return server_; }
    bool online() const { return online_; }
    bool signedIn() const { return session_->signedIn(); }
    const std::shared_ptr<Session>& session() const { return session_; }
    void setTimeout(std::chrono::milliseconds timeout) { timeout_ = timeout; }
    // Resumes a session from a refresh token kept in the keychain; the first authenticated
    // call refreshes it into an access token.
    void restoreSession(std::string refreshToken) { session_->set({}, std::move(refreshToken)); }

    // ---- auth -----------------------------------------------------------------------------
    // Creates the account, then signs in with it (the server answers registration with the
    // new user, not a session).
    void registerAccount(const RegisterRequest& request, const std::string& deviceName,
                         const QObject* context, Callback<AuthResponse> done);
    void login(const std::string& email, const std::string& password, const std::string& deviceName,
               const QObject* context, Callback<AuthResponse> done);
    // Ends the session on the server (best effort) and forgets the tokens either way.
    void logout(const QObject* context, Callback<void> done);

    // ---- catalog and content ----------------------------------------------------------------
    void catalog(const QObject* context, Callback<CatalogResponse> done);
    void enroll(const Uuid& courseId, const QObject* context, Callback<void> done);
    void manifest(const Uuid& courseId, std::uint32_t version, const QObject* context,
                  Callback<CourseManifest> done);
    void assetUrl(const Uuid& courseId, std::uint32_t version, const std::string& sha256,
                  const QObject* context, Callback<AssetUrlResponse> done);

    // The courses with the most learners this week (api_trending.cpp), at most `limit`.
    void trending(int limit, const QObject* context, Callback<TrendingResponse> done);

    // ---- sync -------------------------------------------------------------------------------
    void push(const PushRequest& request, const QObject* context, Callback<PushResponse> done);
    void pull(const std::string& cursor, std::uint32_t limit, const QObject* context,
              Callback<PullResponse> done);

    // ---- routes with no typed call here -----------------------------------------------------
    // For feature clients layered on ApiClient (reports, announcements, the editor): an
    // authenticated call to `path` (query included) under the same refresh and error rules as
    // the typed calls; `done` gets the body of a 2xx answer unparsed.
    void authenticatedRequest(const QByteArray& method, const QString& path, QByteArray body,
                              const QObject* context, Callback<QByteArray> done);

signals:
    void onlineChanged(bool online);
    void refreshTokenChanged(const QString& refreshToken);
    void sessionEnded();

private:
    struct Call;
    using RawCallback = std::function<void(ApiResult<QByteArray>)>;

    void request(const QByteArray& method, const QString& path, QByteArray body, bool authenticated,
                 const QObject* context, RawCallback done);
    template <class T>
    void requestJson(const QByteArray& method, const QString& path, QByteArray body,
                     bool authenticated, const QObject* context, Callback<T> done);
    void send(std::shared_ptr<Call> call);
    void finished(std::shared_ptr<Call> call, QNetworkReply* reply);
    void refreshThenRetry(std::shared_ptr<Call> call);
    void resendWaiting();
    void sessionChanged();
    void adoptTokens(const AuthResponse& auth);
    void endSession();
    void setOnline(bool online);

    QUrl server_;
    Uuid deviceId_;
    QNetworkAccessManager network_;
    std::chrono::milliseconds timeout_{30000};
    bool online_ = true;
    std::shared_ptr<Session> session_;
    bool refreshing_ = false;
    std::vector<std::shared_ptr<Call>> waitingForRefresh_;
};

}  // namespace satchel::client
