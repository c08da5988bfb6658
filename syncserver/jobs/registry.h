#pragma once
// What the workers know how to run: a handler per job type, and the schedules that enqueue
// jobs periodically. Modules add theirs once at start-up (before the workers start); afterwards
// the registry is read-only and shared by all worker threads.

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.h"
#include "jobs/job.h"

namespace satchel::server::jobs {

// Given to a handler for one run of one job. The connection is the worker's own (not the
// request pool's); it is idle, outside any transaction, when the handler starts and must be
// left so.
class JobContext {
public:
    JobContext(PgConnection& conn, const Job& job) : conn_(conn), job_(job) {}
    PgConnection& conn() { return conn_; }
    const Job& job() const { return job_; }

    // For handlers whose effect is a database change: call inside the handler's transaction,
    // just before committing. It marks the job done in that same transaction (so effect and
    // completion commit together: exactly once) and throws LeaseLost when another worker now
    // holds the job, so the transaction rolls back.
    void completeWithin(PgConnection& txConn);
    bool completedWithin() const { return completedWithin_; }

    // Records an effect key in the caller's transaction; returns false when the effect already
    // happened (a job run twice must not produce it twice).
    bool claimEffect(PgConnection& txConn, const std::string& effectKey);
    // Outside a transaction: whether the effect key is already recorded.
    bool effectDone(const std::string& effectKey);

private:
    PgConnection& conn_;
    const Job& job_;
    bool completedWithin_ = false;
};

// Runs one job. Returning normally means done; throwing PermanentJobError dead-letters the job
// at once; any other exception schedules a retry (with backoff) until maxAttempts is reached.
using JobHandler = std::function<void(JobContext&)>;

struct Schedule {
    std::string name;  // unique, stable across releases
    std::string jobType;
    nlohmann::json payload = nlohmann::json::object();
    std::optional<std::chrono::seconds> every;  // either a period ...
    std::optional<int> dailyAtMinuteUtc;        // ... or a time of day (minutes after 00:00 UTC)
};

class JobRegistry {
public:
    // Throws std::logic_error for a type registered twice.
    void addHandler(const std::string& type, JobHandler handler);
    void addSchedule(Schedule schedule);

    const JobHandler* handlerFor(const std::string& type) const;
    const std::vector<Schedule>& schedules() const { return schedules_; }
    std::vector<std::string> types() const;

private:
    std::map<std::string, JobHandler> handlers_;
    std::vector<Schedule> schedules_;
};

}  // namespace satchel::server::jobs
