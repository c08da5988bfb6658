#pragma once
// Shared by the jobs suites: a throwaway PostgreSQL, real satchel-syncd instances with job
// workers and the test-only job types (SATCHEL_TEST_JOBS_LOG, see syncserver/jobs/test_handlers.h),
// a direct connection for enqueueing and inspecting the queue, and an admin account.

#include <map>
#include <memory>
#include <string>

#include "db/connection.h"
#include "satchel/testing/postgres.h"
#include "satchel/testing/syncd.h"

namespace satchel::jobs_test {

// Shared by the instances so that tests can mint access tokens for them.
inline constexpr const char* kJwtSecret = "jobs-test-secret-0123456789abcdef0123456789";

struct JobsFixture {
    JobsFixture();

    // A satchel-syncd with `workers` job workers; `env` adds or overrides SATCHEL_* settings.
    // Waits until it is ready (fails the test otherwise).
    std::unique_ptr<testing::SyncServer> startInstance(int workers,
                                                       std::map<std::string, std::string> env = {});

    // A new direct connection to the test database (migrated once an instance is ready).
    std::unique_ptr<server::PgConnection> connect() const;
    long long scalar(const std::string& sql) const;  // a single integer from a query
    // "id type state attempts last_error" per job, for failure messages.
    std::string jobsSummary() const;

    // The test.record log: job id -> how many times it ran, and id -> pids that ran it.
    std::map<long long, int> runsPerJob() const;
    std::map<long long, std::string> lastRunnerPid() const;

    // Inserts a user with `role` and returns a valid access token for it.
    std::string tokenFor(const std::string& username, const std::string& role) const;
    // An access token for an existing user id.
    static std::string tokenForExisting(const std::string& userId, const std::string& role);

    // One cluster for the whole suite (starting one takes seconds); a fresh database per test.
    static testing::PostgresCluster& cluster();
    std::string databaseUrl;
    testing::TempDir dir{"satchel-jobs"};
    std::string runLog;
};

}  // namespace satchel::jobs_test
