#include "push/options.h"

#include <algorithm>
#include <cstdlib>
#include <string>

namespace satchel::server {
namespace {

// The setting as a positive number, or `fallback` when unset. Throws SettingsError naming the
// flag and the variable.
long long positiveSetting(const Settings& s, const char* env, const char* flag,
                          long long fallback) {
    const auto text = s.value(env);
    if (!text || text->empty())
        return fallback;
    char* end = nullptr;
    const long long value = std::strtoll(text->c_str(), &end, 10);
    if (end == text->c_str() || *end != '\0' || value <= 0)
        throw SettingsError(std::string("invalid --") + flag + " / " + env + " '" + *text +
                            "': expected a positive number");
    return value;
}

}  // namespace

PushOptions pushOptionsFrom(const Settings& s) {
    using std::chrono::milliseconds;
    PushOptions o;
    o.authTimeout = milliseconds(positiveSetting(s, "SATCHEL_PUSH_AUTH_TIMEOUT_MS",
                                                 "push-auth-timeout-ms", o.authTimeout.count()));
    o.idleTimeout = milliseconds(positiveSetting(s, "SATCHEL_PUSH_IDLE_TIMEOUT_MS",
                                                 "push-idle-timeout-ms", o.idleTimeout.count()));
    o.writeTimeout = milliseconds(positiveSetting(s, "SATCHEL_PUSH_WRITE_TIMEOUT_MS",
                                                  "push-write-timeout-ms", o.writeTimeout.count()));
    o.maxQueueBytes =
        static_cast<std::size_t>(positiveSetting(s, "SATCHEL_PUSH_QUEUE_BYTES", "push-queue-bytes",
                                                 static_cast<long long>(o.maxQueueBytes)));
    const auto quarterTtl = std::chrono::duration_cast<milliseconds>(s.accessTokenTtl) / 4;
    const auto defaultCheck = std::clamp(quarterTtl, milliseconds(1000), milliseconds(60000));
    o.tokenCheckInterval = milliseconds(positiveSetting(
        s, "SATCHEL_PUSH_TOKEN_CHECK_MS", "push-token-check-ms", defaultCheck.count()));
    return o;
}

}  // namespace satchel::server
