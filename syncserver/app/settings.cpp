#include "app/settings.h"

#include <algorithm>
#include <cstdlib>
#include <sstream>
#include <thread>

namespace satchel::server {
namespace {

std::size_t cores() {
    return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace

const std::vector<SettingSpec>& settingSpecs() {
    static const std::vector<SettingSpec> specs{
        {"listen", "SATCHEL_LISTEN", "127.0.0.1:8080",
         "address and port to serve HTTP on (host:port)"},
        {"database-url", "SATCHEL_DATABASE_URL", "postgresql:///satchel",
         "PostgreSQL connection URL (libpq syntax)"},
        {"blob-dir", "SATCHEL_BLOB_DIR", "/var/lib/satchel-syncd/blobs",
         "folder of the local blob store (when no S3 bucket is configured)"},
        {"public-url", "SATCHEL_PUBLIC_URL", "",
         "URL clients reach this server at (default http://LISTEN)"},
        {"registration", "SATCHEL_REGISTRATION", "admin",
         "who may create accounts: open, invite (with an invitation code) or admin (admins only)"},
        {"threads", "SATCHEL_THREADS", "", "I/O threads (default: one per core)"},
        {"workers", "SATCHEL_WORKERS", "",
         "worker threads that run handlers (default: 4 per core, at least 8)"},
        {"db-pool-size", "SATCHEL_DB_POOL_SIZE", "",
         "most PostgreSQL connections (default: the worker count)"},
        {"db-acquire-timeout-ms", "SATCHEL_DB_ACQUIRE_TIMEOUT_MS", "5000",
         "how long a request waits for a free connection before 503"},
        {"access-log", "SATCHEL_ACCESS_LOG", "plain", "access log on stdout: plain, json or off"},
        {"jwt-secret", "SATCHEL_JWT_SECRET", "",
         "HS256 signing secret for access tokens (32+ bytes); all instances must share it"},
        {"jwt-secret-file", "SATCHEL_JWT_SECRET_FILE", "",
         "file holding the signing secret; created with a random one if missing. With neither "
         "setting, a random secret is generated once and kept in the database"},
        {"access-token-ttl", "SATCHEL_ACCESS_TOKEN_TTL", "900", "access token lifetime, seconds"},
        {"refresh-token-ttl", "SATCHEL_REFRESH_TOKEN_TTL", "2592000",
         "refresh token lifetime, seconds"},
        {"password-hash", "SATCHEL_PASSWORD_HASH", "moderate",
         "Argon2id cost: interactive, moderate or sensitive (libsodium limits)"},
        {"login-limit-account", "SATCHEL_LOGIN_LIMIT_ACCOUNT", "10",
         "failed logins per account within the window before 429"},
        {"login-limit-address", "SATCHEL_LOGIN_LIMIT_ADDRESS", "50",
         "login attempts per client address within the window before 429"},
        {"login-limit-window", "SATCHEL_LOGIN_LIMIT_WINDOW", "300",
         "login rate-limit window, seconds"},
        {"max-header-bytes", "SATCHEL_MAX_HEADER_BYTES", "16384",
         "largest request header (431 above)"},
        {"max-body-bytes", "SATCHEL_MAX_BODY_BYTES", "1048576",
         "largest JSON request body (413 above)"},
        {"max-manifest-bytes", "SATCHEL_MAX_MANIFEST_BYTES", "8388608",
         "largest course manifest accepted by publish (413 above)"},
        {"io-spin-us", "SATCHEL_IO_SPIN_US", "50",
         "an I/O thread polls this long after its last work before it sleeps (0: never); on "
         "virtual machines a sleeping thread is slow to wake"},
        {"read-timeout-ms", "SATCHEL_READ_TIMEOUT_MS", "15000",
         "time a client has to send a request header, and each piece of its body"},
        {"idle-timeout-ms", "SATCHEL_IDLE_TIMEOUT_MS", "60000", "keep-alive connection idle limit"},
        {"shutdown-grace-ms", "SATCHEL_SHUTDOWN_GRACE_MS", "30000",
         "on SIGTERM, time requests in flight get to finish"},
        {"catalog-cache-ms", "SATCHEL_CATALOG_CACHE_MS", "1000",
         "while change notifications from PostgreSQL are down, how long an instance reuses the "
         "catalog it read"},
        {"trust-proxy", "SATCHEL_TRUST_PROXY", "false",
         "take the client address from X-Forwarded-For (only behind a reverse proxy)"},
        // Sync (read by syncserver/sync's SyncSettings::from).
        {"sync-max-events", "SATCHEL_SYNC_MAX_EVENTS", "5000",
         "most progress events in one push (1-5000, the protocol's limit)"},
        {"sync-max-attempts", "SATCHEL_SYNC_MAX_ATTEMPTS", "200",
         "most quiz attempts in one push (0-200)"},
        {"sync-max-push-bytes", "SATCHEL_SYNC_MAX_PUSH_BYTES", "8388608",
         "largest push body in bytes (1024-268435456; 413 above)"},
        {"sync-pull-limit", "SATCHEL_SYNC_PULL_LIMIT", "5000",
         "most feed entries one pull page may ask for (1-5000; default page 1000)"},
        // Blob storage (read by syncserver/storage's configureBlobStore).
        {"s3-endpoint", "SATCHEL_S3_ENDPOINT", "",
         "S3-compatible endpoint http(s)://host[:port]; unset: the local blob folder"},
        {"s3-bucket", "SATCHEL_S3_BUCKET", "", "S3 bucket (required with an endpoint)"},
        {"s3-region", "SATCHEL_S3_REGION", "us-east-1", "S3 region"},
        {"s3-access-key", "SATCHEL_S3_ACCESS_KEY", "", "S3 access key id"},
        {"s3-secret-key", "SATCHEL_S3_SECRET_KEY", "", "S3 secret access key"},
        {"s3-session-token", "SATCHEL_S3_SESSION_TOKEN", "",
         "S3 session token (temporary credentials)"},
        {"s3-addressing", "SATCHEL_S3_ADDRESSING", "path", "S3 addressing style: path or virtual"},
        {"blob-url-key", "SATCHEL_BLOB_URL_KEY", "",
         "signing key of local blob URLs (64+ hex digits or 32+ bytes); instances behind a "
         "balancer must share it"},
        // Background jobs and mail (read by syncserver/jobs's jobsSettingsFrom).
        {"job-workers", "SATCHEL_JOB_WORKERS", "2",
         "background job worker threads (0: an API-only instance)"},
        {"job-lease-seconds", "SATCHEL_JOB_LEASE_SECONDS", "300",
         "lease of a claimed job; renewed while its instance lives, taken over when it dies"},
        {"job-retry-base-ms", "SATCHEL_JOB_RETRY_BASE_MS", "10000",
         "first retry delay of a failed job, doubled per attempt"},
        {"job-poll-ms", "SATCHEL_JOB_POLL_MS", "2000",
         "job workers' fallback poll interval (NOTIFY wakes them sooner)"},
        {"job-batch", "SATCHEL_JOB_BATCH", "16", "jobs a worker claims per round trip"},
        {"smtp-url", "SATCHEL_SMTP_URL", "",
         "mail server: smtp://[user:pass@]host:port (STARTTLS when offered) or smtps://..."},
        {"mail-from", "SATCHEL_MAIL_FROM", "Satchel <satchel@localhost>",
         "sender address of the server's mail"},
        {"smtp-ca-file", "SATCHEL_SMTP_CA_FILE", "",
         "extra CA bundle to trust for the mail server's TLS certificate"},
        {"reminder-inactive-days", "SATCHEL_REMINDER_INACTIVE_DAYS", "7",
         "days a student may be inactive in an unfinished course before a reminder, for courses "
         "without their own reminderInactiveDays (0: no reminders at all); at most one reminder "
         "per course a week"},
        {"reminder-time", "SATCHEL_REMINDER_TIME", "09:00", "daily reminder run, HH:MM UTC"},
        {"cleanup-interval-minutes", "SATCHEL_CLEANUP_INTERVAL_MINUTES", "60",
         "period of the clean-up job (expired tokens and codes, old jobs, abandoned uploads)"},
        {"job-retention-days", "SATCHEL_JOB_RETENTION_DAYS", "7",
         "finished jobs are deleted after this many days (dead ones are kept)"},
        {"upload-grace-hours", "SATCHEL_UPLOAD_GRACE_HOURS", "24",
         "an upload never completed is aborted and deleted after this many hours"},
        {"orphan-blob-days", "SATCHEL_ORPHAN_BLOB_DAYS", "7",
         "an uploaded blob no published version uses is deleted after this many days (0: never)"},
        {"push-event-retention-days", "SATCHEL_PUSH_EVENT_RETENTION_DAYS", "90",
         "notifications (push events) are deleted after this many days (0: never); set it above "
         "the longest time a device stays offline"},
        {"sync-rejection-retention-days", "SATCHEL_SYNC_REJECTION_RETENTION_DAYS", "365",
         "a refused sync item is kept this many days unless a later push stored it (0: always)"},
        {"certificate-url-seconds", "SATCHEL_CERTIFICATE_URL_SECONDS", "300",
         "lifetime of a certificate PDF's download URL"},
        // Push channel (read by syncserver/push's pushOptionsFrom).
        {"push-auth-timeout-ms", "SATCHEL_PUSH_AUTH_TIMEOUT_MS", "5000",
         "a push socket must send its auth message within this"},
        {"push-idle-timeout-ms", "SATCHEL_PUSH_IDLE_TIMEOUT_MS", "30000",
         "a push peer silent this long (not even a pong to the ping at half of it) is dropped"},
        {"push-write-timeout-ms", "SATCHEL_PUSH_WRITE_TIMEOUT_MS", "15000",
         "a push client that takes no message this long has stopped reading and is dropped"},
        {"push-queue-bytes", "SATCHEL_PUSH_QUEUE_BYTES", "8388608",
         "most unsent bytes one push client may hold; more disconnects it (it resumes later)"},
        {"push-token-check-ms", "SATCHEL_PUSH_TOKEN_CHECK_MS", "",
         "how often a push socket re-checks its token; expired closes it with 4001 (default: a "
         "quarter of the access token lifetime, 1-60 s)"},
    };
    return specs;
}

namespace {

std::map<std::string, std::string> rawValues(std::vector<std::string>& args) {
    std::map<std::string, std::string> values;
    for (const auto& spec : settingSpecs()) {
        if (const char* env = std::getenv(spec.env.c_str()); env && *env)
            values[spec.flag] = env;
        else
            values[spec.flag] = spec.defaultValue;
    }
    std::vector<std::string> rest;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& arg = args[i];
        if (arg.rfind("--", 0) != 0) {
            rest.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::string value;
        const auto eq = name.find('=');
        const auto spec =
            std::find_if(settingSpecs().begin(), settingSpecs().end(),
                         [&](const SettingSpec& s) { return s.flag == name.substr(0, eq); });
        if (spec == settingSpecs().end()) {
            rest.push_back(arg);  // a command's own flag
            continue;
        }
        if (eq != std::string::npos) {
            value = name.substr(eq + 1);
        } else {
            if (i + 1 >= args.size())
                throw SettingsError("--" + name + " needs a value");
            value = args[++i];
        }
        values[spec->flag] = value;
    }
    args = rest;
    return values;
}

const SettingSpec& specFor(const std::string& flag) {
    for (const auto& s : settingSpecs())
        if (s.flag == flag)
            return s;
    throw std::logic_error("unknown setting " + flag);
}

[[noreturn]] void invalid(const std::string& flag, const std::string& value,
                          const std::string& why) {
    throw SettingsError("invalid --" + flag + " / " + specFor(flag).env + " '" + value +
                        "': " + why);
}

long long number(const std::map<std::string, std::string>& v, const std::string& flag,
                 long long min, long long fallback) {
    const auto& text = v.at(flag);
    if (text.empty())
        return fallback;
    char* end = nullptr;
    const long long n = std::strtoll(text.c_str(), &end, 10);
    if (end == text.c_str() || *end != '\0')
        invalid(flag, text, "not a number");
    if (n < min)
        invalid(flag, text, "must be at least " + std::to_string(min));
    return n;
}

template <typename E>
E choice(const std::map<std::string, std::string>& v, const std::string& flag,
         const std::vector<std::pair<std::string, E>>& options) {
    const auto& text = v.at(flag);
    for (const auto& [name, value] : options)
        if (text == name)
            return value;
    std::string names;
    for (const auto& [name, _] : options)
        names += (names.empty() ? "" : ", ") + name;
    invalid(flag, text, "expected one of " + names);
}

}  // namespace

Settings loadSettings(std::vector<std::string>& args) {
    const auto v = rawValues(args);
    Settings s;
    for (const auto& spec : settingSpecs())
        if (!v.at(spec.flag).empty())
            s.byEnv[spec.env] = v.at(spec.flag);
    const auto& listen = v.at("listen");
    const auto colon = listen.rfind(':');
    if (colon == std::string::npos || colon == 0)
        invalid("listen", listen, "expected host:port");
    s.listenHost = listen.substr(0, colon);
    if (s.listenHost.size() > 2 && s.listenHost.front() == '[' && s.listenHost.back() == ']')
        s.listenHost = s.listenHost.substr(1, s.listenHost.size() - 2);
    char* end = nullptr;
    const long port = std::strtol(listen.c_str() + colon + 1, &end, 10);
    if (*end != '\0' || port < 0 || port > 65535)
        invalid("listen", listen, "bad port");
    s.listenPort = static_cast<int>(port);
    s.databaseUrl = v.at("database-url");
    s.blobDir = v.at("blob-dir");
    s.publicUrl = v.at("public-url").empty() ? "http://" + listen : v.at("public-url");
    while (!s.publicUrl.empty() && s.publicUrl.back() == '/')
        s.publicUrl.pop_back();
    s.byEnv["SATCHEL_PUBLIC_URL"] = s.publicUrl;
    s.registration = choice<RegistrationPolicy>(v, "registration",
                                                {{"open", RegistrationPolicy::Open},
                                                 {"invite", RegistrationPolicy::Invite},
                                                 {"admin", RegistrationPolicy::AdminOnly}});
    s.ioThreads =
        static_cast<std::size_t>(number(v, "threads", 1, static_cast<long long>(cores())));
    s.workers = static_cast<std::size_t>(
        number(v, "workers", 1, static_cast<long long>(std::max<std::size_t>(8, 4 * cores()))));
    s.dbPoolSize =
        static_cast<std::size_t>(number(v, "db-pool-size", 1, static_cast<long long>(s.workers)));
    s.dbAcquireTimeout = std::chrono::milliseconds(number(v, "db-acquire-timeout-ms", 1, 5000));
    s.accessLog = choice<AccessLogFormat>(v, "access-log",
                                          {{"plain", AccessLogFormat::Plain},
                                           {"json", AccessLogFormat::Json},
                                           {"off", AccessLogFormat::Off}});
    s.jwtSecret = v.at("jwt-secret");
    if (!s.jwtSecret.empty() && s.jwtSecret.size() < 32)
        invalid("jwt-secret", "(hidden)", "must be at least 32 bytes");
    s.jwtSecretFile = v.at("jwt-secret-file");
    s.accessTokenTtl = std::chrono::seconds(number(v, "access-token-ttl", 1, 900));
    s.refreshTokenTtl = std::chrono::seconds(number(v, "refresh-token-ttl", 1, 2592000));
    s.passwordHash =
        choice<PasswordHashStrength>(v, "password-hash",
                                     {{"interactive", PasswordHashStrength::Interactive},
                                      {"moderate", PasswordHashStrength::Moderate},
                                      {"sensitive", PasswordHashStrength::Sensitive}});
    s.loginLimitPerAccount = static_cast<int>(number(v, "login-limit-account", 1, 10));
    s.loginLimitPerAddress = static_cast<int>(number(v, "login-limit-address", 1, 50));
    s.loginLimitWindow = std::chrono::seconds(number(v, "login-limit-window", 1, 300));
    s.maxHeaderBytes = static_cast<std::size_t>(number(v, "max-header-bytes", 1024, 16384));
    s.maxBodyBytes = static_cast<std::size_t>(number(v, "max-body-bytes", 1024, 1048576));
    s.maxManifestBytes = static_cast<std::size_t>(number(v, "max-manifest-bytes", 1024, 8388608));
    s.readTimeout = std::chrono::milliseconds(number(v, "read-timeout-ms", 100, 15000));
    s.ioSpin = std::chrono::microseconds(number(v, "io-spin-us", 0, 50));
    s.idleTimeout = std::chrono::milliseconds(number(v, "idle-timeout-ms", 100, 60000));
    s.shutdownGrace = std::chrono::milliseconds(number(v, "shutdown-grace-ms", 0, 30000));
    s.catalogCacheTtl = std::chrono::milliseconds(number(v, "catalog-cache-ms", 0, 1000));
    s.trustProxy = choice<bool>(v, "trust-proxy",
                                {{"true", true}, {"false", false}, {"1", true}, {"0", false}});
    return s;
}

std::optional<std::string> Settings::value(std::string_view envName) const {
    const auto it = byEnv.find(std::string(envName));
    if (it == byEnv.end())
        return std::nullopt;
    return it->second;
}

std::string settingsHelp() {
    std::ostringstream out;
    for (const auto& s : settingSpecs()) {
        out << "  --" << s.flag << " VALUE  (" << s.env << ")";
        if (!s.defaultValue.empty())
            out << "  default: " << s.defaultValue;
        out << "\n      " << s.help << "\n";
    }
    return out.str();
}

}  // namespace satchel::server
