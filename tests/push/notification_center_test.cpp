// The app's notifications end to end: NotificationCenter stores what PushClient receives from
// the real satchel-syncd in the real local SQLite store, counts and marks unread ones, resumes
// the push channel where it stopped; and an event meaning new data makes the SyncEngine pull
// (wired by connectNotifications), while an announcement does not.
#define BOOST_TEST_MODULE push_notification_center
#include <boost/test/unit_test.hpp>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include "http_token_source.h"
#include "push_world.h"
#include "satchel/client/notification_center.h"
#include "satchel/client/push_client.h"
#include "satchel/client/sync_engine.h"
#include "satchel/testing/env.h"

using namespace satchel::testing;
using satchel::NotificationKind;
using satchel::client::NotificationCenter;
using satchel::client::NotificationItem;
using satchel::client::PushClient;
using namespace std::chrono_literals;

namespace {

struct QtApp {
    int argc = 1;
    char arg0[32] = "push-notification-center";
    char* argv[2] = {arg0, nullptr};
    QCoreApplication app{argc, argv};
};
BOOST_TEST_GLOBAL_FIXTURE(QtApp);

bool waitFor(const std::function<bool()>& condition, std::chrono::milliseconds timeout) {
    return QTest::qWaitFor(condition, static_cast<int>(timeout.count()));
}

// A student signed in on a fresh device, a teacher and a course the student is enrolled in.
struct Device {
    PushWorld world;
    std::unique_ptr<SyncServer> server = world.startServer();
    QString url = QString::fromStdString(server->url());
    std::string student = registerStudent(server->url(), "noor", "a long enough passphrase");
    std::string teacher = world.createUser("instructor", "teacher");
    std::string course = world.createCourse(teacher, "Statistics");
    TempDir dir{"satchel-notification-center"};
    QString database = QString::fromStdString((dir / "local.sqlite").string());
    HttpTokenSource tokens{url};
    satchel::Uuid account = *satchel::Uuid::parse(student);

    Device() {
        tokens.login("noor", "a long enough passphrase");
        world.enroll(course, student);
    }
    void announce(const std::string& title) {
        const auto r = world.announce(*server, world.accessToken(teacher, "instructor"), course,
                                      title, "Bring a pencil.");
        BOOST_REQUIRE_MESSAGE(r.status == 201, r.body);
    }
    // The pull cursor the SyncEngine stored (it changes only when a pull was applied).
    QString storedPullCursor() const {
        const QString name = QUuid::createUuid().toString();
        QString cursor;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(database);
            BOOST_REQUIRE(db.open());
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'pull_cursor'")) &&
                q.next())
                cursor = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(name);
        return cursor;
    }
};

PushClient::Options fastReconnects() {
    PushClient::Options o;
    o.backoff.initial = 200ms;
    o.backoff.max = 1000ms;
    return o;
}

const NotificationItem* findTitle(const NotificationCenter& center, const QString& title) {
    for (const auto& item : center.recent())
        if (item.title == title)
            return &item;
    return nullptr;
}

}  // namespace

BOOST_AUTO_TEST_CASE(pushed_notifications_are_stored_counted_marked_read_and_resumed) {
    Device d;
    qint64 resumeFrom = 0;
    {
        NotificationCenter center(d.database, d.account);
        PushClient push(QUrl(d.url), d.tokens, fastReconnects());
        QSignalSpy arrived(&center, &NotificationCenter::notificationArrived);
        QSignalSpy failures(&center, &NotificationCenter::storeFailed);
        QObject::connect(&center, &NotificationCenter::storeFailed, [](const QString& m) {
            BOOST_TEST_MESSAGE("notification store failed: " << m.toStdString());
        });
        satchel::client::connectNotifications(center, push, nullptr);
        center.start();
        BOOST_REQUIRE(waitFor([&] { return push.state() == PushClient::State::Live; }, 60s));
        BOOST_TEST(center.unreadCount() == 0);  // a new device starts with live events only

        d.announce("Exam moved");
        BOOST_REQUIRE(waitFor([&] { return center.unreadCount() == 1; }, 60s));
        BOOST_REQUIRE(findTitle(center, QStringLiteral("Exam moved")));
        // A copy: recent() is replaced whenever the store changes.
        const NotificationItem exam = *findTitle(center, QStringLiteral("Exam moved"));
        const NotificationItem* item = &exam;
        BOOST_TEST((item->kind == NotificationKind::Announcement));
        BOOST_TEST(item->body == QStringLiteral("Bring a pencil."));
        BOOST_TEST(item->courseId.toStdString() == d.course);
        BOOST_TEST(!item->read);
        BOOST_TEST(item->eventKind == QStringLiteral("course.announcement"));
        BOOST_TEST(item->eventData.value(QStringLiteral("course_title")).toString() ==
                   QStringLiteral("Statistics"));
        BOOST_REQUIRE_EQUAL(arrived.count(), 1);
        BOOST_TEST(arrived.at(0).at(0).value<NotificationItem>().id == item->id);

        d.announce("Slides uploaded");
        BOOST_REQUIRE(waitFor([&] { return center.unreadCount() == 2; }, 60s));
        center.markRead(item->id);
        BOOST_REQUIRE(waitFor([&] { return center.unreadCount() == 1; }, 30s));
        BOOST_TEST(findTitle(center, QStringLiteral("Exam moved"))->read);
        BOOST_TEST(!findTitle(center, QStringLiteral("Slides uploaded"))->read);
        BOOST_TEST(failures.count() == 0);
        resumeFrom = push.lastEventId().value_or(0);
        push.stop();
    }
    BOOST_TEST(resumeFrom == d.world.latestSeq(d.student));

    // The app restarts: read state and the resume point survived; what was missed meanwhile
    // arrives at once, and nothing is stored twice.
    d.announce("Room changed");
    NotificationCenter center(d.database, d.account);
    PushClient push(QUrl(d.url), d.tokens, fastReconnects());
    satchel::client::connectNotifications(center, push, nullptr);
    center.start();
    BOOST_REQUIRE(waitFor([&] { return center.isReady(); }, 30s));
    BOOST_TEST(center.resumePoint().value_or(0) == resumeFrom);
    BOOST_REQUIRE(waitFor([&] { return center.unreadCount() == 2; }, 60s));
    BOOST_TEST(center.recent().size() == 3);
    BOOST_TEST(findTitle(center, QStringLiteral("Room changed")));
    center.markAllRead();
    BOOST_REQUIRE(waitFor([&] { return center.unreadCount() == 0; }, 30s));
    push.stop();
}

BOOST_AUTO_TEST_CASE(an_event_meaning_new_data_makes_the_sync_engine_pull) {
    Device d;
    satchel::client::SyncSettings settings;
    settings.databasePath = d.database;
    settings.server = QUrl(d.url);
    settings.refreshToken = d.tokens.refreshToken().toStdString();
    satchel::client::SyncThread sync(settings);
    NotificationCenter center(d.database, d.account);
    PushClient push(QUrl(d.url), d.tokens, fastReconnects());
    int cycles = 0;
    QObject::connect(sync.engine(), &satchel::client::SyncEngine::cycleFinished, &center,
                     [&](bool ok) { cycles += ok ? 1 : 0; });
    QObject::connect(&center, &NotificationCenter::storeFailed, [](const QString& m) {
        BOOST_TEST_MESSAGE("notification store failed: " << m.toStdString());
    });
    satchel::client::connectNotifications(center, push, sync.engine());
    center.start();
    QMetaObject::invokeMethod(sync.engine(), &satchel::client::SyncEngine::start,
                              Qt::QueuedConnection);
    BOOST_REQUIRE_MESSAGE(
        waitFor([&] { return push.state() == PushClient::State::Live; }, 60s),
        "push state " << int(push.state()) << ", center ready " << center.isReady());
    BOOST_REQUIRE(waitFor([&] { return cycles >= 1; }, 60s));
    // The first sync pulled the enrollment's notification: a device with no socket gets it.
    BOOST_REQUIRE(waitFor([&] { return center.unreadCount() == 1; }, 30s));
    BOOST_TEST((center.recent().at(0).kind == NotificationKind::EnrollmentAdded));

    // Start-up may run a second cycle (a request queued while the first ran); let it finish.
    QTest::qWait(1500);
    const int settled = cycles;

    // An announcement is stored, but brings no new data: no sync.
    d.announce("Exam moved");
    BOOST_REQUIRE(waitFor([&] { return center.unreadCount() == 2; }, 60s));
    QTest::qWait(1500);
    BOOST_TEST(cycles == settled);

    // An enrollment in another course means new data: the engine pulls by itself (its own
    // timer would wait minutes), and the notification pushed and pulled is stored once.
    const QString before = d.storedPullCursor();
    const std::string second = d.world.createCourse(d.teacher, "Probability");
    d.world.enroll(second, d.student);
    BOOST_REQUIRE(waitFor([&] { return cycles > settled; }, 60s));
    BOOST_REQUIRE(waitFor([&] { return d.storedPullCursor() != before; }, 30s));
    BOOST_REQUIRE(waitFor([&] { return center.unreadCount() == 3; }, 30s));
    int enrollments = 0;
    for (const auto& item : center.recent())
        enrollments += item.kind == NotificationKind::EnrollmentAdded ? 1 : 0;
    BOOST_TEST(enrollments == 2);
    push.stop();
}
