#pragma once
// The jobs module's settings, read from the server's settings table (app/settings.cpp lists
// them, so each is a flag and a SATCHEL_* variable shown by --help):
//   --job-workers N           SATCHEL_JOB_WORKERS          job worker threads (0: API-only
//   instance)
//   --job-lease-seconds S     SATCHEL_JOB_LEASE_SECONDS    a claim's lease, renewed while the
//   instance lives
//   --job-retry-base-ms MS    SATCHEL_JOB_RETRY_BASE_MS    first retry delay, doubled per attempt
//   --job-poll-ms MS          SATCHEL_JOB_POLL_MS          fallback poll when no NOTIFY arrives
//   --job-batch N             SATCHEL_JOB_BATCH            jobs a worker claims per round trip
//   --smtp-url URL            SATCHEL_SMTP_URL             smtp://host:port or smtps://...,
//   user:pass@ allowed
//   --mail-from ADDRESS       SATCHEL_MAIL_FROM            sender of the server's mail
//   --smtp-ca-file FILE       SATCHEL_SMTP_CA_FILE         extra CA bundle trusted for the mail
//   server's TLS

#include <chrono>
#include <cstddef>
#include <string>

#include "app/settings.h"

namespace satchel::server::jobs {

struct JobsSettings {
    std::size_t workers = 2;
    std::chrono::seconds lease{300};
    std::chrono::milliseconds retryBase{10000};
    std::chrono::milliseconds poll{2000};
    int batch = 16;
    std::string smtpUrl;  // empty: mail is not sent (mail jobs fail and are retried/dead-lettered)
    std::string mailFrom = "Satchel <satchel@localhost>";
    std::string smtpCaFile;
};

// Throws SettingsError naming the flag for a malformed value.
JobsSettings jobsSettingsFrom(const Settings& settings);

}  // namespace satchel::server::jobs
