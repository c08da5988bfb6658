#include "app/log.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <string>

namespace satchel::server {

void formatUtcNow(char (&buffer)[32]) {
    const auto now = std::chrono::system_clock::now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    const auto millis =
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() %
        1000;
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    const std::size_t n = std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &tm);
    std::snprintf(buffer + n, sizeof buffer - n, ".%03dZ", static_cast<int>(millis));
}

void logLine(LogLevel level, std::string_view requestId, std::string_view message) {
    static std::mutex mutex;
    char time[32];
    formatUtcNow(time);
    const char* name = level == LogLevel::Info   ? "info"
                       : level == LogLevel::Warn ? "warn"
                                                 : "error";
    std::string line = std::string(time) + " " + name;
    if (!requestId.empty())
        line += " request=" + std::string(requestId);
    line += " ";
    line += message;
    line += "\n";
    std::lock_guard lock(mutex);
    std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace satchel::server
