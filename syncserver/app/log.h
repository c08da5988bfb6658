#pragma once
// Operator log lines on stderr: time, level, the request id when there is one, the message.
//   2026-11-26T08:50:00.123Z warn request=5f2c9a... PostgreSQL connection lost: ...

#include <string_view>

namespace satchel::server {

enum class LogLevel { Info, Warn, Error };

void logLine(LogLevel level, std::string_view requestId, std::string_view message);
inline void logInfo(std::string_view message) {
    logLine(LogLevel::Info, {}, message);
}
inline void logWarn(std::string_view message) {
    logLine(LogLevel::Warn, {}, message);
}
inline void logError(std::string_view message) {
    logLine(LogLevel::Error, {}, message);
}

// "2026-11-26T08:50:00.123Z" for now.
void formatUtcNow(char (&buffer)[32]);

}  // namespace satchel::server
