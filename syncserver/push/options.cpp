#include "push/options.h"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>
#include <string>

namespace satchel::server {
namespace {

// The variable's value as a positive number, or `fallback` when unset.
long long positiveFromEnv(const char* name, long long fallback) {
    const char* raw = std::getenv(name);
    if (!raw || !*raw)
        return fallback;
    char* end = nullptr;
    const long long value = std::strtoll(raw, &end, 10);
    if (*end != '\0' || value <= 0)
        throw std::invalid_argument(std::string(name) + " must be a positive number, not '" + raw +
                                    "'");
    return value;
}

}  // namespace

PushOptions pushOptionsFromEnvironment(std::chrono::seconds accessTokenTtl) {
    using std::chrono::milliseconds;
    PushOptions o;
    o.authTimeout =
        milliseconds(positiveFromEnv("SATCHEL_PUSH_AUTH_TIMEOUT_MS", o.authTimeout.count()));
    o.idleTimeout =
        milliseconds(positiveFromEnv("SATCHEL_PUSH_IDLE_TIMEOUT_MS", o.idleTimeout.count()));
    o.writeTimeout =
        milliseconds(positiveFromEnv("SATCHEL_PUSH_WRITE_TIMEOUT_MS", o.writeTimeout.count()));
    o.maxQueueBytes = static_cast<std::size_t>(
        positiveFromEnv("SATCHEL_PUSH_QUEUE_BYTES", static_cast<long long>(o.maxQueueBytes)));
    const auto quarterTtl = std::chrono::duration_cast<milliseconds>(accessTokenTtl) / 4;
    const auto defaultCheck = std::clamp(quarterTtl, milliseconds(1000), milliseconds(60000));
    o.tokenCheckInterval =
        milliseconds(positiveFromEnv("SATCHEL_PUSH_TOKEN_CHECK_MS", defaultCheck.count()));
    return o;
}

}  // namespace satchel::server
