#pragma once
// The real satchel-syncd on a throwaway PostgreSQL, with the demo course loaded
// (`satchel-syncd load-demo`) and the demo student enrolled; restartable on the same port and
// blob folder, so that a suite can take the server away and bring it back.

#include <map>
#include <memory>
#include <string>

#include <boost/test/unit_test.hpp>

#include "satchel/testing/env.h"
#include "satchel/testing/http.h"
#include "satchel/testing/postgres.h"
#include "satchel/testing/process.h"
#include "satchel/testing/syncd.h"

namespace satchel::testing {

struct DemoServer {
    explicit DemoServer(const std::string& database) : name(database) {
        databaseUrl = pg.createDatabase(name);
        port = freePort();
        url = "http://127.0.0.1:" + std::to_string(port);
        start();
        // load-demo reads the same settings as serve, from the environment.
        ::setenv("SATCHEL_DATABASE_URL", databaseUrl.c_str(), 1);
        ::setenv("SATCHEL_BLOB_DIR", blobs.path().c_str(), 1);
        ::setenv("SATCHEL_PUBLIC_URL", url.c_str(), 1);
    }

    // Loads a course folder (course.json and its files) and enrolls the demo student.
    void load(const std::string& courseFolder) {
        const int loaded =
            runCommand({(binDir() / "satchel-syncd").string(), "load-demo", courseFolder},
                       (logs.path() / "load-demo.log").string());
        BOOST_REQUIRE_EQUAL(loaded, 0);
    }
    void loadDemoCourse() { load((binDir().parent_path() / "demo-course").string()); }

    void start() {
        server = std::make_unique<SyncServer>(
            databaseUrl, std::map<std::string, std::string>{
                             {"SATCHEL_LISTEN", "127.0.0.1:" + std::to_string(port)},
                             {"SATCHEL_PUBLIC_URL", url},
                             {"SATCHEL_BLOB_DIR", blobs.path().string()}});
        // Generous: on a machine shared with compilers and other suites a start (migrations
        // checked, pool connected) has been seen to take over 30 s. A server that exited
        // (e.g. its port taken meanwhile) is told at once.
        const bool ready = waitUntil(
            [&] {
                return !server->process().running() ||
                       http("GET", url + "/readyz", {}, {}, 1000).status == 200;
            },
            std::chrono::seconds(120));
        BOOST_REQUIRE_MESSAGE(server->process().running(),
                              "satchel-syncd on " + url + " exited while starting");
        BOOST_REQUIRE_MESSAGE(ready, "satchel-syncd on " + url + " not ready within 120 s");
    }
    void stop() {
        if (server)
            server->stop();
        server.reset();
    }

    // One value from psql, trailing blanks removed.
    std::string query(const std::string& sql) const {
        std::string out = pg.psql(sql, name);
        while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
            out.pop_back();
        return out;
    }

    std::string name;
    PostgresCluster pg;
    TempDir blobs{"satchel-blobs"};
    TempDir logs{"satchel-logs"};
    std::string databaseUrl;
    int port = 0;
    std::string url;
    std::unique_ptr<SyncServer> server;
};

}  // namespace satchel::testing
