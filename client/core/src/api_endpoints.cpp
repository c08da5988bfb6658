// ApiClient: one function per server route, typed with shared/'s protocol messages.
#include "satchel/client/api_client.h"
#include "satchel/protocol/codec.h"

namespace satchel::client {
namespace {
QByteArray body(const std::string& s) {
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}
QString id(const Uuid& uuid) {
    return QString::fromStdString(uuid.toString());
}
}  // namespace

template <class T>
void ApiClient::requestJson(const QByteArray& method, const QString& path, QByteArray payload,
                            bool authenticated, const QObject* context, Callback<T> done) {
    request(method, path, std::move(payload), authenticated, context,
            [done = std::move(done)](ApiResult<QByteArray> raw) {
                if (!raw) {
                    done(fail(raw.error()));
                    return;
                }
                auto decoded = decode<T>({raw->constData(), static_cast<std::size_t>(raw->size())});
                if (!decoded) {
                    done(fail(ApiError{ApiError::Kind::Protocol,
                                       200,
                                       {},
                                       QString::fromStdString(decoded.error().describe())}));
                    return;
                }
                done(std::move(*decoded));
            });
}

void ApiClient::registerAccount(const RegisterRequest& request, const std::string& deviceName,
                                const QObject* context, Callback<AuthResponse> done) {
    this->request("POST", QStringLiteral("/api/v1/auth/register"), body(encode(request)), false,
                  context,
                  [this, request, deviceName, context,
                   done = std::move(done)](ApiResult<QByteArray> created) mutable {
                      if (!created) {
                          done(fail(created.error()));
                          return;
                      }
                      login(request.email, request.password, deviceName, context, std::move(done));
                  });
}

void ApiClient::login(const std::string& email, const std::string& password,
                      const std::string& deviceName, const QObject* context,
                      Callback<AuthResponse> done) {
    const LoginRequest request{email, password, deviceId_, deviceName};
    requestJson<AuthResponse>("POST", QStringLiteral("/api/v1/auth/login"), body(encode(request)),
                              false, context,
                              [this, done = std::move(done)](ApiResult<AuthResponse> r) {
                                  if (r)
                                      adoptTokens(*r);
                                  done(std::move(r));
                              });
}

void ApiClient::logout(const QObject* context, Callback<void> done) {
    const std::string refreshToken = session_->current().refresh;
    if (refreshToken.empty()) {
        done({});
        return;
    }
    const QByteArray payload = body(encode(LogoutRequest{refreshToken}));
    // Forget the tokens now: signing out must work offline too.
    session_->clear();
    emit refreshTokenChanged(QString());
    request("POST", QStringLiteral("/api/v1/auth/logout"), payload, false, context,
            [done = std::move(done)](ApiResult<QByteArray> r) {
                if (!r) {
                    done(fail(r.error()));
                    return;
                }
                done({});
            });
}

void ApiClient::catalog(const QObject* context, Callback<CatalogResponse> done) {
    requestJson<CatalogResponse>("GET", QStringLiteral("/api/v1/courses"), {}, true, context,
                                 std::move(done));
}

void ApiClient::enroll(const Uuid& courseId, const QObject* context, Callback<void> done) {
    request("POST", QStringLiteral("/api/v1/courses/%1/enroll").arg(id(courseId)),
            body(encode(EnrollRequest{courseId})), true, context,
            [done = std::move(done)](ApiResult<QByteArray> r) {
                if (!r) {
                    done(fail(r.error()));
                    return;
                }
                done({});
            });
}

void ApiClient::manifest(const Uuid& courseId, std::uint32_t version, const QObject* context,
                         Callback<CourseManifest> done) {
    requestJson<CourseManifest>(
        "GET",
        QStringLiteral("/api/v1/courses/%1/versions/%2/manifest").arg(id(courseId)).arg(version),
        {}, true, context, std::move(done));
}

void ApiClient::assetUrl(const Uuid& courseId, std::uint32_t version, const std::string& sha256,
                         const QObject* context, Callback<AssetUrlResponse> done) {
    requestJson<AssetUrlResponse>("GET",
                                  QStringLiteral("/api/v1/courses/%1/versions/%2/assets/%3/url")
                                      .arg(id(courseId))
                                      .arg(version)
                                      .arg(QString::fromStdString(sha256)),
                                  {}, true, context, std::move(done));
}

void ApiClient::push(const PushRequest& request, const QObject* context,
                     Callback<PushResponse> done) {
    requestJson<PushResponse>("POST", QStringLiteral("/api/v1/sync/push"), body(encode(request)),
                              true, context, std::move(done));
}

void ApiClient::pull(const std::string& cursor, std::uint32_t limit, const QObject* context,
                     Callback<PullResponse> done) {
    QString path = QStringLiteral("/api/v1/sync/pull?limit=%1").arg(limit);
    if (!cursor.empty()) {
        path += QStringLiteral("&cursor=") +
                QString::fromUtf8(QUrl::toPercentEncoding(QString::fromStdString(cursor)));
    }
    requestJson<PullResponse>("GET", path, {}, true, context, std::move(done));
}

void ApiClient::authenticatedRequest(const QByteArray& method, const QString& path,
                                     QByteArray payload, const QObject* context,
                                     Callback<QByteArray> done) {
    request(method, path, std::move(payload), true, context, std::move(done));
}

}  // namespace satchel::client
