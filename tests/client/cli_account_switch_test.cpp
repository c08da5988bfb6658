// Two students on one computer (a school lab), through the real satchel-cli, satchel-syncd
// and PostgreSQL: the data folder's progress belongs to one account at a time
// (LocalStore::claimProgress). Alice's unsent work refuses Bob's sign-in and stays; once Alice
// has synced, Bob signs in to a clean start and pulls only his own state; the server holds
// each student's events under that student. Work done offline before any sign-in goes to the
// first account that signs in.
#define BOOST_TEST_MODULE cli_account_switch
#include <boost/test/unit_test.hpp>

#include <regex>

#include "cli_device.h"
#include "qt_fixture.h"
#include "sync_fixture.h"

using namespace satchel;
using namespace satchel::testing;

BOOST_TEST_GLOBAL_FIXTURE(QtCoreApp);

namespace {

const std::string kCourse = "0192a5a0-0000-7000-8000-00000000d001";
const std::string kVideo = "0192a5a0-0000-7000-8000-00000000d201";
const std::string kVideoMs = "12000";
const std::string kPassword = "correct horse battery";

std::int64_t pending(const CliRun& status) {
    std::smatch match;
    BOOST_REQUIRE(std::regex_search(status.output, match, std::regex("pending (\\d+)")));
    return std::stoll(match[1]);
}

struct Lab {
    DemoServer services;

    // Registers an account; returns its email and user id.
    std::pair<std::string, std::string> student(const std::string& name) {
        const std::string email = uniqueEmail();
        client::ApiClient api(services.url(), newUuidV7());
        auto created = await<AuthResponse>([&](auto* c, auto done) {
            api.registerAccount({email, kPassword, name}, "setup", c, done);
        });
        BOOST_REQUIRE_MESSAGE(created.ok(), describe(created));
        return {email, created->user.id.toString()};
    }
    std::int64_t serverEvents(const std::string& userId) {
        return std::stoll(services.postgres.psql(
            "SELECT count(*) FROM progress_events WHERE user_id = '" + userId + "'", "client"));
    }
};

}  // namespace

BOOST_FIXTURE_TEST_CASE(a_second_student_waits_for_the_firsts_unsent_work_then_starts_clean, Lab) {
    const auto [alice, aliceId] = student("Alice");
    const auto [bob, bobId] = student("Bob");
    // Bob's own progress, made on his computer at home.
    CliDevice home("satchel-switch-home");
    home.setServer(services.server->url());
    BOOST_REQUIRE(home.run({"login", bob}, kPassword).status == 0);
    BOOST_REQUIRE(home.run({"enroll", kCourse}).status == 0);
    BOOST_REQUIRE(home.run({"watch", kCourse, kVideo, kVideoMs, "0", "3000"}).status == 0);
    BOOST_REQUIRE(home.run({"sync"}).status == 0);
    const std::int64_t bobsOwn = serverEvents(bobId);
    BOOST_REQUIRE(bobsOwn >= 1);

    CliDevice lab("satchel-switch-lab");
    lab.setServer(services.server->url());
    BOOST_REQUIRE(lab.run({"login", alice}, kPassword).status == 0);
    BOOST_REQUIRE(lab.run({"enroll", kCourse}).status == 0);
    BOOST_REQUIRE(lab.run({"watch", kCourse, kVideo, kVideoMs, "0", "6000"}).status == 0);
    BOOST_REQUIRE(lab.run({"logout"}).status == 0);  // signs out with the work unsent
    const std::int64_t unsent = pending(lab.run({"status"}));
    BOOST_REQUIRE(unsent >= 1);

    const CliRun refused = lab.run({"login", bob}, kPassword);
    BOOST_TEST(refused.status == 1);
    BOOST_TEST(refused.has("cannot sign in: " + std::to_string(unsent) + " change(s)"));
    BOOST_TEST(refused.has("must sign in once online"));
    BOOST_TEST(lab.run({"courses"}).status == 3);  // Bob's session was ended at once
    BOOST_TEST(pending(lab.run({"status"})) == unsent);
    BOOST_TEST(lab.run({"progress", kVideo}).has("percent 50.0"));
    BOOST_TEST(serverEvents(bobId) == bobsOwn);  // only his work from home

    BOOST_REQUIRE(lab.run({"login", alice}, kPassword).status == 0);
    BOOST_REQUIRE(lab.run({"sync"}).status == 0);
    BOOST_TEST(pending(lab.run({"status"})) == 0);
    BOOST_TEST(serverEvents(aliceId) == unsent);

    BOOST_REQUIRE(lab.run({"login", bob}, kPassword).status == 0);
    BOOST_TEST(lab.run({"progress", kVideo}).has("percent 0"));  // none of Alice's progress
    BOOST_REQUIRE(lab.run({"sync"}).status == 0);
    BOOST_TEST(lab.run({"progress", kVideo}).has("percent 25.0"));  // Bob's own, pulled
    BOOST_TEST(pending(lab.run({"status"})) == 0);
    // Each student's events under that student only.
    BOOST_TEST(serverEvents(aliceId) == unsent);
    BOOST_TEST(serverEvents(bobId) == bobsOwn);
}

BOOST_FIXTURE_TEST_CASE(work_before_any_sign_in_goes_to_the_first_account, Lab) {
    const auto [carol, carolId] = student("Carol");
    CliDevice lab("satchel-switch-fresh");
    BOOST_REQUIRE(lab.run({"watch", kCourse, kVideo, kVideoMs, "0", "6000"}).status == 0);
    const std::int64_t unsent = pending(lab.run({"status"}));
    BOOST_REQUIRE(unsent >= 1);

    lab.setServer(services.server->url());
    BOOST_REQUIRE(lab.run({"login", carol}, kPassword).status == 0);
    BOOST_REQUIRE(lab.run({"enroll", kCourse}).status == 0);
    BOOST_REQUIRE(lab.run({"sync"}).status == 0);
    BOOST_TEST(pending(lab.run({"status"})) == 0);
    BOOST_TEST(lab.run({"status"}).has("needs attention 0"));
    BOOST_TEST(serverEvents(carolId) == unsent);
    BOOST_TEST(lab.run({"progress", kVideo}).has("percent 50.0"));
}
