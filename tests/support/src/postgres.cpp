#include "satchel/testing/postgres.h"

#include <array>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <stdexcept>

#include "satchel/testing/process.h"

namespace satchel::testing {

static std::string pgcluster() {
    return (sourceDir() / "tools" / "pgcluster").string();
}

PostgresCluster::PostgresCluster(bool startNow) : port_(freePort()) {
    if (startNow)
        start();
}

PostgresCluster::~PostgresCluster() {
    runCommand({pgcluster(), "stop", (dir_.path() / "pg").string()},
               (dir_.path() / "stop.log").string());
}

void PostgresCluster::start() {
    const auto log = (dir_.path() / "start.log").string();
    if (runCommand(
            {pgcluster(), "start", (dir_.path() / "pg").string(), std::to_string(port_), "--fast"},
            log) != 0)
        throw std::runtime_error("PostgreSQL did not start; see " + log);
    running_ = true;
}

void PostgresCluster::pause() {
    runCommand({pgcluster(), "pause", (dir_.path() / "pg").string()});
    running_ = false;
}

std::string PostgresCluster::url(const std::string& database) const {
    return "postgresql://postgres@127.0.0.1:" + std::to_string(port_) + "/" + database;
}

std::string PostgresCluster::createDatabase(const std::string& name) {
    psql("CREATE DATABASE \"" + name + "\"");
    return url(name);
}

std::string PostgresCluster::psql(const std::string& sql, const std::string& database) const {
    // The statement goes through a file so that quoting never meets the shell; a file per
    // call, so that threads may run statements at the same time.
    static std::atomic<long> statements{0};
    const auto sqlFile = dir_.path() / ("statement-" + std::to_string(++statements) + ".sql");
    if (FILE* f = std::fopen(sqlFile.c_str(), "w")) {
        std::fputs(sql.c_str(), f);
        std::fclose(f);
    }
    const std::string run = "psql -X -q -A -t -v ON_ERROR_STOP=1 -f '" + sqlFile.string() + "' '" +
                            url(database) + "' 2>&1";
    FILE* out = ::popen(run.c_str(), "r");
    if (!out)
        throw std::runtime_error("psql could not start");
    std::string result;
    std::array<char, 4096> buf{};
    while (size_t n = std::fread(buf.data(), 1, buf.size(), out))
        result.append(buf.data(), n);
    const int status = ::pclose(out);
    std::filesystem::remove(sqlFile);
    if (status != 0)
        throw std::runtime_error("psql failed: " + result);
    while (!result.empty() && (result.back() == '\n' || result.back() == '\r'))
        result.pop_back();
    return result;
}

}  // namespace satchel::testing
