#include "app/log.h"

#include <chrono>
#include <cstdio>
#include <cstring>
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
    // The date and time change once a second; the access log asks for them on every request.
    thread_local std::time_t cachedSecond = -1;
    thread_local char cachedText[24];
    thread_local std::size_t cachedLength = 0;
    if (seconds != cachedSecond) {
        std::tm tm{};
        gmtime_r(&seconds, &tm);
        cachedLength = std::strftime(cachedText, sizeof cachedText, "%Y-%m-%dT%H:%M:%S", &tm);
        cachedSecond = seconds;
    }
    std::memcpy(buffer, cachedText, cachedLength);
    std::snprintf(buffer + cachedLength, sizeof buffer - cachedLength, ".%03dZ",
                  static_cast<int>(millis));
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
