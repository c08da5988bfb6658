// satchel-cli download end to end against the real satchel-syncd (PostgreSQL, local blob store,
// JSON access log) with two generated courses that share one asset:
// - killed with SIGKILL at 20 random moments of a throttled download, every resumed run asks
//   the server for exactly the bytes not yet on disk (the server's own log says so), and the
//   finished files verify;
// - removing one course's offline copy keeps the asset the other course still uses;
// - a corrupted byte in a stored asset is found by `download --verify` and only that asset is
//   downloaded again.
#define BOOST_TEST_MODULE cli_download
#include <boost/test/unit_test.hpp>

#include <signal.h>

#include <map>
#include <random>
#include <set>
#include <thread>

#include "access_log.h"
#include "cli_device.h"
#include "course_fixture.h"
#include "satchel/hash.h"

using namespace satchel;
using namespace satchel::testing;
namespace fs = std::filesystem;

namespace {

const std::string kCourseA = "0192a5a0-0000-7000-8000-0000000c0a01";
const std::string kCourseB = "0192a5a0-0000-7000-8000-0000000c0b01";
// Course A: a large video and one it shares with course B; course B: the shared one and a
// small one. Sizes make a throttled download last long enough for 20 kills mid-file.
const VideoSpec kLarge{"0192a5a0-0000-7000-8000-0000000c0a11", 12u << 20, 101};
const VideoSpec kSharedInA{"0192a5a0-0000-7000-8000-0000000c0a12", 4u << 20, 202};
const VideoSpec kSharedInB{"0192a5a0-0000-7000-8000-0000000c0b12", 4u << 20, 202};
const VideoSpec kSmall{"0192a5a0-0000-7000-8000-0000000c0b11", 1u << 20, 303};

struct Services {
    DemoServer server{{{"SATCHEL_ACCESS_LOG", "json"}}};
    TempDir courses{"satchel-test-courses"};
    std::string large, shared, small;  // SHA-256s

    Services() {
        writeCourseFolder(courses / "a", {kCourseA, "Course A", {kLarge, kSharedInA}, {}});
        writeCourseFolder(courses / "b", {kCourseB, "Course B", {kSharedInB, kSmall}, {}});
        loadCourse(server, courses / "a");
        loadCourse(server, courses / "b");
        large = videoSha256(courses / "a", kLarge);
        shared = videoSha256(courses / "a", kSharedInA);
        small = videoSha256(courses / "b", kSmall);
        BOOST_REQUIRE(shared == videoSha256(courses / "b", kSharedInB));
    }
    // Everything logged so far: the server writes its access log every 200 ms, so a request
    // answered just now is there after a pause a little longer than that.
    std::vector<AccessEntry> accessLog() {
        std::this_thread::sleep_for(std::chrono::milliseconds(600));
        return readAccessLog(server.server->process().log());
    }
};

Services* services = nullptr;
struct Module {
    Module() { services = new Services; }
    ~Module() { delete services; }
};
BOOST_TEST_GLOBAL_FIXTURE(Module);

std::unique_ptr<CliDevice> signedIn(const std::string& name) {
    auto device = std::make_unique<CliDevice>(name);
    device->setServer(services->server.server->url());
    BOOST_REQUIRE(device->run({"login", "demo"}, "demo-password").status == 0);
    return device;
}

std::uint64_t fileSize(const fs::path& path) {
    std::error_code error;
    const auto size = fs::file_size(path, error);
    return error ? 0 : size;
}

bool verifies(const fs::path& path, const std::string& sha256) {
    auto digest = sha256File(path);
    return digest.ok() && digest->sha256 == sha256;
}

// Bytes of the asset a resumed run can build on: the part with its ETag sidecar (without the
// sidecar the part cannot be validated and starts again from zero).
std::uint64_t resumable(const CliDevice& device, const std::string& sha256) {
    const fs::path part = device.partPath(sha256);
    return fs::exists(part.string() + ".etag") ? fileSize(part) : 0;
}

}  // namespace

BOOST_AUTO_TEST_CASE(twenty_kills_resume_without_fetching_a_byte_twice) {
    auto device = signedIn("satchel-cli-kills");
    const std::map<std::string, std::uint64_t> assets = {{services->large, kLarge.bytes},
                                                         {services->shared, kSharedInA.bytes}};
    const auto seed = std::random_device{}();
    BOOST_TEST_MESSAGE("kill moments seeded with " << seed);
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> extraMs(0, 120);

    struct RunStart {
        std::map<std::string, std::uint64_t> onDisk;  // resumable bytes per asset
        std::set<std::string> complete;
    };
    auto snapshot = [&] {
        RunStart start;
        for (const auto& [sha, size] : assets) {
            if (fs::exists(device->assetPath(sha)))
                start.complete.insert(sha);
            else
                start.onDisk[sha] = resumable(*device, sha);
        }
        return start;
    };
    auto bytesOnDisk = [&] {
        std::uint64_t total = 0;
        for (const auto& [sha, size] : assets)
            total += fs::exists(device->assetPath(sha)) ? size : fileSize(device->partPath(sha));
        return total;
    };

    const std::size_t logStart = services->accessLog().size();
    std::vector<RunStart> runs;
    for (int kills = 0; kills < 20;) {
        runs.push_back(snapshot());
        BOOST_REQUIRE_MESSAGE(runs.back().complete.size() < assets.size(),
                              "the download finished after only " << kills << " kills");
        const std::uint64_t before = bytesOnDisk();
        auto cli = device->start({"download", kCourseA, "--wait", "--limit", "2000000"},
                                 "download-" + std::to_string(runs.size()) + ".log");
        // The kill lands mid-transfer: once this run's own bytes reach the disk, plus a random
        // moment more.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (bytesOnDisk() == before && cli->running() &&
               std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        BOOST_REQUIRE_MESSAGE(cli->running(), "the CLI ended by itself: " << cli->log());
        BOOST_REQUIRE_MESSAGE(bytesOnDisk() > before, "no bytes arrived in 60 s: " << cli->log());
        std::this_thread::sleep_for(std::chrono::milliseconds(extraMs(random)));
        cli->signal(SIGKILL);
        BOOST_REQUIRE(cli->wait(std::chrono::seconds(10)) == -SIGKILL);
        ++kills;
    }
    runs.push_back(snapshot());
    const CliRun last = device->run({"download", kCourseA, "--wait"});
    BOOST_REQUIRE(last.status == 0);
    BOOST_TEST(last.has("downloaded"));
    for (const auto& [sha, size] : assets) {
        BOOST_TEST(verifies(device->assetPath(sha), sha), sha << " does not verify");
        BOOST_TEST(!fs::exists(device->partPath(sha)));
    }

    // The server's side, run by run: every run begins with its token refresh; each asset's
    // first request of a run starts exactly at the bytes that run found on disk.
    const auto entries = services->accessLog();
    std::vector<std::vector<AccessEntry>> segments;
    for (std::size_t i = logStart; i < entries.size(); ++i) {
        if (entries[i].isRefresh())
            segments.emplace_back();
        else if (!segments.empty())
            segments.back().push_back(entries[i]);
    }
    BOOST_REQUIRE_EQUAL(segments.size(), runs.size());
    // Whole (200) answers: at least one per asset; none while bytes of it were already on disk
    // (a run killed after asking but before the first byte landed rightly asks from 0 again).
    std::map<std::string, int> wholeAnswers, wholeOverBytesOnDisk;
    std::uint64_t resumedBytes = 0;
    for (std::size_t run = 0; run < runs.size(); ++run) {
        for (const auto& [sha, size] : assets) {
            const AccessEntry* first = nullptr;
            for (const auto& entry : segments[run]) {
                if (!entry.isBlob(sha))
                    continue;
                if (entry.status == 200) {
                    ++wholeAnswers[sha];
                    wholeOverBytesOnDisk[sha] += runs[run].onDisk[sha] > 0 ? 1 : 0;
                }
                if (!first)
                    first = &entry;
            }
            if (runs[run].complete.count(sha)) {
                BOOST_TEST(!first, "run " << run << " fetched the complete " << sha);
                continue;
            }
            if (!first)
                continue;  // killed before it asked (the other asset went first)
            BOOST_TEST(first->firstByte(size) == runs[run].onDisk[sha],
                       "run " << run << " asked for " << sha << " from byte "
                              << first->firstByte(size) << " with " << runs[run].onDisk[sha]
                              << " on disk");
            resumedBytes += runs[run].onDisk[sha];
        }
    }
    for (const auto& [sha, size] : assets) {
        BOOST_TEST(wholeAnswers[sha] >= 1, sha << " was never sent whole");
        BOOST_TEST(wholeOverBytesOnDisk[sha] == 0, sha << " was sent whole "
                                                       << wholeOverBytesOnDisk[sha]
                                                       << " times over bytes already on disk");
    }
    BOOST_TEST(resumedBytes > 0u);
}

BOOST_AUTO_TEST_CASE(removing_a_course_keeps_the_assets_another_course_uses) {
    auto device = signedIn("satchel-cli-remove");
    BOOST_REQUIRE(device->run({"download", kCourseA, "--wait"}).status == 0);
    BOOST_REQUIRE(device->run({"download", kCourseB, "--wait"}).status == 0);
    for (const auto* sha : {&services->large, &services->shared, &services->small})
        BOOST_REQUIRE(verifies(device->assetPath(*sha), *sha));

    const CliRun removed = device->run({"remove", kCourseA});
    BOOST_REQUIRE(removed.status == 0);
    BOOST_TEST(removed.has("removed: 1 files deleted, 1 kept for other courses"));
    BOOST_TEST(!fs::exists(device->assetPath(services->large)));
    BOOST_TEST(verifies(device->assetPath(services->shared), services->shared));
    BOOST_TEST(verifies(device->assetPath(services->small), services->small));
    const CliRun status = device->run({"status"});
    BOOST_TEST(status.has("offline " + kCourseB + " v1 complete"));
    BOOST_TEST(!status.has("offline " + kCourseA));
    // Course B needs nothing from the network.
    BOOST_TEST(device->run({"download", kCourseB, "--wait"}).has("0 of 2 assets missing"));

    BOOST_REQUIRE(device->run({"remove", kCourseB}).status == 0);
    BOOST_TEST(!fs::exists(device->assetPath(services->shared)));
    BOOST_TEST(!fs::exists(device->assetPath(services->small)));
}

BOOST_AUTO_TEST_CASE(a_corrupted_byte_in_a_stored_asset_is_detected_and_downloaded_again) {
    auto device = signedIn("satchel-cli-corrupt");
    BOOST_REQUIRE(device->run({"download", kCourseB, "--wait"}).status == 0);
    const fs::path damaged = device->assetPath(services->small);
    {
        std::fstream file(damaged, std::ios::in | std::ios::out | std::ios::binary);
        file.seekg(kSmall.bytes / 3);
        const char byte = static_cast<char>(file.get());
        file.seekp(kSmall.bytes / 3);
        file.put(static_cast<char>(byte ^ 0x01));
    }
    BOOST_REQUIRE(!verifies(damaged, services->small));

    const std::size_t logStart = services->accessLog().size();
    const CliRun verify = device->run({"download", kCourseB, "--wait", "--verify"});
    BOOST_REQUIRE(verify.status == 0);
    BOOST_TEST(verify.has("damaged " + services->small));
    BOOST_TEST(!verify.has("damaged " + services->shared));
    BOOST_TEST(verifies(damaged, services->small));
    BOOST_TEST(verifies(device->assetPath(services->shared), services->shared));
    // Only the damaged asset came again, whole; the intact one was only re-hashed.
    const auto entries = services->accessLog();
    int smallFetches = 0, sharedFetches = 0;
    for (std::size_t i = logStart; i < entries.size(); ++i) {
        smallFetches += entries[i].isBlob(services->small) && entries[i].status == 200;
        sharedFetches += entries[i].isBlob(services->shared);
    }
    BOOST_TEST(smallFetches == 1);
    BOOST_TEST(sharedFetches == 0);
}
