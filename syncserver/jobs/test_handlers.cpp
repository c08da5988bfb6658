#include "jobs/test_handlers.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <stdexcept>
#include <thread>

namespace satchel::server::jobs {
namespace {

void appendRecord(const std::string& file, const Job& job) {
    const std::string line = std::to_string(job.id) + " " + std::to_string(getpid()) + " " +
                             std::to_string(job.attempt) + "\n";
    const int fd = ::open(file.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        throw std::runtime_error("cannot open test job log " + file);
    const auto written = ::write(fd, line.data(), line.size());
    ::close(fd);
    if (written != static_cast<ssize_t>(line.size()))
        throw std::runtime_error("short write to test job log");
}

}  // namespace

void addTestHandlersIfEnabled(JobRegistry& registry) {
    const char* log = std::getenv("SATCHEL_TEST_JOBS_LOG");
    if (!log || !*log)
        return;
    const std::string file = log;
    registry.addHandler("test.noop", [](JobContext&) {});
    registry.addHandler("test.record", [file](JobContext& ctx) { appendRecord(file, ctx.job()); });
    registry.addHandler("test.fail", [](JobContext& ctx) {
        throw std::runtime_error("test.fail always fails (attempt " +
                                 std::to_string(ctx.job().attempt) + ")");
    });
    registry.addHandler("test.sleep", [file](JobContext& ctx) {
        std::this_thread::sleep_for(std::chrono::milliseconds(ctx.job().payload.value("ms", 0)));
        appendRecord(file, ctx.job());
    });
    if (const char* tick = std::getenv("SATCHEL_TEST_JOBS_TICK"); tick && *tick)
        registry.addSchedule(
            {"test.tick", "test.record", nlohmann::json::object(), std::chrono::seconds(2), {}});
}

}  // namespace satchel::server::jobs
