// The listener's protections and conventions: body and header limits, read and idle timeouts,
// JSON errors, request ids, keep-alive, the access log, /metrics, and a graceful SIGTERM that
// finishes the request in flight.
#define BOOST_TEST_MODULE server_limits
#include <boost/test/unit_test.hpp>

#include <csignal>
#include <thread>

#include "api_client.h"
#include "raw_socket.h"
#include "satchel/testing/env.h"

using namespace satchel::testing;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

ServerUnderTest& server() {
    static ServerUnderTest instance({{"SATCHEL_MAX_BODY_BYTES", "4096"},
                                     {"SATCHEL_MAX_MANIFEST_BYTES", "8192"},
                                     {"SATCHEL_MAX_HEADER_BYTES", "2048"},
                                     {"SATCHEL_READ_TIMEOUT_MS", "1000"},
                                     {"SATCHEL_IDLE_TIMEOUT_MS", "1500"},
                                     {"SATCHEL_ACCESS_LOG", "json"}});
    return instance;
}

}  // namespace

BOOST_AUTO_TEST_CASE(oversized_bodies_get_413_before_they_are_read) {
    const std::string big(5000, 'x');
    const auto r = server().callRaw("POST", "/api/v1/auth/login", "{\"username\":\"" + big + "\"}");
    BOOST_TEST(r.status == 413);
    BOOST_TEST(r.json["error"]["code"] == "body_too_large");
    // The publish route has its own, larger limit: a 6 KB manifest gets past the size check.
    const auto session = server().createWithRole("limits-prof", "instructor");
    const auto course =
        server().call("POST", "/api/v1/courses", {{"title", "Big"}}, bearer(session));
    const std::string publish =
        "/api/v1/courses/" + course.json["id"].get<std::string>() + "/versions";
    const auto medium = server().callRaw(
        "POST", publish, "{\"manifest\":{\"title\":\"" + std::string(6000, 'm') + "\"}}",
        bearer(session));
    BOOST_TEST(medium.status == 400);  // over no limit; refused as an invalid manifest instead
    const auto huge = server().callRaw(
        "POST", publish, "{\"manifest\":\"" + std::string(9000, 'm') + "\"}", bearer(session));
    BOOST_TEST(huge.status == 413);
    // A body without Content-Length (chunked) is cut off at the limit too.
    RawSocket socket(server().server->port());
    socket.send(
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    const std::string chunk(3000, 'y');
    char size[16];
    std::snprintf(size, sizeof size, "%zx\r\n", chunk.size());
    socket.send(size + chunk + "\r\n" + size + chunk + "\r\n");
    BOOST_TEST(socket.readUntil("\r\n\r\n", 10s).rfind("HTTP/1.1 413", 0) == 0);
}

BOOST_AUTO_TEST_CASE(oversized_headers_get_431) {
    const auto r =
        server().call("GET", "/healthz", nullptr, {}, {{"X-Filler", std::string(4000, 'h')}});
    BOOST_TEST(r.status == 431);
    BOOST_TEST(r.json["error"]["code"] == "header_too_large");
}

BOOST_AUTO_TEST_CASE(unknown_routes_and_methods_answer_json_errors) {
    const auto missing = server().call("GET", "/api/v1/nothing-here");
    BOOST_TEST(missing.status == 404);
    BOOST_TEST(missing.json["error"]["code"] == "not_found");
    BOOST_TEST(missing.raw.header("content-type") == "application/json");
    const auto method = server().call("DELETE", "/api/v1/me");
    BOOST_TEST(method.status == 405);
    BOOST_TEST(method.raw.header("allow") == "GET");
    RawSocket socket(server().server->port());
    socket.send("THIS IS NOT HTTP\r\n\r\n");
    BOOST_TEST(socket.readUntilClosed(10s).rfind("HTTP/1.1 400", 0) == 0);
}

BOOST_AUTO_TEST_CASE(every_response_carries_a_request_id_that_reaches_the_log) {
    const auto mine =
        server().call("GET", "/healthz", nullptr, {}, {{"X-Request-Id", "trace-me-42"}});
    BOOST_TEST(mine.raw.header("x-request-id") == "trace-me-42");
    const auto a = server().call("GET", "/api/v1/nothing");
    const auto b = server().call("GET", "/api/v1/nothing");
    BOOST_TEST(!a.raw.header("x-request-id").empty());
    BOOST_TEST(a.raw.header("x-request-id") != b.raw.header("x-request-id"));
    // Unsafe ids are replaced rather than echoed into logs.
    BOOST_TEST(server()
                   .call("GET", "/healthz", nullptr, {}, {{"X-Request-Id", "bad id\"{}"}})
                   .raw.header("x-request-id") != "bad id\"{}");
    BOOST_TEST(waitUntil(
        [&] {
            const auto log = server().server->process().log();
            return log.find("\"request_id\":\"trace-me-42\"") != std::string::npos &&
                   log.find("\"route\":\"/healthz\"") != std::string::npos;
        },
        10s));
}

BOOST_AUTO_TEST_CASE(slow_and_idle_clients_are_disconnected) {
    RawSocket silent(server().server->port());
    BOOST_TEST(silent.closedWithin(15s));
    RawSocket slow(server().server->port());
    slow.send("GET /healthz HTTP/1.1\r\nHost: x\r\n");  // never finishes its header
    BOOST_TEST(slow.closedWithin(15s));
    RawSocket body(server().server->port());
    body.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"user");
    BOOST_TEST(body.closedWithin(15s));
}

BOOST_AUTO_TEST_CASE(keep_alive_serves_several_requests_on_one_connection) {
    RawSocket socket(server().server->port());
    socket.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    BOOST_TEST(socket.readUntil("alive", 10s).find("HTTP/1.1 200") != std::string::npos);
    socket.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    BOOST_TEST(socket.readUntil("alive", 10s).find("HTTP/1.1 200") != std::string::npos);
    // Then it idles out.
    BOOST_TEST(socket.closedWithin(15s));
}

BOOST_AUTO_TEST_CASE(metrics_count_requests_by_route_and_report_the_pool) {
    server().call("GET", "/healthz");
    server().call("GET", "/api/v1/me");
    const auto r = server().call("GET", "/metrics");
    BOOST_TEST(r.status == 200);
    BOOST_TEST(r.raw.header("content-type").find("text/plain") == 0);
    const auto& text = r.raw.body;
    BOOST_TEST(text.find("# TYPE satchel_http_requests_total counter") != std::string::npos);
    BOOST_TEST(
        text.find(
            "satchel_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"}") !=
        std::string::npos);
    BOOST_TEST(
        text.find(
            "satchel_http_requests_total{method=\"GET\",route=\"/api/v1/me\",status=\"401\"}") !=
        std::string::npos);
    BOOST_TEST(text.find("satchel_http_request_duration_seconds_bucket{method=\"GET\",route=\"/"
                         "healthz\",le=\"+Inf\"}") != std::string::npos);
    BOOST_TEST(text.find("satchel_db_pool_connections_open") != std::string::npos);
    BOOST_TEST(text.find("satchel_worker_queue_length") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(sigterm_finishes_the_request_in_flight_then_exits) {
    SyncServer draining(server().databaseUrl, {{"SATCHEL_PASSWORD_HASH", "interactive"},
                                               {"SATCHEL_JWT_SECRET", kTestJwtSecret}});
    BOOST_REQUIRE(draining.waitReady(60000));
    const std::string body = R"({"username":"nobody","password":"nothing-here"})";
    RawSocket inFlight(draining.port());
    inFlight.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                  std::to_string(body.size()) + "\r\n\r\n" + body.substr(0, 10));
    RawSocket idle(draining.port());
    idle.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    BOOST_REQUIRE(idle.readUntil("alive", 10s).find("200") != std::string::npos);
    std::this_thread::sleep_for(500ms);  // the server has read the login's header by now

    draining.process().signal(SIGTERM);
    BOOST_TEST(idle.closedWithin(10s));  // idle keep-alive connections close at once
    BOOST_TEST(draining.process().running());
    inFlight.send(body.substr(10));
    const auto answer = inFlight.readUntilClosed(20s);
    BOOST_TEST(answer.rfind("HTTP/1.1 401", 0) == 0, answer);
    BOOST_TEST(answer.find("Connection: close") != std::string::npos);
    BOOST_TEST(draining.process().wait(20s) == 0);
}
