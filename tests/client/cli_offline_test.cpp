// A course imported from a .satchel file is playable with no server at all: satchel-cli
// imports it (a damaged archive is refused), watches its video and answers its quiz with no
// server running; the progress and the attempt wait in the outbox. When a server appears later
// (the same course published there), one `sync` sends everything, and another device of the
// student pulls the same progress.
#define BOOST_TEST_MODULE cli_offline
#include <boost/test/unit_test.hpp>

#include <regex>

#include "cli_device.h"
#include "course_fixture.h"

using namespace satchel;
using namespace satchel::testing;
namespace fs = std::filesystem;

namespace {

const std::string kCourse = "0192a5a0-0000-7000-8000-0000000c0c01";
const VideoSpec kVideo{"0192a5a0-0000-7000-8000-0000000c0c11", 1u << 20, 404, 60'000};
const std::string kQuiz = "0192a5a0-0000-7000-8000-0000000c0c12";

std::int64_t pending(const CliRun& status) {
    std::smatch match;
    BOOST_REQUIRE(std::regex_search(status.output, match, std::regex("pending (\\d+)")));
    return std::stoll(match[1]);
}

}  // namespace

BOOST_AUTO_TEST_CASE(an_imported_course_plays_with_no_server_and_syncs_when_one_appears) {
    TempDir work("satchel-offline-course");
    writeCourseFolder(work / "course", {kCourse, "Offline course", {kVideo}, kQuiz});
    writeArchive(work / "course", work / "course.satchel");
    // The same archive with one byte of the video changed.
    fs::copy_file(work / "course.satchel", work / "damaged.satchel");
    {
        std::fstream file(work / "damaged.satchel",
                          std::ios::in | std::ios::out | std::ios::binary);
        const auto middle = static_cast<std::streamoff>(fs::file_size(work / "course.satchel") / 2);
        file.seekg(middle);
        const char byte = static_cast<char>(file.get());
        file.seekp(middle);
        file.put(static_cast<char>(byte ^ 0x20));
    }

    CliDevice laptop("satchel-cli-offline");  // no --server: there is none
    const CliRun refused = laptop.run({"import", (work / "damaged.satchel").string()});
    BOOST_TEST(refused.status == 1);
    BOOST_TEST(refused.has("cannot import"));
    BOOST_TEST(!laptop.run({"status"}).has("offline "));

    const CliRun imported = laptop.run({"import", (work / "course.satchel").string()});
    BOOST_REQUIRE(imported.status == 0);
    BOOST_TEST(imported.has("imported " + kCourse + " v1 Offline course (1 assets)"));
    BOOST_TEST(laptop.run({"status"}).has("offline " + kCourse + " v1 complete"));

    BOOST_REQUIRE(laptop.run({"watch", kCourse, kVideo.lessonId, "60000", "0", "30000"}).status ==
                  0);
    const CliRun listed = laptop.run({"quiz", kCourse, kQuiz});
    BOOST_REQUIRE(listed.status == 0);
    BOOST_TEST(listed.has("q1 single 1 Where does a downloaded video play from?"));
    BOOST_TEST(listed.has("  a This computer"));
    BOOST_TEST(listed.has("q2 truefalse"));
    { std::ofstream(work / "answers.json") << R"({"q1": "a", "q2": true})"; }
    const CliRun answered =
        laptop.run({"quiz", kCourse, kQuiz, "--answers", (work / "answers.json").string()});
    BOOST_REQUIRE(answered.status == 0);
    BOOST_TEST(answered.has("score 2/2"));
    BOOST_TEST(answered.has("passed yes"));
    BOOST_TEST(answered.has("final"));  // a practice quiz is graded on the device
    // An answer of the wrong form is a usage error, and nothing is recorded.
    { std::ofstream(work / "wrong.json") << R"({"q2": "yes"})"; }
    BOOST_TEST(
        laptop.run({"quiz", kCourse, kQuiz, "--answers", (work / "wrong.json").string()}).status ==
        2);
    BOOST_TEST(laptop.run({"progress", kVideo.lessonId}).has("percent 50.0"));
    const std::int64_t waiting = pending(laptop.run({"status"}));
    BOOST_TEST(waiting >= 2);  // at least the watched interval and the attempt

    // Later, a server with the same course appears.
    DemoServer services;
    loadCourse(services, work / "course");
    laptop.setServer(services.server->url());
    BOOST_REQUIRE(laptop.run({"login", "demo"}, "demo-password").status == 0);
    BOOST_REQUIRE(laptop.run({"sync"}).status == 0);
    const CliRun after = laptop.run({"status"});
    BOOST_TEST(pending(after) == 0);
    BOOST_TEST(after.has("needs attention 0"));

    CliDevice desktop("satchel-cli-offline-desktop");
    desktop.setServer(services.server->url());
    BOOST_REQUIRE(desktop.run({"login", "demo"}, "demo-password").status == 0);
    BOOST_REQUIRE(desktop.run({"sync"}).status == 0);
    BOOST_TEST(desktop.run({"progress", kVideo.lessonId}).has("percent 50.0"));
    const std::string attempts = services.postgres.psql(
        "SELECT count(*) FROM quiz_attempts WHERE lesson_id = '" + kQuiz + "'", "client");
    BOOST_TEST(std::stoll(attempts) == 1);
}
