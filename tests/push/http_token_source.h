#pragma once
// Access tokens for PushClient from the server's real login and refresh routes, as the app's
// ApiClient gets them; plus registering a student through the real route.

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "satchel/client/push_client.h"
#include "satchel/testing/http.h"

namespace satchel::testing {

class HttpTokenSource : public client::PushTokenSource {
public:
    explicit HttpTokenSource(QString baseUrl) : base_(std::move(baseUrl)) {}

    void login(const std::string& username, const std::string& password) {
        const auto r = http("POST", base_.toStdString() + "/api/v1/auth/login",
                            nlohmann::json{{"username", username}, {"password", password}}.dump(),
                            {{"Content-Type", "application/json"}});
        BOOST_REQUIRE_MESSAGE(r.status == 200, r.body);
        take(QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object());
    }

    QString currentAccessToken() const override { return access_; }
    QString refreshToken() const { return refresh_; }
    void setAccessToken(const std::string& token) { access_ = QString::fromStdString(token); }

    void refreshAccessToken(std::function<void(bool)> done) override {
        QNetworkRequest request(QUrl(base_ + QStringLiteral("/api/v1/auth/refresh")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QJsonObject body{{QStringLiteral("refresh_token"), refresh_}};
        QNetworkReply* reply =
            nam_.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, done] {
            reply->deleteLater();
            const bool ok = reply->error() == QNetworkReply::NoError;
            if (ok) {
                take(QJsonDocument::fromJson(reply->readAll()).object());
                ++refreshes;
            }
            done(ok);
        });
    }

    int refreshes = 0;

private:
    void take(const QJsonObject& session) {
        access_ = session.value(QLatin1String("access_token")).toString();
        refresh_ = session.value(QLatin1String("refresh_token")).toString();
        BOOST_REQUIRE(!access_.isEmpty());
        BOOST_REQUIRE(!refresh_.isEmpty());
    }

    QString base_;
    QString access_;
    QString refresh_;
    QNetworkAccessManager nam_;
};

// Registers a student through POST /api/v1/auth/register (the server runs with open
// registration); returns the new account's id.
inline std::string registerStudent(const std::string& baseUrl, const std::string& username,
                                   const std::string& password) {
    const auto r = http("POST", baseUrl + "/api/v1/auth/register",
                        nlohmann::json{{"username", username}, {"password", password}}.dump(),
                        {{"Content-Type", "application/json"}});
    BOOST_REQUIRE_MESSAGE(r.status == 201, r.body);
    return nlohmann::json::parse(r.body).at("id").get<std::string>();
}

}  // namespace satchel::testing
