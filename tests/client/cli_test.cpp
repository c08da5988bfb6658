// satchel-cli end to end, as a script would use it: two data folders act as two devices of
// one student against the real satchel-syncd (PostgreSQL, the demo course) and a real
// keychain (KEYRING). Each device signs in, watches part of the demo video offline, syncs,
// and both end with the same merged progress; signing out forgets the session.
#define BOOST_TEST_MODULE satchel_cli
#include <boost/test/unit_test.hpp>

#include <fstream>

#include "sync_fixture.h"

using namespace satchel;

namespace {

testing::DemoServer* services = nullptr;
struct Module : testing::QtCoreApp {
    Module() { services = new testing::DemoServer; }
    ~Module() { delete services; }
};
BOOST_TEST_GLOBAL_FIXTURE(Module);

// The demo course's fixed ids (resources/demo/make-demo-course) and its first video's length.
const char* kCourse = "0192a5a0-0000-7000-8000-00000000d001";
const char* kWelcomeVideo = "0192a5a0-0000-7000-8000-00000000d201";
constexpr int kWelcomeMs = 12000;

struct CliRun {
    int status;
    std::string output;
};

// Runs satchel-cli with `args` for the device in `dataDir`, feeding `input` on stdin.
CliRun cli(const testing::TempDir& dataDir, const std::string& args,
           const std::string& input = {}) {
    const std::string log = (dataDir / "last-run.log").string();
    const std::string command = "printf '%s\\n' '" + input + "' | '" +
                                (testing::binDir() / "satchel-cli").string() + "' --data-dir '" +
                                dataDir.path().string() + "' --server '" + services->server->url() +
                                "' " + args;
    CliRun run{testing::runCommand({"/bin/sh", "-c", command}, log), {}};
    std::ifstream in(log);
    run.output.assign(std::istreambuf_iterator<char>(in), {});
    BOOST_TEST_MESSAGE("satchel-cli " << args << " -> " << run.status << "\n" << run.output);
    return run;
}

}  // namespace

BOOST_AUTO_TEST_CASE(two_devices_sign_in_watch_offline_sync_and_agree) {
    const std::string email = testing::uniqueEmail();
    {
        client::ApiClient api(services->url(), newUuidV7());
        auto created = testing::await<AuthResponse>([&](auto* c, auto done) {
            api.registerAccount({email, "correct horse battery", "CLI Student"}, "setup", c, done);
        });
        BOOST_REQUIRE_MESSAGE(created.ok(), testing::describe(created));
    }
    testing::TempDir laptop("satchel-cli-laptop");
    testing::TempDir desktop("satchel-cli-desktop");

    BOOST_REQUIRE(cli(laptop, "login " + email, "correct horse battery").status == 0);
    const CliRun courses = cli(laptop, "courses");
    BOOST_REQUIRE(courses.status == 0);
    BOOST_TEST(courses.output.find("Welcome to Satchel") != std::string::npos);
    BOOST_REQUIRE(cli(laptop, std::string("enroll ") + kCourse).status == 0);
    BOOST_TEST(cli(laptop, "courses").output.find("enrolled") != std::string::npos);
    BOOST_REQUIRE(cli(desktop, "login " + email, "correct horse battery").status == 0);

    const std::string video =
        std::string(kCourse) + " " + kWelcomeVideo + " " + std::to_string(kWelcomeMs);
    BOOST_REQUIRE(cli(laptop, "watch " + video + " 0 6000").status == 0);
    BOOST_REQUIRE(cli(desktop, "watch " + video + " 3000 9000").status == 0);
    BOOST_TEST(cli(laptop, std::string("progress ") + kWelcomeVideo).output.find("percent 50.0") !=
               std::string::npos);
    BOOST_TEST(cli(laptop, "status").output.find("pending 0") == std::string::npos);

    BOOST_REQUIRE(cli(laptop, "sync").status == 0);
    BOOST_REQUIRE(cli(desktop, "sync").status == 0);
    BOOST_REQUIRE(cli(laptop, "sync").status == 0);
    for (auto* device : {&laptop, &desktop}) {
        const CliRun progress = cli(*device, std::string("progress ") + kWelcomeVideo);
        BOOST_TEST(progress.output.find("percent 75.0") != std::string::npos);
        BOOST_TEST(cli(*device, "status").output.find("pending 0") != std::string::npos);
    }

    BOOST_REQUIRE(cli(laptop, "logout").status == 0);
    const CliRun after = cli(laptop, "courses");
    BOOST_TEST(after.status == 3);                    // not signed in: the keychain entry is gone
    BOOST_TEST(cli(desktop, "courses").status == 0);  // the other device keeps its session
}
