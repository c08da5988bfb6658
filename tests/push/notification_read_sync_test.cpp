// Read state across a student's devices, end to end: two devices of one student (each its own
// local SQLite database, NotificationCenter, PushClient and ApiClient) against the real
// satchel-syncd and PostgreSQL. A notification read on device A stops being unread on device
// B; a read made while A cannot reach the server is kept and sent after A restarts; and two
// accounts signing in on one machine never see each other's notifications or resume point.
#define BOOST_TEST_MODULE push_notification_read_sync
#include <boost/test/unit_test.hpp>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include "http_token_source.h"
#include "push_world.h"
#include "satchel/client/api_client.h"
#include "satchel/client/notification_center.h"
#include "satchel/client/push_client.h"
#include "satchel/testing/env.h"

using namespace satchel::testing;
using satchel::client::ApiClient;
using satchel::client::NotificationCenter;
using satchel::client::PushClient;
using namespace std::chrono_literals;

namespace {

struct QtApp {
    int argc = 1;
    char arg0[32] = "push-notification-read-sync";
    char* argv[2] = {arg0, nullptr};
    QCoreApplication app{argc, argv};
};
BOOST_TEST_GLOBAL_FIXTURE(QtApp);

bool waitFor(const std::function<bool()>& condition, std::chrono::milliseconds timeout) {
    return QTest::qWaitFor(condition, static_cast<int>(timeout.count()));
}

constexpr const char* kPassword = "a long enough passphrase";

struct School {
    PushWorld world;
    // The lightest Argon2id cost: each session here signs in twice.
    std::unique_ptr<SyncServer> server =
        world.startServer({{"SATCHEL_PASSWORD_HASH", "interactive"}});
    QString url = QString::fromStdString(server->url());
    std::string student = registerStudent(server->url(), "noor", kPassword);
    std::string teacher = world.createUser("instructor", "teacher");
    std::string course = world.createCourse(teacher, "Statistics");
    TempDir dir{"satchel-notification-read-sync"};

    School() { world.enroll(course, student); }
    void announce(const std::string& title) {
        const auto r = world.announce(*server, world.accessToken(teacher, "instructor"), course,
                                      title, "Bring a pencil.");
        BOOST_REQUIRE_MESSAGE(r.status == 201, r.body);
    }
    QString database(const std::string& name) const {
        return QString::fromStdString((dir / (name + ".sqlite")).string());
    }
};

PushClient::Options fastReconnects() {
    PushClient::Options o;
    o.backoff.initial = 200ms;
    o.backoff.max = 1000ms;
    return o;
}

// One running app session of one account on one device: its notification center over the
// device's database, its push socket, and an ApiClient (signed in by its own login, as the
// app's is) that sends reads to `apiUrl`.
struct Session {
    HttpTokenSource pushTokens;
    ApiClient api;
    NotificationCenter center;
    PushClient push;
    QSignalSpy sent{&center, &NotificationCenter::readsSent};
    int failures = 0;

    Session(const School& school, const QString& database, const std::string& username,
            const std::string& account, const QString& apiUrl)
        : pushTokens(school.url),
          api(QUrl(apiUrl), satchel::newUuidV7()),
          center(database, *satchel::Uuid::parse(account)),
          push(QUrl(school.url), pushTokens, fastReconnects()) {
        pushTokens.login(username, kPassword);
        HttpTokenSource apiLogin(school.url);
        apiLogin.login(username, kPassword);
        api.restoreSession(apiLogin.refreshToken().toStdString());
        api.setTimeout(20s);
        QObject::connect(&center, &NotificationCenter::storeFailed, [this](const QString& m) {
            ++failures;
            BOOST_TEST_MESSAGE("notification store failed: " << m.toStdString());
        });
        satchel::client::connectNotifications(center, push, nullptr, &api);
        center.start();
        BOOST_REQUIRE(waitFor([&] { return push.state() == PushClient::State::Live; }, 60s));
    }
    ~Session() { push.stop(); }

    QString idOf(const QString& title) const {
        for (const auto& item : center.recent())
            if (item.title == title)
                return item.id;
        return {};
    }
    bool isRead(const QString& title) const {
        for (const auto& item : center.recent())
            if (item.title == title)
                return item.read;
        return false;
    }
};

}  // namespace

BOOST_AUTO_TEST_CASE(a_notification_read_on_one_device_is_read_on_the_other) {
    School s;
    Session a(s, s.database("device-a"), "noor", s.student, s.url);
    Session b(s, s.database("device-b"), "noor", s.student, s.url);
    s.announce("Exam moved");
    s.announce("Room changed");
    BOOST_REQUIRE(waitFor([&] { return a.center.unreadCount() == 2; }, 60s));
    BOOST_REQUIRE(waitFor([&] { return b.center.unreadCount() == 2; }, 60s));

    a.center.markRead(a.idOf(QStringLiteral("Exam moved")));
    BOOST_REQUIRE(waitFor([&] { return a.center.unreadCount() == 1; }, 30s));
    BOOST_REQUIRE(waitFor([&] { return b.center.unreadCount() == 1; }, 60s));
    BOOST_TEST(b.isRead(QStringLiteral("Exam moved")));
    BOOST_TEST(!b.isRead(QStringLiteral("Room changed")));
    // (A's answer may come after B has heard of the read.)
    BOOST_TEST(waitFor([&] { return a.sent.count() == 1; }, 30s));

    // Mark all read on B: A follows.
    b.center.markAllRead();
    BOOST_REQUIRE(waitFor([&] { return a.center.unreadCount() == 0; }, 60s));
    BOOST_TEST(b.center.unreadCount() == 0);
    BOOST_TEST(a.failures == 0);
    BOOST_TEST(b.failures == 0);
}

BOOST_AUTO_TEST_CASE(a_read_made_while_the_server_is_unreachable_is_sent_after_a_restart) {
    School s;
    Session b(s, s.database("device-b"), "noor", s.student, s.url);
    const QString unreachable = QStringLiteral("http://127.0.0.1:%1").arg(freePort());
    {
        // Device A's requests cannot reach the server (its socket still can, so the
        // notification arrives): the read is made and kept locally.
        Session a(s, s.database("device-a"), "noor", s.student, unreachable);
        s.announce("Exam moved");
        BOOST_REQUIRE(waitFor([&] { return a.center.unreadCount() == 1; }, 60s));
        BOOST_REQUIRE(waitFor([&] { return b.center.unreadCount() == 1; }, 60s));
        QSignalSpy offline(&a.api, &ApiClient::onlineChanged);
        a.center.markRead(a.idOf(QStringLiteral("Exam moved")));
        BOOST_REQUIRE(waitFor([&] { return a.center.unreadCount() == 0; }, 30s));
        BOOST_REQUIRE(waitFor([&] { return !a.api.online(); }, 60s));  // the send failed
        BOOST_TEST(a.sent.count() == 0);
    }  // the app quits with the read unsent
    BOOST_TEST(b.center.unreadCount() == 1);

    // A starts again, now able to reach the server: the kept read goes out by itself.
    Session a(s, s.database("device-a"), "noor", s.student, s.url);
    BOOST_REQUIRE(waitFor([&] { return a.sent.count() == 1; }, 60s));
    BOOST_REQUIRE(waitFor([&] { return b.center.unreadCount() == 0; }, 60s));
    BOOST_TEST(b.isRead(QStringLiteral("Exam moved")));
    BOOST_TEST(a.center.unreadCount() == 0);
}

BOOST_AUTO_TEST_CASE(two_accounts_on_one_machine_keep_their_notifications_apart) {
    School s;
    const std::string other = registerStudent(s.server->url(), "sami", kPassword);
    s.world.enroll(s.course, other);
    const QString machine = s.database("shared-machine");
    qint64 noorResume = 0;
    {
        Session noor(s, machine, "noor", s.student, s.url);
        s.announce("Exam moved");
        BOOST_REQUIRE(waitFor([&] { return noor.center.unreadCount() == 1; }, 60s));
        noorResume = noor.push.lastEventId().value_or(0);
    }
    BOOST_REQUIRE(noorResume > 0);
    {
        // Sami signs in on the same machine: none of Noor's notifications, not her resume
        // point; his own arrive.
        Session sami(s, machine, "sami", other, s.url);
        BOOST_REQUIRE(waitFor([&] { return sami.center.isReady(); }, 30s));
        BOOST_TEST(sami.center.recent().isEmpty());
        BOOST_TEST(!sami.center.resumePoint().has_value());
        s.announce("Room changed");
        BOOST_REQUIRE(waitFor([&] { return sami.center.unreadCount() == 1; }, 60s));
        BOOST_TEST(sami.center.recent().size() == 1);
        BOOST_TEST(!sami.idOf(QStringLiteral("Room changed")).isEmpty());
        sami.center.markAllRead();
        BOOST_REQUIRE(waitFor([&] { return sami.center.unreadCount() == 0; }, 30s));
    }
    // Noor again: her notification, still unread (Sami's mark-all was his), her resume point,
    // and what she missed meanwhile.
    Session noor(s, machine, "noor", s.student, s.url);
    BOOST_TEST(noor.center.resumePoint().value_or(0) >= noorResume);
    BOOST_REQUIRE(waitFor([&] { return noor.center.unreadCount() == 2; }, 60s));
    BOOST_TEST(noor.center.recent().size() == 2);
    BOOST_TEST(!noor.isRead(QStringLiteral("Exam moved")));
}
