// The foundation promise: satchel-syncd starts while PostgreSQL is down, says so on /readyz,
// and becomes ready by itself once PostgreSQL appears, without a restart.
#define BOOST_TEST_MODULE server_readiness
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include "satchel/testing/http.h"
#include "satchel/testing/postgres.h"
#include "satchel/testing/syncd.h"

using namespace satchel::testing;

BOOST_AUTO_TEST_CASE(readyz_goes_from_503_to_200_when_postgres_starts) {
    PostgresCluster pg(/*start=*/false);
    SyncServer server(pg.url("postgres"));
    BOOST_REQUIRE_MESSAGE(server.waitHealthy(),
                          "satchel-syncd did not answer /healthz: " + server.process().log());

    const auto down = httpGet(server.url() + "/readyz");
    BOOST_TEST(down.status == 503);
    BOOST_TEST(nlohmann::json::parse(down.body).at("status") == "database_unavailable");
    BOOST_TEST(!down.header("x-request-id").empty());
    // An API route that needs the database answers 503 with a JSON error meanwhile.
    const auto api = httpGet(server.url() + "/api/v1/courses");
    BOOST_TEST(api.status == 503);
    BOOST_TEST(nlohmann::json::parse(api.body)["error"]["code"] == "not_ready");

    pg.start();
    BOOST_REQUIRE_MESSAGE(server.waitReady(30000), "never became ready: " + server.process().log());
    const auto up = nlohmann::json::parse(httpGet(server.url() + "/readyz").body);
    BOOST_TEST(up.at("status") == "ready");
    BOOST_TEST(up.at("schema_version").get<int>() >= 1);
    BOOST_TEST(server.process().terminate() == 0);
}
