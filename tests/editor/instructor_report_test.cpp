// The instructor's progress report and announcements through client/core's ReportClient and
// AnnouncementClient, against the real satchel-syncd with the demo course: real students
// enroll and push progress and a quiz attempt (graded by the server); the report shows them
// by lesson, its CSV written in the app reads exactly like the server's; an announcement
// reaches an enrolled student's PushClient; a student is refused (403) both routes.
#define BOOST_TEST_MODULE editor_instructor_report
#include <boost/test/unit_test.hpp>

#include <QSignalSpy>

#include "instructor_world.h"
#include "satchel/client/announcement_client.h"
#include "satchel/client/push_client.h"
#include "satchel/client/report_client.h"

using namespace satchel;
using namespace satchel::testing;
using client::ApiError;

namespace {

DemoServer* services = nullptr;

struct Services : QtCoreApp {
    Services() { services = new DemoServer; }
    ~Services() { delete services; }
};
BOOST_TEST_GLOBAL_FIXTURE(Services);

// The instructor, one student with progress (a whole video watched, the quiz answered right)
// and one enrolled student who has done nothing yet.
struct Classroom {
    Account teacher{services->url(), "demo-instructor"};
    Account ada{services->url(), uniqueEmail()};
    Account bea{services->url(), uniqueEmail()};
    CourseSummary course;
    CourseManifest manifest;  // the owner's, with answer keys
    const Lesson* video = nullptr;
    const Lesson* quiz = nullptr;

    Classroom() {
        teacher.signIn();
        course = teacher.demoCourse();
        manifest = teacher.manifest(course);
        video = firstLesson(manifest, LessonKind::Video);
        quiz = firstLesson(manifest, LessonKind::Quiz);
        BOOST_REQUIRE(video && quiz && quiz->quiz);
        ada.registerStudent("Ada Lovelace");
        bea.registerStudent("Bea Student");
        ada.enroll(course.courseId);
        bea.enroll(course.courseId);
    }

    void adaLearns() {
        const std::uint64_t duration = *manifest.findAsset(video->assetSha256)->durationMs;
        PushRequest push;
        push.deviceId = ada.device;
        push.events = {watchedEvent(course.courseId, video->id, ada.device, systemUnixMillis(), 0,
                                    duration, duration)};
        push.attempts = {attemptOf(manifest, *quiz, ada.device, correctAnswers(*quiz->quiz))};
        ada.push(push);
    }

    client::CourseReport fetchReport() {
        client::ReportClient reports(*teacher.api);
        auto r = await<client::CourseReport>(
            [&](auto* c, auto done) { reports.fetchReport(course.courseId, c, done); });
        BOOST_REQUIRE_MESSAGE(r.ok(), describe(r));
        return *r;
    }
};

const client::ReportStudent* studentOf(const client::CourseReport& report, const Account& who) {
    for (const auto& s : report.students)
        if (s.userId == who.auth.user.id)
            return &s;
    return nullptr;
}

std::size_t lessonColumn(const client::CourseReport& report, const Uuid& lessonId) {
    for (std::size_t i = 0; i < report.lessons.size(); ++i)
        if (report.lessons[i].lessonId == lessonId)
            return i;
    BOOST_FAIL("the lesson is not in the report");
    return 0;
}

std::vector<std::string> lines(const std::string& csv) {
    std::vector<std::string> out;
    for (std::size_t start = 0, end; (end = csv.find("\r\n", start)) != std::string::npos;
         start = end + 2)
        out.push_back(csv.substr(start, end - start));
    return out;
}

// Stands in for the app's token source: the student's own session (no refresh needed within
// a test's few seconds).
class SessionTokens : public client::PushTokenSource {
public:
    explicit SessionTokens(client::ApiClient& api) : api_(api) {}
    QString currentAccessToken() const override {
        return QString::fromStdString(api_.session()->current().access);
    }
    void refreshAccessToken(std::function<void(bool)> done) override { done(false); }

private:
    client::ApiClient& api_;
};

}  // namespace

BOOST_FIXTURE_TEST_CASE(report_shows_each_student_by_lesson_with_quiz_scores, Classroom) {
    adaLearns();
    const auto report = fetchReport();
    BOOST_TEST(report.courseId == course.courseId);
    BOOST_TEST(report.version == course.latestVersion);
    BOOST_TEST(report.lessons.size() == course.lessonCount);

    const auto* a = studentOf(report, ada);
    const auto* b = studentOf(report, bea);
    BOOST_REQUIRE_MESSAGE(a && b, "both students are in the report");
    BOOST_TEST(a->displayName == "Ada Lovelace");
    const std::size_t v = lessonColumn(report, video->id);
    const std::size_t q = lessonColumn(report, quiz->id);
    BOOST_TEST(a->cells[v].percentWatched == 100.0);
    BOOST_TEST(a->cells[v].completed);
    BOOST_TEST(a->cells[q].attempts == 1);
    BOOST_REQUIRE(a->cells[q].bestScore.has_value());
    BOOST_TEST(a->cells[q].bestScore->points == a->cells[q].bestScore->maxPoints);
    BOOST_TEST(a->cells[q].bestScore->passed);
    BOOST_TEST(a->completedLessons == 2);
    // Bea has done nothing: every cell is empty.
    BOOST_TEST(b->completedLessons == 0);
    for (const auto& cell : b->cells) {
        BOOST_TEST(cell.percentWatched == 0.0);
        BOOST_TEST(!cell.completed);
        BOOST_TEST(cell.attempts == 0);
        BOOST_TEST(!cell.bestScore.has_value());
    }
}

BOOST_FIXTURE_TEST_CASE(csv_written_in_the_app_matches_the_servers_and_filters_by_module,
                        Classroom) {
    adaLearns();
    const auto report = fetchReport();
    client::ReportClient reports(*teacher.api);
    auto serverCsv =
        await<QByteArray>([&](auto* c, auto done) { reports.fetchCsv(course.courseId, c, done); });
    BOOST_REQUIRE_MESSAGE(serverCsv.ok(), describe(serverCsv));
    BOOST_TEST(client::courseReportCsv(report) == serverCsv->toStdString());

    const Module& first = manifest.modules.front();
    const auto filtered = lines(client::courseReportCsv(report, first.id));
    BOOST_REQUIRE_EQUAL(filtered.size(), 1 + report.students.size() * first.lessons.size());
    for (std::size_t i = 1; i < filtered.size(); ++i)
        BOOST_TEST(filtered[i].find("\"" + first.title + "\"") != std::string::npos, filtered[i]);
}

BOOST_FIXTURE_TEST_CASE(a_student_is_refused_the_report_and_announcements, Classroom) {
    client::ReportClient reports(*ada.api);
    auto report = await<client::CourseReport>(
        [&](auto* c, auto done) { reports.fetchReport(course.courseId, c, done); });
    BOOST_REQUIRE(!report.ok());
    BOOST_TEST((report.error().kind == ApiError::Kind::Forbidden));
    BOOST_TEST(report.error().httpStatus == 403);
    auto csv =
        await<QByteArray>([&](auto* c, auto done) { reports.fetchCsv(course.courseId, c, done); });
    BOOST_REQUIRE(!csv.ok());
    BOOST_TEST((csv.error().kind == ApiError::Kind::Forbidden));

    client::AnnouncementClient announcements(*ada.api);
    auto posted = await<client::Announcement>([&](auto* c, auto done) {
        announcements.post(course.courseId, QStringLiteral("Hi"), QStringLiteral("all"), c, done);
    });
    BOOST_REQUIRE(!posted.ok());
    BOOST_TEST((posted.error().kind == ApiError::Kind::Forbidden));
    BOOST_TEST(posted.error().httpStatus == 403);
}

BOOST_FIXTURE_TEST_CASE(an_announcement_reaches_an_enrolled_students_push_client, Classroom) {
    SessionTokens tokens(*ada.api);
    client::PushClient push(services->url(), tokens);
    QSignalSpy live(&push, &client::PushClient::stateChanged);
    push.start(std::nullopt);
    BOOST_REQUIRE_MESSAGE(
        QTest::qWaitFor([&] { return push.state() == client::PushClient::State::Live; }, 60000),
        "the student's push channel never went live");
    std::vector<client::PushEvent> received;
    QObject::connect(&push, &client::PushClient::eventReceived,
                     [&](const client::PushEvent& e) { received.push_back(e); });

    const QString title = QStringLiteral("Quiz moved to Friday – ça va");
    const QString body = QStringLiteral("Bring headphones for the video lessons.");
    client::AnnouncementClient announcements(*teacher.api);
    auto posted = await<client::Announcement>(
        [&](auto* c, auto done) { announcements.post(course.courseId, title, body, c, done); });
    BOOST_REQUIRE_MESSAGE(posted.ok(), describe(posted));
    BOOST_TEST(posted->recipients >= 2);  // ada, bea (and the demo student)
    BOOST_TEST(posted->title == title);

    BOOST_REQUIRE_MESSAGE(QTest::qWaitFor(
                              [&] {
                                  for (const auto& e : received)
                                      if (e.kind == QStringLiteral("course.announcement"))
                                          return true;
                                  return false;
                              },
                              60000),
                          "the announcement never reached the student");
    const auto& event = *std::find_if(received.begin(), received.end(), [](const auto& e) {
        return e.kind == QStringLiteral("course.announcement");
    });
    BOOST_TEST(event.data.value(QStringLiteral("title")).toString() == title);
    BOOST_TEST(event.data.value(QStringLiteral("body")).toString() == body);
    BOOST_TEST(event.data.value(QStringLiteral("announcement_id")).toString() == posted->id);

    // The student can read it back too.
    client::AnnouncementClient studentSide(*ada.api);
    auto listed = await<std::vector<client::Announcement>>(
        [&](auto* c, auto done) { studentSide.list(course.courseId, c, done); });
    BOOST_REQUIRE_MESSAGE(listed.ok(), describe(listed));
    BOOST_REQUIRE(!listed->empty());
    BOOST_TEST(listed->front().id == posted->id);
    push.stop();
}

BOOST_AUTO_TEST_CASE(announcements_the_server_would_refuse_are_refused_before_sending) {
    using P = client::AnnouncementProblem;
    BOOST_TEST(!client::checkAnnouncement(QStringLiteral("Title"), QStringLiteral("Body")));
    auto blank = client::checkAnnouncement(QStringLiteral("  "), QStringLiteral("Body"));
    BOOST_REQUIRE(blank);
    BOOST_TEST((blank->field == P::Field::Title && blank->kind == P::Kind::Empty));
    // 200 code points is the limit, whatever the script: 200 four-byte emoji pass.
    QString emoji;
    for (int i = 0; i < 200; ++i)
        emoji += QString::fromUcs4(U"\U0001F600", 1);
    BOOST_TEST(!client::checkAnnouncement(emoji, QStringLiteral("Body")));
    auto longTitle = client::checkAnnouncement(emoji + QLatin1Char('x'), QStringLiteral("Body"));
    BOOST_REQUIRE(longTitle);
    BOOST_TEST((longTitle->kind == P::Kind::TooLong));
    auto longBody = client::checkAnnouncement(QStringLiteral("T"), QString(8001, QLatin1Char('b')));
    BOOST_REQUIRE(longBody);
    BOOST_TEST((longBody->field == P::Field::Body && longBody->kind == P::Kind::TooLong));

    // post() refuses it without a request (no server is needed for that).
    client::ApiClient offline(QUrl(QStringLiteral("http://127.0.0.1:9")), newUuidV7());
    client::AnnouncementClient announcements(offline);
    auto r = await<client::Announcement>([&](auto* c, auto done) {
        announcements.post(newUuidV7(), QString(), QStringLiteral("Body"), c, done);
    });
    BOOST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().kind == ApiError::Kind::Rejected));
    BOOST_TEST(r.error().code == "invalid_field");
}
