#include "jobs/jobs_settings.h"

#include <cstdlib>

namespace satchel::server::jobs {
namespace {

long long number(const Settings& s, const char* env, const char* flag, long long min,
                 long long fallback) {
    const auto text = s.value(env);
    if (!text || text->empty())
        return fallback;
    char* end = nullptr;
    const long long n = std::strtoll(text->c_str(), &end, 10);
    if (end == text->c_str() || *end != '\0' || n < min)
        throw SettingsError(std::string("invalid --") + flag + " / " + env + " '" + *text +
                            "': expected a number >= " + std::to_string(min));
    return n;
}

}  // namespace

JobsSettings jobsSettingsFrom(const Settings& s) {
    JobsSettings j;
    j.workers = static_cast<std::size_t>(number(s, "SATCHEL_JOB_WORKERS", "job-workers", 0, 2));
    j.lease =
        std::chrono::seconds(number(s, "SATCHEL_JOB_LEASE_SECONDS", "job-lease-seconds", 1, 300));
    j.retryBase = std::chrono::milliseconds(
        number(s, "SATCHEL_JOB_RETRY_BASE_MS", "job-retry-base-ms", 1, 10000));
    j.poll = std::chrono::milliseconds(number(s, "SATCHEL_JOB_POLL_MS", "job-poll-ms", 10, 2000));
    j.batch = static_cast<int>(number(s, "SATCHEL_JOB_BATCH", "job-batch", 1, 16));
    if (auto url = s.value("SATCHEL_SMTP_URL"))
        j.smtpUrl = *url;
    if (auto ca = s.value("SATCHEL_SMTP_CA_FILE"))
        j.smtpCaFile = *ca;
    if (auto from = s.value("SATCHEL_MAIL_FROM"); from && !from->empty())
        j.mailFrom = *from;
    return j;
}

}  // namespace satchel::server::jobs
