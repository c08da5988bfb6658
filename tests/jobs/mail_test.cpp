// Mail through a real SMTP server (npm smtp-server, STARTTLS with a throwaway certificate):
// templates delivered once per effect key, opt-out honoured for everything but password
// resets, and the password reset flow (single use, expiry-bound, guess limit, tokens revoked).
#define BOOST_TEST_MODULE jobs_mail
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>
#include <regex>

#include "jobs/mail/mail_jobs.h"
#include "jobs_fixture.h"
#include "satchel/testing/http.h"
#include "smtp_sink.h"

using namespace satchel;
using namespace satchel::jobs_test;
using std::chrono::seconds;

namespace {

struct MailFixture : JobsFixture {
    SmtpSink smtp;
    std::unique_ptr<testing::SyncServer> server =
        startInstance(2, {{"SATCHEL_SMTP_URL", smtp.url()},
                          {"SATCHEL_SMTP_CA_FILE", smtp.caFile()},
                          {"SATCHEL_MAIL_FROM", "Satchel Tests <noreply@satchel.test>"},
                          {"SATCHEL_JOB_RETRY_BASE_MS", "200"}});

    // The address is set after the insert: the account trigger's welcome mail (sent for
    // accounts created with an address) would otherwise join the messages these cases count.
    std::string addUser(const std::string& username, const std::string& displayName,
                        const std::string& email) {
        auto conn = connect();
        const std::string id =
            conn->exec(
                    "INSERT INTO users (username, username_key, display_name, password_hash, role)"
                    " VALUES ($1, lower($1), $2, 'x', 'student') RETURNING id::text",
                    {username, displayName})
                .text(0, 0);
        conn->exec("UPDATE users SET email = $2 WHERE id = $1::uuid", {id, email});
        return id;
    }
    long long mailJobs(const std::string& state) {
        return connect()
            ->exec("SELECT count(*) FROM jobs WHERE type = 'mail.send' AND state = $1", {state})
            .integer(0, 0);
    }
    bool allMailJobsDone() {
        return scalar("SELECT count(*) FROM jobs WHERE type = 'mail.send' AND state <> 'done'") ==
               0;
    }
    std::string post(const std::string& path, const nlohmann::json& body, long expected) {
        const auto r = testing::http("POST", server->url() + path, body.dump(),
                                     {{"Content-Type", "application/json"}});
        BOOST_TEST(r.status == expected, path << " answered " << r.status << ": " << r.body);
        return r.body;
    }
};

std::string resetCodeIn(const std::string& data) {
    std::smatch m;
    BOOST_REQUIRE(std::regex_search(data, m, std::regex("\\n    ([2-9A-Z]{10})\\r\\n")));
    return m[1];
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(mail, MailFixture)

BOOST_AUTO_TEST_CASE(template_mail_is_delivered_once_over_starttls) {
    const std::string ana = addUser("ana", "Ana Lívia", "ana@example.test");
    {
        auto conn = connect();
        server::Transaction tx(*conn);
        server::jobs::enqueueMail(*conn, ana, "welcome", {{"server_url", "https://school.example"}},
                                  "welcome:" + ana);
        server::jobs::enqueueMail(*conn, ana, "welcome", {{"server_url", "https://school.example"}},
                                  "welcome:" + ana);
        tx.commit();
    }
    BOOST_REQUIRE_MESSAGE(
        testing::waitUntil([&] { return smtp.messages().size() >= 1; }, seconds(60)),
        "no mail arrived: " + server->process().log() + jobsSummary());
    BOOST_REQUIRE(testing::waitUntil([&] { return allMailJobsDone(); }, seconds(30)));
    const auto messages = smtp.messages();
    BOOST_REQUIRE(messages.size() == 1u);
    const auto& m = messages[0];
    BOOST_TEST(m["secure"].get<bool>(), "the client did not upgrade with STARTTLS");
    BOOST_TEST(m["from"] == "noreply@satchel.test");
    BOOST_TEST(m["to"] == nlohmann::json::array({"ana@example.test"}));
    const std::string data = m["data"];
    BOOST_TEST(data.find("Subject: Welcome to Satchel\r\n") != std::string::npos, data);
    BOOST_TEST(data.find("Hello Ana Lívia,") != std::string::npos, data);
    BOOST_TEST(data.find("https://school.example") != std::string::npos, data);
    BOOST_TEST(data.find("From: \"Satchel Tests\" <noreply@satchel.test>") != std::string::npos,
               data);
}

BOOST_AUTO_TEST_CASE(registration_sends_one_welcome_mail_naming_the_server) {
    post("/api/v1/auth/register",
         {{"username", "eve"},
          {"password", "correct-horse-battery"},
          {"email", "eve@example.test"},
          {"displayName", "Eve Étienne"}},
         201);
    // An account without an address gets no mail (and no job that could never be delivered).
    post("/api/v1/auth/register", {{"username", "fay"}, {"password", "correct-horse-battery"}},
         201);
    BOOST_REQUIRE_MESSAGE(
        testing::waitUntil([&] { return !smtp.messages().empty() && allMailJobsDone(); },
                           seconds(60)),
        "no welcome mail: " + server->process().log() + jobsSummary());
    BOOST_TEST(mailJobs("done") == 1);
    const auto messages = smtp.messages();
    BOOST_REQUIRE(messages.size() == 1u);
    BOOST_TEST(messages[0]["to"] == nlohmann::json::array({"eve@example.test"}));
    const std::string data = messages[0]["data"];
    BOOST_TEST(data.find("Subject: Welcome to Satchel\r\n") != std::string::npos, data);
    BOOST_TEST(data.find("Hello Eve Étienne,") != std::string::npos, data);
    BOOST_TEST(data.find(server->url()) != std::string::npos, data);
}

BOOST_AUTO_TEST_CASE(opted_out_user_gets_only_password_reset_mail_and_the_code_resets_once) {
    const std::string bo = addUser("bo", "Bo", "bo@example.test");
    const std::string token = tokenForExisting(bo, "student");
    const auto put =
        testing::http("PUT", server->url() + "/api/v1/me/mail-preferences", R"({"opted_out":true})",
                      {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}});
    BOOST_REQUIRE_MESSAGE(put.status == 200, put.body);
    const auto got = testing::httpGet(server->url() + "/api/v1/me/mail-preferences",
                                      {{"Authorization", "Bearer " + token}});
    BOOST_TEST(nlohmann::json::parse(got.body).at("opted_out").get<bool>());

    {
        auto conn = connect();
        server::jobs::enqueueMail(*conn, bo, "reminder", {{"course", "Chemistry"}, {"days", 7}});
    }
    post("/api/v1/auth/password-reset/request", {{"username", "BO"}}, 202);
    post("/api/v1/auth/password-reset/request", {{"username", "nobody"}}, 202);  // same answer
    BOOST_REQUIRE(testing::waitUntil([&] { return mailJobs("done") == 2; }, seconds(60)));
    const auto messages = smtp.messages();
    BOOST_REQUIRE_MESSAGE(messages.size() == 1u, "expected only the reset mail");
    const std::string data = messages[0]["data"];
    BOOST_TEST(data.find("Subject: Your Satchel password reset code") != std::string::npos);
    const std::string code = resetCodeIn(data);

    post("/api/v1/auth/password-reset/confirm",
         {{"username", "bo"}, {"code", "WRONGCODE2"}, {"new_password", "a-new-password"}}, 400);
    post("/api/v1/auth/password-reset/confirm",
         {{"username", "bo"}, {"code", code}, {"new_password", "short"}}, 400);
    post("/api/v1/auth/password-reset/confirm",
         {{"username", "bo"}, {"code", code}, {"new_password", "a-new-password"}}, 204);
    // Single use; and the old access token died with the old password.
    post("/api/v1/auth/password-reset/confirm",
         {{"username", "bo"}, {"code", code}, {"new_password", "another-password"}}, 400);
    BOOST_TEST(testing::httpGet(server->url() + "/api/v1/me/mail-preferences",
                                {{"Authorization", "Bearer " + token}})
                   .status == 401);
}

BOOST_AUTO_TEST_CASE(reset_code_dies_after_five_wrong_guesses) {
    addUser("cy", "Cy", "cy@example.test");
    post("/api/v1/auth/password-reset/request", {{"username", "cy"}}, 202);
    BOOST_REQUIRE(testing::waitUntil([&] { return smtp.messages().size() == 1; }, seconds(60)));
    const std::string code = resetCodeIn(smtp.messages()[0]["data"]);
    for (int i = 0; i < 5; ++i)
        post("/api/v1/auth/password-reset/confirm",
             {{"username", "cy"}, {"code", "ZZZZZZZZZZ"}, {"new_password", "whatever-123"}}, 400);
    post("/api/v1/auth/password-reset/confirm",
         {{"username", "cy"}, {"code", code}, {"new_password", "whatever-123"}}, 400);
}

BOOST_AUTO_TEST_CASE(graded_quiz_grade_recorded_by_sync_sends_one_quiz_graded_mail) {
    const std::string dee = addUser("dee", "Dee", "dee@example.test");
    auto conn = connect();
    const std::string course = conn->exec(
                                       "INSERT INTO courses (owner_id, title) VALUES ($1::uuid, "
                                       "'Physics 101') RETURNING id::text",
                                       {dee})
                                   .text(0, 0);
    // What the sync module writes in one transaction when it grades a graded quiz.
    {
        server::Transaction tx(*conn);
        const std::string attempt = conn->exec("SELECT gen_random_uuid()::text").text(0, 0);
        conn->exec(
            "INSERT INTO quiz_attempts (id, user_id, seq, course_id, lesson_id, course_version, "
            "device_id,"
            " submitted_at_ms, body) VALUES ($1::uuid, $2::uuid, 1, $3::uuid, gen_random_uuid(), 1,"
            " gen_random_uuid(), 0, '{}')",
            {attempt, dee, course});
        conn->exec(
            "INSERT INTO attempt_grades (attempt_id, user_id, seq, course_id, lesson_id, points, "
            "max_points,"
            " passed, graded_at_ms) SELECT id, user_id, 2, course_id, lesson_id, 7.5, 10, true, 0"
            " FROM quiz_attempts WHERE id = $1::uuid",
            {attempt});
        // The graded quiz's announcement (a push event, db/migrations/0050) queues the mail.
        conn->exec(
            "SELECT push_create_event($1::uuid, 'quiz.graded', jsonb_build_object('attempt_id',"
            " $3::uuid, 'course_id', $2::uuid, 'course_version', 1, 'quiz_title',"
            " 'Forces: a review', 'points', 7.5, 'max_points', 10, 'passed', true))",
            {dee, course, attempt});
        tx.commit();
    }
    BOOST_REQUIRE_MESSAGE(
        testing::waitUntil([&] { return smtp.messages().size() == 1; }, seconds(60)),
        "no quiz mail: " + jobsSummary());
    const std::string data = smtp.messages()[0]["data"];
    BOOST_TEST(data.find("Subject: Your result for Forces: a review\r\n") != std::string::npos,
               data);
    BOOST_TEST(data.find("in Physics 101 have been graded: 7.5 of 10.") != std::string::npos, data);
}

BOOST_AUTO_TEST_SUITE_END()
