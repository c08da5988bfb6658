#pragma once
// The job queue's SQL: enqueue (usable inside any module's transaction), claim, complete,
// fail, release and the lease heartbeat. Every function runs on the connection it is given
// and never opens or commits a transaction of its own unless it says so.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.h"
#include "jobs/job.h"

namespace satchel::server::jobs {

// The NOTIFY channel workers LISTEN on; its payload is the job type (informative only).
inline constexpr const char* kJobChannel = "satchel_jobs";

// Adds a job. Call it inside the transaction of the change that causes the job: the job
// exists if and only if that change commits, and the workers are woken (NOTIFY) on commit.
// Returns the new job's id, or std::nullopt when options.dedupKey names an existing job.
// Throws DatabaseError / DatabaseUnavailable like any statement.
std::optional<long long> enqueue(PgConnection& conn, const std::string& type,
                                 const nlohmann::json& payload, const EnqueueOptions& options = {});

// Claims up to `limit` due jobs (queued and due, or running with an expired lease) for
// `lease`, all under one new claim token. Commits on its own (autocommit).
std::vector<Job> claimJobs(PgConnection& conn, int limit, std::chrono::seconds lease,
                           const std::string& workerName);

// Marks the given jobs of one claim done. Jobs whose claim was taken over are left alone;
// returns how many were marked.
long long completeJobs(PgConnection& conn, const std::vector<long long>& ids,
                       const std::string& claimToken);

// Marks one job done inside the caller's open transaction; throws LeaseLost when another
// worker has taken the job over (the caller must then roll back).
void completeJobInTransaction(PgConnection& conn, const Job& job);

// Records a failure: the job is queued again after `retryDelay`, or dead-lettered when it was
// its last attempt or `permanent`. Returns true when the job was dead-lettered.
bool failJob(PgConnection& conn, const Job& job, const std::string& error, bool permanent,
             std::chrono::milliseconds retryDelay);

// Gives claimed but unstarted jobs back (their attempt is not counted).
void releaseJobs(PgConnection& conn, const std::vector<long long>& ids,
                 const std::string& claimToken);

// Extends the lease of every running job held under these claim tokens.
void extendLeases(PgConnection& conn, const std::vector<std::string>& claimTokens,
                  std::chrono::seconds lease);

// Exponential backoff for the retry after attempt `attempt` (1-based): base * 2^(attempt-1),
// capped at one hour, with +-20 % jitter so retries of a burst do not land together.
std::chrono::milliseconds retryDelay(int attempt, std::chrono::milliseconds base);

// Puts a dead (or queued) job back in the queue with a fresh attempt budget. Returns false when
// no such job exists or it is running or done.
bool retryJob(PgConnection& conn, long long id);

}  // namespace satchel::server::jobs
