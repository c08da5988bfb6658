#include "jobs/jobs_module.h"

#include <algorithm>

#include "app/log.h"
#include "jobs/admin_routes.h"
#include "jobs/jobs_settings.h"
#include "jobs/registry.h"
#include "jobs/runner.h"
#include "jobs/test_handlers.h"

namespace satchel::server::jobs {

void registerJobRoutes(ServerContext& ctx) {
    registerJobAdminRoutes(ctx);
}

JobsModule::JobsModule(ServerContext& ctx) : registry_(std::make_unique<JobRegistry>()) {
    addTestHandlersIfEnabled(*registry_);
    const JobsSettings s = jobsSettingsFrom(ctx.settings);
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
