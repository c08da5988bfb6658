#pragma once
// Every setting of satchel-syncd, each as a command-line flag (--name VALUE or --name=VALUE)
// and a SATCHEL_* environment variable; a flag wins over the environment, which wins over the
// default. `--help` prints the table below, so the list cannot drift from the code.

#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace satchel::server {

struct SettingSpec {
    std::string flag;  // without the leading "--"
    std::string env;
    std::string defaultValue;
    std::string help;
};

// The full table, in --help order.
const std::vector<SettingSpec>& settingSpecs();

enum class RegistrationPolicy { Open, Invite, AdminOnly };
enum class AccessLogFormat { Plain, Json, Off };
enum class PasswordHashStrength { Interactive, Moderate, Sensitive };

struct Settings {
    std::string listenHost;
    int listenPort = 0;
    std::string databaseUrl;
    std::string blobDir;
    std::string publicUrl;
    RegistrationPolicy registration = RegistrationPolicy::AdminOnly;
    std::size_t ioThreads = 1;
    std::size_t workers = 1;
    std::size_t dbPoolSize = 1;
    std::chrono::milliseconds dbAcquireTimeout{5000};
    AccessLogFormat accessLog = AccessLogFormat::Plain;
    std::string jwtSecret;      // inline secret, or
    std::string jwtSecretFile;  // a file holding it (created with a random secret if missing)
    std::chrono::seconds accessTokenTtl{900};
    std::chrono::seconds refreshTokenTtl{30 * 24 * 3600};
    PasswordHashStrength passwordHash = PasswordHashStrength::Moderate;
    int loginLimitPerAccount = 10;
    int loginLimitPerAddress = 50;
    std::chrono::seconds loginLimitWindow{300};
    std::size_t maxHeaderBytes = 16 * 1024;
    std::size_t maxBodyBytes = 1024 * 1024;
    std::size_t maxManifestBytes = 8 * 1024 * 1024;
    std::chrono::milliseconds readTimeout{15000};
    std::chrono::microseconds ioSpin{50};
    std::chrono::milliseconds idleTimeout{60000};
    std::chrono::milliseconds shutdownGrace{30000};
    std::chrono::milliseconds catalogCacheTtl{1000};
    bool trustProxy = false;

    // Every non-empty setting by its environment name, flags applied: how modules with
    // settings of their own (storage's SATCHEL_S3_*) read them.
    std::map<std::string, std::string> byEnv;
    std::optional<std::string> value(std::string_view envName) const;
};

// A bad flag or value; the message names the flag and its environment variable.
class SettingsError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Reads settings from `args` (consumed flags are removed; the rest are returned in
// `positional`) and the environment. Throws SettingsError.
Settings loadSettings(std::vector<std::string>& args);

std::string settingsHelp();

}  // namespace satchel::server
