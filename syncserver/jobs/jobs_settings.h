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
//   --reminder-inactive-days N  SATCHEL_REMINDER_INACTIVE_DAYS  days without activity before a
//                                                            reminder (0: no reminders)
//   --reminder-time HH:MM       SATCHEL_REMINDER_TIME           daily reminder run, UTC
//   --cleanup-interval-minutes M SATCHEL_CLEANUP_INTERVAL_MINUTES  period of the clean-up job
//   --job-retention-days N      SATCHEL_JOB_RETENTION_DAYS      finished jobs kept this long
//   --upload-grace-hours H      SATCHEL_UPLOAD_GRACE_HOURS      unfinished uploads kept this long
//   --orphan-blob-days N        SATCHEL_ORPHAN_BLOB_DAYS        unreferenced blobs kept (0: always)
//   --push-event-retention-days N  SATCHEL_PUSH_EVENT_RETENTION_DAYS  notifications kept (0:
//   always)
//   --sync-rejection-retention-days N  SATCHEL_SYNC_REJECTION_RETENTION_DAYS  unresolved refused
//                                                            sync items kept (0: always)
//   --certificate-url-seconds S SATCHEL_CERTIFICATE_URL_SECONDS lifetime of a certificate's
//                                                            download URL

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
    int reminderInactiveDays = 7;
    int reminderMinuteUtc = 9 * 60;
    int cleanupIntervalMinutes = 60;
    int jobRetentionDays = 7;
    int uploadGraceHours = 24;
    int orphanBlobDays = 7;
    int pushEventRetentionDays = 90;
    int syncRejectionRetentionDays = 365;
    std::chrono::seconds certificateUrlTtl{300};
};

// Throws SettingsError naming the flag for a malformed value.
JobsSettings jobsSettingsFrom(const Settings& settings);

}  // namespace satchel::server::jobs
