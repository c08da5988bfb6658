#include "app/server.h"

#include <condition_variable>
#include <mutex>
#include <thread>

#include "app/context.h"
#include "app/log.h"
#include "auth/authenticator.h"
#include "auth/signing_key.h"
#include "db/change_listener.h"
#include "db/migrations.h"
#include "http/listener.h"
#include "http/worker_pool.h"
#include "satchel/version.h"

namespace satchel::server {
namespace {

// Brings the database up to date in the background: serve must start (and answer /healthz)
// while PostgreSQL is still down, and become ready as soon as it is reachable.
class StartupMigrator {
public:
    StartupMigrator(const Settings& settings, Readiness& readiness, Authenticator& auth,
                    Listener& listener)
        : settings_(settings), readiness_(readiness), auth_(auth), listener_(listener) {
        thread_ = std::thread([this] { run(); });
    }
    ~StartupMigrator() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        wake_.notify_all();
        thread_.join();
    }
    int exitCode() const { return exitCode_; }

private:
    void run() {
        const std::string configuredSecret = signingSecretFromSettings(settings_);
        if (!configuredSecret.empty())
            auth_.setSigningSecret(configuredSecret);
        std::string lastProblem;
        for (;;) {
            try {
                PgConnection conn(settings_.databaseUrl);
                const auto report = migrate(conn);
                if (report.to != report.from)
                    logInfo("database migrated from schema " + std::to_string(report.from) +
                            " to " + std::to_string(report.to));
                if (configuredSecret.empty())
                    auth_.setSigningSecret(signingSecretFromDatabase(conn));
                readiness_.setSchemaCurrent(true);
                logInfo("database ready (schema " + std::to_string(report.to) + ")");
                return;
            } catch (const SchemaTooNew& e) {
                logError(e.what());
                exitCode_ = 3;
                listener_.stop();
                return;
            } catch (const std::exception& e) {
                if (lastProblem != e.what())
                    logWarn(std::string(e.what()) + "; retrying");
                lastProblem = e.what();
            }
            std::unique_lock lock(mutex_);
            if (wake_.wait_for(lock, std::chrono::seconds(1), [&] { return stopping_; }))
                return;
        }
    }

    const Settings& settings_;
    Readiness& readiness_;
    Authenticator& auth_;
    Listener& listener_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    int exitCode_ = 0;
    std::thread thread_;
};

}  // namespace

int runServe(const Settings& settings, RouteRegistrar registerRoutes) {
    PgPool pool(settings.databaseUrl, settings.dbPoolSize, settings.dbAcquireTimeout);
    Router router;
    Metrics metrics;
    Readiness readiness;
    Authenticator auth(pool, settings.accessTokenTtl);
    AccessLog accessLog(settings.accessLog);
    WorkerPool workers(settings.workers, settings.workers * 64);
    metrics.addGaugeSource([&workers] {
        return std::vector<Metrics::Gauge>{
            {"satchel_worker_threads", "Threads that run handlers.",
             static_cast<double>(workers.threadCount())},
            {"satchel_worker_busy", "Handler threads busy now.",
             static_cast<double>(workers.busy())},
            {"satchel_worker_queue_length", "Requests waiting for a handler thread.",
             static_cast<double>(workers.queued())},
        };
    });
    Dispatcher dispatcher(router, metrics, accessLog, readiness, settings.trustProxy,
                          settings.maxBodyBytes);

    ListenerLimits limits;
    limits.maxHeaderBytes = settings.maxHeaderBytes;
    limits.readTimeout = settings.readTimeout;
    limits.idleTimeout = settings.idleTimeout;
    limits.shutdownGrace = settings.shutdownGrace;
    limits.ioSpin = settings.ioSpin;
    std::unique_ptr<Listener> listener;
    try {
        listener = std::make_unique<Listener>(settings.listenHost, settings.listenPort,
                                              settings.ioThreads, limits, dispatcher, workers);
    } catch (const std::exception& e) {
        logError(e.what());
        return 1;
    }
    std::vector<std::shared_ptr<void>> services;
    // Declared after the router, whose handlers hold the caches it invalidates: it stops first.
    ChangeListener changes(settings.databaseUrl);
    auth.watchChanges(changes);
    ServerContext ctx{settings, pool, router, metrics, readiness, auth, listener.get(), &services};
    ctx.changes = &changes;
    try {
        registerRoutes(ctx);
    } catch (const std::exception& e) {
        logError(std::string("start-up failed: ") + e.what());
        return 1;
    }
    changes.start();
    logInfo("satchel-syncd " + std::string(satchel::kVersion) + " listening on " +
            settings.listenHost + ":" + std::to_string(listener->port()) + " (" +
            std::to_string(settings.ioThreads) + " I/O threads, " +
            std::to_string(settings.workers) + " workers, public URL " + settings.publicUrl + ")");
    int exitCode = 0;
    {
        StartupMigrator migrator(settings, readiness, auth, *listener);
        listener->runUntilSignalled();
        exitCode = migrator.exitCode();
    }
    while (!services.empty())
        services.pop_back();  // newest first
    workers.stop();
    changes.stop();
    logInfo("satchel-syncd stopped");
    return exitCode;
}

}  // namespace satchel::server
