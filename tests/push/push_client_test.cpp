// The app's PushClient against the real satchel-syncd and PostgreSQL: it refreshes an expired
// token through the real refresh route and reconnects by itself, and after a server restart
// it reconnects with backoff and resumes exactly where it stopped.
#define BOOST_TEST_MODULE push_client
#include <boost/test/unit_test.hpp>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <nlohmann/json.hpp>

#include "http_token_source.h"
#include "push_world.h"
#include "satchel/client/push_client.h"
#include "satchel/client/reconnect_backoff.h"
#include "satchel/testing/env.h"

using namespace satchel::testing;
using satchel::client::PushClient;
using satchel::client::PushEvent;
using namespace std::chrono_literals;

namespace {

struct QtApp {
    int argc = 1;
    char arg0[16] = "push-client";
    char* argv[2] = {arg0, nullptr};
    QCoreApplication app{argc, argv};
};
BOOST_TEST_GLOBAL_FIXTURE(QtApp);

bool waitFor(const std::function<bool()>& condition, std::chrono::milliseconds timeout) {
    return QTest::qWaitFor(condition, static_cast<int>(timeout.count()));
}

void createEvent(PushWorld& world, const std::string& userId, const std::string& kind, int n) {
    world.psql("SELECT push_create_event('" + userId + "', '" + kind +
               "', '{\"n\": " + std::to_string(n) + "}'::jsonb)");
}

PushClient::Options fastReconnects() {
    PushClient::Options o;
    o.backoff.initial = 200ms;
    o.backoff.max = 1000ms;
    return o;
}

}  // namespace

BOOST_AUTO_TEST_CASE(backoff_grows_exponentially_up_to_the_cap_with_jitter_below_the_base) {
    satchel::client::ReconnectBackoff::Policy policy{100ms, 1000ms, 0.5};
    double randomValue = 0.0;
    satchel::client::ReconnectBackoff backoff(policy, [&] { return randomValue; });
    BOOST_TEST(backoff.next().count() == 100);
    BOOST_TEST(backoff.next().count() == 200);
    BOOST_TEST(backoff.next().count() == 400);
    BOOST_TEST(backoff.next().count() == 800);
    BOOST_TEST(backoff.next().count() == 1000);
    for (int i = 0; i < 100; ++i)
        BOOST_TEST(backoff.next().count() == 1000);  // no overflow
    randomValue = 0.999;
    BOOST_TEST(backoff.next().count() == 500);  // at most half is taken off
    backoff.reset();
    randomValue = 0.5;
    BOOST_TEST(backoff.next().count() == 75);
}

BOOST_AUTO_TEST_CASE(expired_token_is_refreshed_and_the_client_reconnects_by_itself) {
    PushWorld world;
    auto server = world.startServer({{"SATCHEL_PUSH_TOKEN_CHECK_MS", "500"}});
    const auto student = registerStudent(server->url(), "ada", "correct horse battery staple");
    HttpTokenSource tokens(QString::fromStdString(server->url()));
    tokens.login("ada", "correct horse battery staple");
    // The app holds an access token about to run out: the server honours tokens up to 30 s
    // past expiry (clock skew), and this one expired 20 s ago, so the socket is accepted and
    // closed with 4001 some 10 s later. Refreshing then goes through the real refresh route.
    tokens.setAccessToken(world.accessToken(student, "student", -20s));

    PushClient client(QUrl(QString::fromStdString(server->url())), tokens, fastReconnects());
    QSignalSpy closes(&client, &PushClient::disconnected);
    QSignalSpy events(&client, &PushClient::eventReceived);
    QSignalSpy syncs(&client, &PushClient::syncNeeded);
    client.start(std::nullopt);
    BOOST_REQUIRE(waitFor([&] { return client.state() == PushClient::State::Live; }, 30s));

    BOOST_REQUIRE(waitFor(
        [&] { return tokens.refreshes == 1 && client.state() == PushClient::State::Live; }, 90s));
    BOOST_REQUIRE_GE(closes.count(), 1);
    BOOST_TEST(closes.at(0).at(0).toInt() == 4001);
    BOOST_TEST(client.connectionCount() == 2);

    // The new connection carries events, and a grade asks for a sync.
    createEvent(world, student, "quiz.graded", 1);
    BOOST_REQUIRE(waitFor([&] { return events.count() == 1; }, 30s));
    const auto event = events.at(0).at(0).value<PushEvent>();
    BOOST_TEST(event.kind.toStdString() == "quiz.graded");
    BOOST_TEST(event.data.value(QStringLiteral("n")).toInt() == 1);
    BOOST_TEST(syncs.count() == 1);
    client.stop();
}

BOOST_AUTO_TEST_CASE(after_a_server_restart_the_client_reconnects_and_resumes_where_it_stopped) {
    PushWorld world;
    const int port = freePort();
    const std::string base = "http://127.0.0.1:" + std::to_string(port);
    const std::map<std::string, std::string> samePort{
        {"SATCHEL_LISTEN", "127.0.0.1:" + std::to_string(port)}};
    auto waitServing = [&] {
        return waitFor([&] { return httpGet(base + "/readyz").status == 200; }, 60s);
    };
    auto first = std::make_unique<SyncServer>(
        world.databaseUrl(), std::map<std::string, std::string>{samePort.begin(), samePort.end()});
    BOOST_REQUIRE_MESSAGE(waitServing(), first->process().log());
    const auto student = registerStudent(base, "grace", "another long passphrase");
    HttpTokenSource tokens(QString::fromStdString(base));
    tokens.login("grace", "another long passphrase");

    createEvent(world, student, "quiz.graded", 1);
    PushClient client(QUrl(QString::fromStdString(base)), tokens, fastReconnects());
    QSignalSpy events(&client, &PushClient::eventReceived);
    client.start(0);  // everything since the beginning
    BOOST_REQUIRE(waitFor([&] { return events.count() == 1; }, 30s));

    first->stop();  // SIGTERM: the server closes the socket with 1001 "going away"
    BOOST_REQUIRE(waitFor(
        [&] {
            return client.state() == PushClient::State::WaitingToReconnect ||
                   client.state() == PushClient::State::Connecting;
        },
        30s));
    for (int n = 2; n <= 4; ++n)
        createEvent(world, student, "course.announcement", n);

    auto second = std::make_unique<SyncServer>(
        world.databaseUrl(), std::map<std::string, std::string>{samePort.begin(), samePort.end()});
    BOOST_REQUIRE_MESSAGE(waitServing(), second->process().log());
    BOOST_REQUIRE(waitFor([&] { return events.count() == 4; }, 60s));
    for (int i = 0; i < 4; ++i) {
        const auto event = events.at(i).at(0).value<PushEvent>();
        BOOST_TEST(event.id == i + 1);
        BOOST_TEST(event.data.value(QStringLiteral("n")).toInt() == i + 1);
    }
    BOOST_TEST(client.connectionCount() >= 2);
    BOOST_TEST(client.lastEventId().value_or(0) == 4);
    client.stop();
}
