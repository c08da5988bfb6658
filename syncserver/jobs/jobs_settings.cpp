#include "jobs/jobs_settings.h"

#include <algorithm>
#include <cstdio>
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

// "HH:MM" (UTC) as minutes after midnight.
int timeOfDay(const Settings& s, const char* env, const char* flag, int fallback) {
    const auto text = s.value(env);
    if (!text || text->empty())
        return fallback;
    int hours = -1, minutes = -1;
    char colon = 0;
    int used = 0;
    if (std::sscanf(text->c_str(), "%2d%c%2d%n", &hours, &colon, &minutes, &used) != 3 ||
        colon != ':' || static_cast<std::size_t>(used) != text->size() || hours < 0 || hours > 23 ||
        minutes < 0 || minutes > 59)
        throw SettingsError(std::string("invalid --") + flag + " / " + env + " '" + *text +
                            "': expected HH:MM (UTC)");
    return hours * 60 + minutes;
}

int small(const Settings& s, const char* env, const char* flag, long long min, int fallback) {
    return static_cast<int>(std::min<long long>(number(s, env, flag, min, fallback), 1'000'000));
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
    j.reminderInactiveDays =
        small(s, "SATCHEL_REMINDER_INACTIVE_DAYS", "reminder-inactive-days", 0, 7);
    j.reminderMinuteUtc = timeOfDay(s, "SATCHEL_REMINDER_TIME", "reminder-time", 9 * 60);
    j.cleanupIntervalMinutes =
        small(s, "SATCHEL_CLEANUP_INTERVAL_MINUTES", "cleanup-interval-minutes", 1, 60);
    j.jobRetentionDays = small(s, "SATCHEL_JOB_RETENTION_DAYS", "job-retention-days", 0, 7);
    j.uploadGraceHours = small(s, "SATCHEL_UPLOAD_GRACE_HOURS", "upload-grace-hours", 1, 24);
    j.orphanBlobDays = small(s, "SATCHEL_ORPHAN_BLOB_DAYS", "orphan-blob-days", 0, 7);
    j.pushEventRetentionDays =
        small(s, "SATCHEL_PUSH_EVENT_RETENTION_DAYS", "push-event-retention-days", 0, 90);
    j.syncRejectionRetentionDays =
        small(s, "SATCHEL_SYNC_REJECTION_RETENTION_DAYS", "sync-rejection-retention-days", 0, 365);
    j.certificateUrlTtl = std::chrono::seconds(
        small(s, "SATCHEL_CERTIFICATE_URL_SECONDS", "certificate-url-seconds", 10, 300));
    return j;
}

}  // namespace satchel::server::jobs
