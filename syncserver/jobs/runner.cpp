#include "jobs/runner.h"

#include <libpq-fe.h>
#include <poll.h>
#include <unistd.h>

#include "app/log.h"
#include "db/errors.h"
#include "jobs/queue.h"
#include "jobs/scheduler.h"

namespace satchel::server::jobs {
namespace {

using Clock = std::chrono::steady_clock;

std::string hostName() {
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) != 0)
        return "unknown";
    return name;
}

std::string describe(const Job& job) {
    return "job " + std::to_string(job.id) + " (" + job.type + ")";
}

// A batch that has taken this long gives its unstarted jobs back, so jobs queued behind a slow
// one are picked up by idle workers instead of waiting.
constexpr auto kBatchHoldLimit = std::chrono::milliseconds(1000);

}  // namespace

JobRunner::JobRunner(RunnerConfig config, const JobRegistry& registry, std::function<bool()> ready)
    : config_(std::move(config)),
      registry_(registry),
      ready_(std::move(ready)),
      instanceName_(hostName() + ":" + std::to_string(getpid())) {
    threads_.emplace_back([this] { housekeepingLoop(); });
    for (std::size_t i = 0; i < config_.workers; ++i)
        threads_.emplace_back([this, i] { workerLoop(i); });
}

JobRunner::~JobRunner() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        ++generation_;
    }
    wake_.notify_all();
    for (auto& t : threads_)
        t.join();
}

RunnerStats JobRunner::stats() const {
    return {completed_.load(), failed_.load(), dead_.load()};
}

void JobRunner::wakeAll() {
    {
        std::lock_guard lock(mutex_);
        ++generation_;
    }
    wake_.notify_all();
}

bool JobRunner::waitForWork(std::uint64_t seenGeneration, std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, timeout, [&] { return stopping_ || generation_ != seenGeneration; });
    return !stopping_;
}

bool JobRunner::sleepUnlessStopping(std::chrono::milliseconds duration) {
    std::unique_lock lock(mutex_);
    return !wake_.wait_for(lock, duration, [&] { return stopping_; });
}

void JobRunner::trackClaim(const std::string& token, bool add) {
    std::lock_guard lock(claimsMutex_);
    if (add)
        claims_.insert(token);
    else if (auto it = claims_.find(token); it != claims_.end())
        claims_.erase(it);
}

void JobRunner::workerLoop(std::size_t index) {
    const std::string workerName = instanceName_ + "/w" + std::to_string(index);
    std::unique_ptr<PgConnection> conn;
    std::string lastProblem;
    for (;;) {
        std::uint64_t seen;
        {
            std::lock_guard lock(mutex_);
            if (stopping_)
                return;
            seen = generation_;
        }
        if (!ready_()) {
            if (!sleepUnlessStopping(std::chrono::milliseconds(200)))
                return;
            continue;
        }
        try {
            if (!conn)
                conn = std::make_unique<PgConnection>(config_.databaseUrl);
            auto batch = claimJobs(*conn, config_.batchSize, config_.lease, workerName);
            lastProblem.clear();
            if (batch.empty()) {
                if (!waitForWork(seen, config_.poll))
                    return;
                continue;
            }
            runBatch(*conn, batch);
        } catch (const std::exception& e) {
            // PostgreSQL went away or rejected a queue statement: start over on a new connection.
            // Jobs this worker held are taken again when their leases run out.
            if (lastProblem != e.what())
                logWarn(workerName + ": " + e.what() + "; retrying");
            lastProblem = e.what();
            conn.reset();
            if (!sleepUnlessStopping(std::chrono::milliseconds(1000)))
                return;
        }
    }
}

void JobRunner::runBatch(PgConnection& conn, std::vector<Job>& batch) {
    const std::string token = batch.front().claimToken;
    trackClaim(token, true);
    struct Untrack {
        JobRunner* self;
        std::string token;
        ~Untrack() { self->trackClaim(token, false); }
    } untrack{this, token};

    const auto started = Clock::now();
    std::vector<long long> done;
    std::size_t next = 0;
    for (; next < batch.size(); ++next) {
        {
            std::lock_guard lock(mutex_);
            if (stopping_)
                break;
        }
        if (next > 0 && Clock::now() - started > kBatchHoldLimit)
            break;
        const Job& job = batch[next];
        if (job.attempt > job.maxAttempts) {
            // Its last attempt's lease ran out: that worker died or was cut off mid-job.
            failJob(conn, job,
                    "the lease of the final attempt expired (worker died or lost the database)",
                    true, std::chrono::milliseconds(0));
            ++dead_;
            logWarn(describe(job) + " dead-lettered: its final attempt never finished");
            continue;
        }
        const JobHandler* handler = registry_.handlerFor(job.type);
        struct Busy {
            std::atomic<std::size_t>& n;
            explicit Busy(std::atomic<std::size_t>& count) : n(count) { n.fetch_add(1); }
            ~Busy() { n.fetch_sub(1); }
        } busy(busy_);
        JobContext context(conn, job);
        try {
            if (!handler)
                throw std::runtime_error("no handler for job type '" + job.type +
                                         "' on this instance");
            (*handler)(context);
            if (!context.completedWithin())
                done.push_back(job.id);
            ++completed_;
        } catch (const LeaseLost& e) {
            logWarn(describe(job) + ": " + e.what());
        } catch (const DatabaseUnavailable&) {
            throw;  // cannot record anything; the lease brings the job back
        } catch (const std::exception& e) {
            const bool permanent = dynamic_cast<const PermanentJobError*>(&e) != nullptr;
            ++failed_;
            if (conn.inTransaction())
                conn.exec("ROLLBACK");
            const bool dead =
                failJob(conn, job, e.what(), permanent, retryDelay(job.attempt, config_.retryBase));
            if (dead)
                ++dead_;
            logWarn(describe(job) + " attempt " + std::to_string(job.attempt) + "/" +
                    std::to_string(job.maxAttempts) + " failed: " + e.what() +
                    (dead ? "; dead-lettered" : "; will retry"));
        }
    }
    completeJobs(conn, done, token);
    if (next < batch.size()) {
        std::vector<long long> rest;
        for (std::size_t i = next; i < batch.size(); ++i)
            rest.push_back(batch[i].id);
        releaseJobs(conn, rest, token);
        wakeAll();
    }
}

void JobRunner::housekeepingLoop() {
    std::unique_ptr<PgConnection> conn;
    std::string lastProblem;
    const auto heartbeatEvery = std::max<std::chrono::milliseconds>(
        std::chrono::milliseconds(500),
        std::chrono::duration_cast<std::chrono::milliseconds>(config_.lease) / 3);
    auto nextHeartbeat = Clock::now();
    auto nextSchedule = Clock::now();
    for (;;) {
        {
            std::lock_guard lock(mutex_);
            if (stopping_)
                return;
        }
        if (!ready_()) {
            if (!sleepUnlessStopping(std::chrono::milliseconds(200)))
                return;
            continue;
        }
        try {
            if (!conn) {
                conn = std::make_unique<PgConnection>(config_.databaseUrl);
                conn->exec("LISTEN satchel_jobs");
                syncSchedules(*conn, registry_.schedules());
                wakeAll();  // jobs may have arrived while we were not listening
            }
            const auto now = Clock::now();
            if (now >= nextHeartbeat) {
                std::vector<std::string> tokens;
                {
                    std::lock_guard lock(claimsMutex_);
                    tokens.assign(claims_.begin(), claims_.end());
                }
                extendLeases(*conn, tokens, config_.lease);
                nextHeartbeat = now + heartbeatEvery;
            }
            if (now >= nextSchedule) {
                if (enqueueDueSchedules(*conn) > 0)
                    wakeAll();
                nextSchedule = now + config_.scheduleTick;
            }
            // Wait for a notification, at most until the next chore (and 250 ms, to notice stop).
            pollfd fd{PQsocket(conn->raw()), POLLIN, 0};
            if (poll(&fd, 1, 250) < 0 && errno != EINTR)
                throw DatabaseUnavailable("poll on the LISTEN connection failed");
            if (PQconsumeInput(conn->raw()) == 0)
                throw DatabaseUnavailable(std::string("LISTEN connection lost: ") +
                                          PQerrorMessage(conn->raw()));
            bool notified = false;
            while (PGnotify* n = PQnotifies(conn->raw())) {
                notified = true;
                PQfreemem(n);
            }
            if (notified)
                wakeAll();
            lastProblem.clear();
        } catch (const std::exception& e) {
            if (lastProblem != e.what())
                logWarn(std::string("job housekeeping: ") + e.what() + "; retrying");
            lastProblem = e.what();
            conn.reset();
            if (!sleepUnlessStopping(std::chrono::milliseconds(1000)))
                return;
        }
    }
}

}  // namespace satchel::server::jobs
