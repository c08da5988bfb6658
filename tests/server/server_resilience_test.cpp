// The server and its database coming and going: PostgreSQL stopped during a run (503, then
// recovery without a restart), several instances migrating one empty database at once, and a
// database from a newer satchel-syncd refused.
#define BOOST_TEST_MODULE server_resilience
#include <boost/test/unit_test.hpp>

#include <future>

#include "api_client.h"
#include "satchel/testing/env.h"

using namespace satchel::testing;
using nlohmann::json;

BOOST_AUTO_TEST_CASE(postgres_stopped_during_a_run_gives_503_then_recovers) {
    ServerUnderTest s;
    const auto session = s.signUp("paula");
    const std::string token = bearer(session);
    BOOST_REQUIRE(s.call("GET", "/api/v1/me", nullptr, token).status == 200);

    s.pg.pause();
    const auto me = s.call("GET", "/api/v1/me", nullptr, token);
    BOOST_TEST(me.status == 503);
    BOOST_TEST(me.json["error"]["code"] == "database_unavailable");
    BOOST_TEST(!me.raw.header("retry-after").empty());
    BOOST_TEST(
        s.call("POST", "/api/v1/auth/login", {{"username", "paula"}, {"password", "correct-horse"}})
            .status == 503);
    BOOST_TEST(s.call("GET", "/readyz").status == 503);
    BOOST_TEST(s.call("GET", "/healthz").status == 200);
    BOOST_TEST(s.server->process().running());

    s.pg.start();
    BOOST_TEST(waitUntil([&] { return s.call("GET", "/api/v1/me", nullptr, token).status == 200; },
                         std::chrono::seconds(60)));
    BOOST_TEST(s.call("GET", "/readyz").status == 200);
    BOOST_TEST(s.call("GET", "/api/v1/courses", nullptr, token).status == 200);
    BOOST_TEST(s.login("paula")["user"]["username"] == "paula");
    const auto metrics = s.call("GET", "/metrics").raw.body;
    BOOST_TEST(metrics.find("status=\"503\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(two_instances_migrate_one_empty_database_at_once) {
    PostgresCluster pg;
    const auto url = pg.createDatabase("race");
    const std::map<std::string, std::string> env{{"SATCHEL_PASSWORD_HASH", "interactive"},
                                                 {"SATCHEL_JWT_SECRET", kTestJwtSecret}};
    SyncServer first(url, env);
    SyncServer second(url, env);
    BOOST_REQUIRE_MESSAGE(first.waitReady(60000), first.process().log());
    BOOST_REQUIRE_MESSAGE(second.waitReady(60000), second.process().log());
    const auto counts =
        pg.psql("SELECT count(*) || ' ' || count(DISTINCT version) FROM schema_migrations", "race");
    const auto space = counts.find(' ');
    BOOST_TEST(counts.substr(0, space) == counts.substr(space + 1));
    BOOST_TEST(std::stoi(counts.substr(0, space)) >= 2);
    // Both serve the same data.
    BOOST_TEST(http("POST", first.url() + "/api/v1/auth/register",
                    json{{"username", "twin"}, {"password", "correct-horse"}}.dump())
                   .status == 201);
    BOOST_TEST(http("POST", second.url() + "/api/v1/auth/login",
                    json{{"username", "twin"}, {"password", "correct-horse"}}.dump())
                   .status == 200);

    // Three `migrate` commands on another empty database, together: all succeed.
    std::map<std::string, std::string> cmdEnv{{"SATCHEL_DATABASE_URL", pg.createDatabase("race2")}};
    std::vector<std::future<int>> runs;
    for (int i = 0; i < 3; ++i)
        runs.push_back(std::async(std::launch::async, [&] {
            std::string out;
            return runSyncd({"migrate"}, cmdEnv, "", out);
        }));
    for (auto& r : runs)
        BOOST_TEST(r.get() == 0);
    BOOST_TEST(pg.psql("SELECT count(*) = count(DISTINCT version) FROM schema_migrations",
                       "race2") == "t");
}

BOOST_AUTO_TEST_CASE(a_database_from_a_newer_server_is_refused) {
    PostgresCluster pg;
    const auto url = pg.createDatabase("future");
    const std::map<std::string, std::string> env{{"SATCHEL_DATABASE_URL", url}};
    std::string out;
    BOOST_REQUIRE(runSyncd({"migrate"}, env, "", out) == 0);
    BOOST_TEST(runSyncd({"migrate"}, env, "", out) == 0);
    BOOST_TEST(out.find("already current") != std::string::npos);
    pg.psql("INSERT INTO schema_migrations (version, name) VALUES (99999, 'from the future')",
            "future");
    BOOST_TEST(runSyncd({"migrate"}, env, "", out) == 3);
    BOOST_TEST(out.find("newer") != std::string::npos);

    SyncServer server(url);
    BOOST_TEST(server.process().wait(std::chrono::seconds(30)) == 3);
    BOOST_TEST(server.process().log().find("newer than this satchel-syncd") != std::string::npos);
}
