// The access log's lines come out in the order the requests were recorded, across threads and
// across flushes, although each thread appends to a buffer of its own (issue #4's fast path).
// Operators read the log in order, and tests read it to tell one client run from the next.
#define BOOST_TEST_MODULE server_access_log_order
#include <boost/test/unit_test.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "http/access_log.h"
#include "satchel/testing/env.h"

using namespace satchel::server;

namespace {

// Points this process's stdout at a file for the life of the object.
class StdoutToFile {
public:
    explicit StdoutToFile(const std::string& path) {
        std::fflush(stdout);
        saved_ = ::dup(STDOUT_FILENO);
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        BOOST_REQUIRE(saved_ >= 0 && fd >= 0);
        ::dup2(fd, STDOUT_FILENO);
        ::close(fd);
    }
    ~StdoutToFile() {
        std::fflush(stdout);
        ::dup2(saved_, STDOUT_FILENO);
        ::close(saved_);
    }

private:
    int saved_ = -1;
};

}  // namespace

BOOST_AUTO_TEST_CASE(lines_of_many_threads_come_out_in_recording_order) {
    satchel::testing::TempDir dir{"satchel-access-log"};
    const std::string path = (dir.path() / "stdout").string();
    constexpr int kThreads = 4;
    constexpr int kPerThread = 3000;
    {
        StdoutToFile redirect(path);
        AccessLog log(AccessLogFormat::Json);
        // The test fixes the recording order: a ticket and its record() under one lock, so
        // ticket order is the order the log saw the lines in. Threads take turns at random, and
        // the 200 ms flusher runs while they do (the loop pauses now and then).
        std::mutex turn;
        int ticket = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&] {
                for (int i = 0; i < kPerThread; ++i) {
                    {
                        std::lock_guard lock(turn);
                        HttpRequest request;
                        request.method = "GET";
                        request.target = "/x";
                        request.remoteAddress = "127.0.0.1";
                        request.requestId = std::to_string(ticket++);
                        log.record(request, "/x", 200, 0, 0.1);
                    }
                    if (i % 500 == 0)
                        std::this_thread::sleep_for(std::chrono::milliseconds(60));
                }
            });
        for (auto& thread : threads)
            thread.join();
    }  // the log's destructor writes out what is left
    std::ifstream in(path);
    int expected = 0;
    for (std::string line; std::getline(in, line);) {
        const auto entry = nlohmann::json::parse(line);
        const int id = std::stoi(entry.at("request_id").get<std::string>());
        if (id != expected) {
            BOOST_ERROR("line " << expected << " holds request " << id);
            break;
        }
        ++expected;
    }
    BOOST_TEST(expected == kThreads * kPerThread);
}
