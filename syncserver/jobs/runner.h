#pragma once
// The workers of one satchel-syncd instance: N threads that claim jobs (FOR UPDATE SKIP LOCKED)
// and run their handlers, plus one housekeeping thread that LISTENs for new jobs, extends the
// leases of the jobs this instance is running (so only a dead or cut-off instance loses its
// jobs), and fires due schedules. Each thread has its own PostgreSQL connection, never one
// from the request pool and never an I/O thread.
//
// The runner waits for `ready()` (migrations done) before touching the database, survives
// PostgreSQL going away (reconnects, the leases of jobs it could not finish run out and other
// workers take them), and on destruction finishes the jobs in hand and gives back the rest.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "db/connection.h"
#include "jobs/registry.h"

namespace satchel::server::jobs {

struct RunnerConfig {
    std::string databaseUrl;
    std::size_t workers = 2;
    int batchSize = 16;                    // jobs claimed per round trip
    std::chrono::seconds lease{300};       // a claim's lease; renewed while the instance lives
    std::chrono::milliseconds poll{2000};  // fallback poll when no NOTIFY arrives
    std::chrono::milliseconds retryBase{10000};    // first retry delay; doubles per attempt
    std::chrono::milliseconds scheduleTick{5000};  // how often due schedules are checked
};

struct RunnerStats {
    std::uint64_t completed = 0;
    std::uint64_t failed = 0;  // attempts that failed (retried or dead-lettered)
    std::uint64_t deadLettered = 0;
};

class JobRunner {
public:
    JobRunner(RunnerConfig config, const JobRegistry& registry, std::function<bool()> ready);
    ~JobRunner();
    JobRunner(const JobRunner&) = delete;
    JobRunner& operator=(const JobRunner&) = delete;

    RunnerStats stats() const;
    std::size_t busyWorkers() const { return busy_.load(); }

private:
    void workerLoop(std::size_t index);
    // Runs a claimed batch; returns false when the connection broke.
    void runBatch(PgConnection& conn, std::vector<Job>& batch);
    void housekeepingLoop();
    bool waitForWork(std::uint64_t seenGeneration, std::chrono::milliseconds timeout);
    void wakeAll();
    bool sleepUnlessStopping(std::chrono::milliseconds duration);
    void trackClaim(const std::string& token, bool add);

    RunnerConfig config_;
    const JobRegistry& registry_;
    std::function<bool()> ready_;
    std::string instanceName_;

    std::mutex mutex_;
    std::condition_variable wake_;
    std::uint64_t generation_ = 0;  // bumped by every NOTIFY / wake-up
    bool stopping_ = false;

    std::mutex claimsMutex_;
    std::multiset<std::string> claims_;  // claim tokens in hand, for the lease heartbeat

    std::atomic<std::size_t> busy_{0};
    std::atomic<std::uint64_t> completed_{0}, failed_{0}, dead_{0};
    std::vector<std::thread> threads_;
};

}  // namespace satchel::server::jobs
