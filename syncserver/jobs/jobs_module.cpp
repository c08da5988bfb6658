#include "jobs/jobs_module.h"

#include <algorithm>

#include "app/log.h"
#include "jobs/admin_routes.h"
#include "jobs/certificates/certificate_jobs.h"
#include "jobs/certificates/certificate_routes.h"
#include "jobs/cleanup/cleanup_jobs.h"
#include "jobs/jobs_settings.h"
#include "jobs/mail/mail_jobs.h"
#include "jobs/mail/mail_routes.h"
#include "jobs/media/media_jobs.h"
#include "jobs/registry.h"
#include "jobs/reminders/reminder_jobs.h"
#include "jobs/runner.h"
#include "jobs/test_handlers.h"
#include "satchel/storage/storage_settings.h"

namespace satchel::server::jobs {
namespace {

struct JobBlobStore {
    std::shared_ptr<storage::BlobStore> store;
    storage::LocalBlobStore* local = nullptr;  // the same object when it is the local folder
};

// The store the storage module serves, for blobs the jobs make and URLs they sign; without the
// storage module's routes, a store of its own from the same settings.
JobBlobStore blobStore(ServerContext& ctx) {
    if (ctx.blobStore)
        return {ctx.blobStore, dynamic_cast<storage::LocalBlobStore*>(ctx.blobStore.get())};
    auto configured =
        storage::configureBlobStore([&ctx](std::string_view name) -> std::optional<std::string> {
            if (name == "SATCHEL_BLOB_DIR")
                return ctx.settings.blobDir;
            if (name == "SATCHEL_PUBLIC_URL")
                return ctx.settings.publicUrl;
            return ctx.settings.value(name);
        });
    if (!configured)
        throw std::runtime_error("blob store: " + configured.error().message);
    storage::LocalBlobStore* local = configured->local;
    return {std::shared_ptr<storage::BlobStore>(std::move(configured->store)), local};
}

}  // namespace

void registerJobRoutes(ServerContext& ctx) {
    registerJobAdminRoutes(ctx);
    registerMailRoutes(ctx);
    registerCertificateRoutes(ctx, blobStore(ctx).store,
                              jobsSettingsFrom(ctx.settings).certificateUrlTtl);
}

JobsModule::JobsModule(ServerContext& ctx) : registry_(std::make_unique<JobRegistry>()) {
    const JobsSettings s = jobsSettingsFrom(ctx.settings);
    addTestHandlersIfEnabled(*registry_);
    MailSettings mail;
    mail.smtp.url = s.smtpUrl;
    mail.smtp.caFile = s.smtpCaFile;
    mail.from = s.mailFrom;
    mail.publicUrl = ctx.settings.publicUrl;
    addMailHandler(*registry_, mail);
    const JobBlobStore blobs = blobStore(ctx);
    addCertificateHandler(*registry_, blobs.store, ctx.settings.publicUrl);
    addMediaHandler(*registry_, blobs.store, blobs.local);
    addReminderJobs(*registry_, {s.reminderInactiveDays, s.reminderMinuteUtc});
    addCleanupJobs(*registry_, blobs.store,
                   {s.cleanupIntervalMinutes, s.jobRetentionDays, s.uploadGraceHours,
                    s.orphanBlobDays, s.pushEventRetentionDays, s.syncRejectionRetentionDays});
    if (s.workers == 0) {
        logInfo("job workers: none on this instance (--job-workers 0)");
        return;
    }
    RunnerConfig config;
    config.databaseUrl = ctx.settings.databaseUrl;
    config.workers = s.workers;
    config.batchSize = s.batch;
    config.lease = s.lease;
    config.poll = s.poll;
    config.retryBase = s.retryBase;
    config.scheduleTick = std::min(config.scheduleTick, s.poll);
    Readiness& readiness = ctx.readiness;
    runner_ = std::make_unique<JobRunner>(config, *registry_,
                                          [&readiness] { return readiness.schemaCurrent(); });
    logInfo("job workers: " + std::to_string(s.workers) + " (lease " +
            std::to_string(s.lease.count()) + " s)");
}

JobsModule::~JobsModule() = default;

}  // namespace satchel::server::jobs
