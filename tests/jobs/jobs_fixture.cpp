#include "jobs_fixture.h"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

#include "auth/access_token.h"

namespace satchel::jobs_test {

testing::PostgresCluster& JobsFixture::cluster() {
    static testing::PostgresCluster shared;
    return shared;
}

JobsFixture::JobsFixture() : runLog((dir / "runs.log").string()) {
    static int databases = 0;
    databaseUrl = cluster().createDatabase("jobs" + std::to_string(++databases));
}

std::unique_ptr<testing::SyncServer> JobsFixture::startInstance(
    int workers, std::map<std::string, std::string> env) {
    std::map<std::string, std::string> settings{
        {"SATCHEL_JOB_WORKERS", std::to_string(workers)},
        {"SATCHEL_TEST_JOBS_LOG", runLog},
        {"SATCHEL_JOB_POLL_MS", "500"},
        {"SATCHEL_JWT_SECRET", kJwtSecret},
        {"SATCHEL_ACCESS_LOG", "off"},
        {"SATCHEL_WORKERS", "4"},
        {"SATCHEL_DB_POOL_SIZE", "4"},
        {"SATCHEL_PASSWORD_HASH", "interactive"},
    };
    for (auto& [k, v] : env)
        settings[k] = v;
    auto server = std::make_unique<testing::SyncServer>(databaseUrl, settings);
    BOOST_REQUIRE_MESSAGE(server->waitReady(60000),
                          "satchel-syncd never became ready: " + server->process().log());
    return server;
}

std::unique_ptr<server::PgConnection> JobsFixture::connect() const {
    return std::make_unique<server::PgConnection>(databaseUrl);
}

long long JobsFixture::scalar(const std::string& sql) const {
    return connect()->exec(sql).integer(0, 0);
}

std::string JobsFixture::jobsSummary() const {
    const auto rows = connect()->exec(
        "SELECT id, type, state, attempts, coalesce(last_error, '') FROM jobs ORDER BY id LIMIT "
        "50");
    std::string out = "\njobs:\n";
    for (int r = 0; r < rows.rows(); ++r)
        out += "  " + rows.text(r, 0) + " " + rows.text(r, 1) + " " + rows.text(r, 2) + " " +
               rows.text(r, 3) + " " + rows.text(r, 4) + "\n";
    return out;
}

std::map<long long, int> JobsFixture::runsPerJob() const {
    std::map<long long, int> runs;
    std::ifstream in(runLog);
    long long id = 0, pid = 0, attempt = 0;
    while (in >> id >> pid >> attempt)
        ++runs[id];
    return runs;
}

std::map<long long, std::string> JobsFixture::lastRunnerPid() const {
    std::map<long long, std::string> pids;
    std::ifstream in(runLog);
    long long id = 0, pid = 0, attempt = 0;
    while (in >> id >> pid >> attempt)
        pids[id] = std::to_string(pid);
    return pids;
}

std::string JobsFixture::tokenFor(const std::string& username, const std::string& role) const {
    auto conn = connect();
    const auto row = conn->exec(
        "INSERT INTO users (username, username_key, password_hash, role) VALUES ($1, lower($1), "
        "'x', $2)"
        " RETURNING id::text",
        {username, role});
    return tokenForExisting(row.text(0, 0), role);
}

std::string JobsFixture::tokenForExisting(const std::string& userId, const std::string& role) {
    server::AccessTokenCodec codec(kJwtSecret, std::chrono::seconds(900));
    return codec.issue({userId, role, 0});
}

}  // namespace satchel::jobs_test
