#pragma once
// A throwaway PostgreSQL 15 cluster per test suite (tools/pgcluster): a temp folder, a free
// port, fsync off, removed at the end. Suites each have their own, so they run concurrently.

#include <string>

#include "satchel/testing/env.h"

namespace satchel::testing {

class PostgresCluster {
public:
    // Starts the cluster unless `start` is false (tests that want the server up first).
    explicit PostgresCluster(bool start = true);
    ~PostgresCluster();

    void start();
    // Stops PostgreSQL abruptly (immediate mode) but keeps its data: `start()` brings it back.
    void pause();
    int port() const { return port_; }
    // postgresql://postgres@127.0.0.1:PORT/DB
    std::string url(const std::string& database = "postgres") const;
    // Creates a new empty database and returns its URL.
    std::string createDatabase(const std::string& name);
    // Runs one SQL statement through psql, returns its unaligned output (throws on error).
    std::string psql(const std::string& sql, const std::string& database = "postgres") const;

private:
    TempDir dir_{"satchel-pg"};
    int port_;
    bool running_ = false;
};

}  // namespace satchel::testing
