// Reminders through the real satchel-syncd and a real SMTP server: a student inactive for
// longer than --reminder-inactive-days in an unfinished, enrolled course gets one reminder
// (mail, and a push event, which the sync pull also delivers as a notification); a student who
// opted out of mail, an active one and one who finished the course (certificate) get none; running
// the job again the same week reminds nobody twice, and a week later the inactive student is
// reminded again.
#define BOOST_TEST_MODULE jobs_reminders
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include "course_seed.h"
#include "jobs/queue.h"
#include "jobs_fixture.h"
#include "satchel/testing/http.h"
#include "smtp_sink.h"

using namespace satchel;
using namespace satchel::jobs_test;
using std::chrono::seconds;

namespace {

struct ReminderFixture : JobsFixture {
    SmtpSink smtp;
    std::unique_ptr<testing::SyncServer> server =
        startInstance(2, {{"SATCHEL_SMTP_URL", smtp.url()},
                          {"SATCHEL_SMTP_CA_FILE", smtp.caFile()},
                          {"SATCHEL_JOB_RETRY_BASE_MS", "200"},
                          {"SATCHEL_REMINDER_INACTIVE_DAYS", "5"},
                          {"SATCHEL_REMINDER_TIME", "06:30"}});
    std::unique_ptr<server::PgConnection> db = connect();

    // Queues the daily job now (the schedule would at 06:30 UTC) and waits until it and the
    // mail it queued are done.
    void runReminders() {
        const auto id = server::jobs::enqueue(*db, "reminders.send", nlohmann::json::object());
        BOOST_REQUIRE(id);
        BOOST_REQUIRE_MESSAGE(
            testing::waitUntil(
                [&] { return scalar("SELECT count(*) FROM jobs WHERE state <> 'done'") == 0; },
                seconds(60)),
            "reminder jobs did not finish: " + server->process().log() + jobsSummary());
    }
    std::vector<std::string> reminderRecipients() {
        std::vector<std::string> to;
        for (auto& m : smtp.messages())
            if (m["data"].get<std::string>().find("Subject: Continue Astronomy\r\n") !=
                std::string::npos)
                to.push_back(m["to"][0]);
        return to;
    }
    long long count(const std::string& sql, const std::string& userId) {
        return db->exec(sql, {userId}).integer(0, 0);
    }
    // Everything that tells `userId` about activity happened `days` ago.
    void idleFor(const std::string& userId, int days) {
        db->exec(
            "UPDATE enrollments SET enrolled_at = now() - make_interval(days => $2)"
            " WHERE user_id = $1::uuid",
            {userId, days});
        db->exec(
            "UPDATE lesson_states SET updated_at = now() - make_interval(days => $2)"
            " WHERE user_id = $1::uuid",
            {userId, days});
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(reminders, ReminderFixture)

BOOST_AUTO_TEST_CASE(inactive_student_is_reminded_once_a_week_and_nobody_else_is) {
    const std::string teacher =
        addAccount(*db, "teacher", "Teacher", "t@example.test", "instructor");
    const SeededCourse course = publishCourse(*db, teacher, "Astronomy", 2);
    const std::string idle = addAccount(*db, "idle", "Ida", "idle@example.test");
    const std::string optedOut = addAccount(*db, "quiet", "Quinn", "quiet@example.test");
    const std::string active = addAccount(*db, "busy", "Bea", "busy@example.test");
    const std::string finished = addAccount(*db, "done", "Dan", "done@example.test");
    for (const auto& user : {idle, optedOut, active, finished})
        enroll(*db, user, course.id);
    // The idle student did study once, long ago, through the real sync route.
    BOOST_REQUIRE(pushLessonsDone(server->url(), tokenForExisting(idle, "student"), course,
                                  {course.lessons[0]}, newUuidV7()) == 200);
    const auto put =
        testing::http("PUT", server->url() + "/api/v1/me/mail-preferences", R"({"opted_out":true})",
                      {{"Authorization", "Bearer " + tokenForExisting(optedOut, "student")},
                       {"Content-Type", "application/json"}});
    BOOST_REQUIRE_MESSAGE(put.status == 200, put.body);
    // A certificate's PDF is a tracked blob (its row must exist: 0062).
    db->exec(
        "WITH pdf AS (INSERT INTO blobs (sha256, size, state, verified_at)"
        " VALUES (repeat('ab', 32), 1, 'verified', now()) RETURNING sha256)"
        " INSERT INTO certificates (code, user_id, course_id, student_name, course_title, "
        "issued_on,"
        " payload, signature, pdf_sha256) SELECT 'SAT-TEST-TEST-TEST', $1::uuid, $2::uuid, 'Dan',"
        " 'Astronomy', current_date, '{}', 'x', sha256 FROM pdf",
        {finished, course.id});
    for (const auto& user : {idle, optedOut, finished})
        idleFor(user, 9);
    idleFor(active, 2);  // inside the 5 days

    runReminders();
    BOOST_REQUIRE_MESSAGE(
        testing::waitUntil([&] { return !reminderRecipients().empty(); }, seconds(30)),
        "no reminder mail: " + jobsSummary());
    BOOST_TEST(reminderRecipients() == std::vector<std::string>{"idle@example.test"});
    const std::string mail = smtp.messages().back()["data"];
    BOOST_TEST(
        mail.find("it has been 9 days since you last studied Astronomy") != std::string::npos,
        mail);
    const char* notifications =
        "SELECT count(*) FROM pull_notifications WHERE kind = 'reminder' AND user_id = $1::uuid";
    const char* pushes =
        "SELECT count(*) FROM push_events WHERE kind = 'course.reminder' AND user_id = $1::uuid";
    BOOST_TEST(count(notifications, idle) == 1);
    BOOST_TEST(count(pushes, idle) == 1);
    for (const auto& user : {optedOut, active, finished}) {
        BOOST_TEST(count(notifications, user) == 0);
        BOOST_TEST(count(pushes, user) == 0);
    }

    // The same week: nothing more, for anyone.
    runReminders();
    BOOST_TEST(reminderRecipients().size() == 1u);
    BOOST_TEST(count(notifications, idle) == 1);

    // A week after the last reminder, still idle: reminded again.
    db->exec("UPDATE reminders_sent SET sent_at = sent_at - interval '7 days 1 minute'");
    runReminders();
    BOOST_REQUIRE(
        testing::waitUntil([&] { return reminderRecipients().size() == 2u; }, seconds(30)));
    BOOST_TEST(count(notifications, idle) == 2);
    BOOST_TEST(reminderRecipients().size() == 2u);

    // The daily schedule is registered at --reminder-time.
    BOOST_TEST(scalar("SELECT daily_minute FROM job_schedules WHERE name = 'reminders.daily'") ==
               6 * 60 + 30);
}

// Reminder days are a course setting: a course's own value overrides the server's (5 here),
// 0 turns reminders off for that course, null returns it to the server's default.
BOOST_AUTO_TEST_CASE(a_course_sets_its_own_reminder_days) {
    const std::string teacher =
        addAccount(*db, "teacher", "Teacher", "t@example.test", "instructor");
    const SeededCourse course = publishCourse(*db, teacher, "Astronomy", 2);
    const std::string idle = addAccount(*db, "idle", "Ida", "idle@example.test");
    enroll(*db, idle, course.id);
    idleFor(idle, 9);
    const auto patch = [&](const std::string& body) {
        return testing::http(
            "PATCH", server->url() + "/api/v1/courses/" + course.id, body,
            {{"Authorization", "Bearer " + tokenForExisting(teacher, "instructor")},
             {"Content-Type", "application/json"}});
    };

    auto set = patch(R"({"reminderInactiveDays":10})");
    BOOST_REQUIRE_MESSAGE(set.status == 200, set.body);
    BOOST_TEST(nlohmann::json::parse(set.body)["reminderInactiveDays"] == 10);
    runReminders();  // 9 idle days < the course's 10
    BOOST_TEST(reminderRecipients().empty());

    set = patch(R"({"reminderInactiveDays":0})");
    BOOST_REQUIRE_MESSAGE(set.status == 200, set.body);
    runReminders();  // off for this course, although the server's 5 days have passed
    BOOST_TEST(reminderRecipients().empty());

    // Out of range or of the wrong type: refused naming the field, setting unchanged.
    for (const char* bad : {R"({"reminderInactiveDays":366})", R"({"reminderInactiveDays":-1})",
                            R"({"reminderInactiveDays":"7"})"}) {
        const auto refused = patch(bad);
        BOOST_TEST(refused.status == 400, bad);
        BOOST_TEST(refused.body.find("reminderInactiveDays") != std::string::npos, refused.body);
    }
    BOOST_TEST(
        scalar("SELECT reminder_inactive_days FROM courses WHERE id = '" + course.id + "'") == 0);

    set = patch(R"({"title":"Astronomy","reminderInactiveDays":null})");
    BOOST_REQUIRE_MESSAGE(set.status == 200, set.body);
    BOOST_TEST(nlohmann::json::parse(set.body)["reminderInactiveDays"].is_null());
    runReminders();  // the server's 5 days again
    BOOST_REQUIRE_MESSAGE(
        testing::waitUntil([&] { return reminderRecipients().size() == 1u; }, seconds(30)),
        "no reminder mail: " + jobsSummary());
    BOOST_TEST(reminderRecipients() == std::vector<std::string>{"idle@example.test"});
}

BOOST_AUTO_TEST_SUITE_END()
