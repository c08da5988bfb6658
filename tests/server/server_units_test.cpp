// The server's pure parts, without sockets or a database: routing, target decoding, the
// login rate limiter, ETag matching, response heads and metrics counted on many threads.
#define BOOST_TEST_MODULE server_units
#include <boost/test/unit_test.hpp>

#include <string>
#include <thread>
#include <vector>

#include "auth/rate_limiter.h"
#include "http/etag.h"
#include "http/metrics.h"
#include "http/response_head.h"
#include "http/router.h"
#include "http/target.h"

using namespace satchel::server;

namespace {

Handler answering(int status) {
    return [status](HttpRequest&) {
        HttpResponse r;
        r.status = status;
        return r;
    };
}

}  // namespace

BOOST_AUTO_TEST_CASE(router_matches_parameters_and_prefers_literals) {
    Router router;
    router.add("GET", "/api/v1/courses/{id}", answering(1));
    router.add("GET", "/api/v1/courses/trending", answering(2));
    router.add("GET", "/api/v1/courses/{id}/versions/{n}/manifest", answering(3));
    router.add("POST", "/api/v1/courses/{id}", answering(4));

    auto m = router.match("GET", "/api/v1/courses/abc/versions/7/manifest");
    BOOST_REQUIRE(m.route);
    BOOST_TEST(m.route->pattern == "/api/v1/courses/{id}/versions/{n}/manifest");
    BOOST_TEST(m.params.at("id") == "abc");
    BOOST_TEST(m.params.at("n") == "7");

    m = router.match("GET", "/api/v1/courses/trending");
    BOOST_TEST(m.route->pattern == "/api/v1/courses/trending");
    m = router.match("GET", "/api/v1/courses/other");
    BOOST_TEST(m.route->pattern == "/api/v1/courses/{id}");
    // HEAD is answered by GET routes.
    BOOST_TEST(router.match("HEAD", "/api/v1/courses/x").route != nullptr);

    m = router.match("DELETE", "/api/v1/courses/x");
    BOOST_TEST(!m.route);
    BOOST_TEST(m.allowedMethods.size() == 2u);
    BOOST_TEST(!router.match("GET", "/api/v1/courses/x/extra").route);
    BOOST_TEST(router.match("GET", "/api/v1/courses/x/extra").allowedMethods.empty());
    BOOST_TEST(router.routes().size() == 4u);
}

BOOST_AUTO_TEST_CASE(router_refuses_duplicates_and_malformed_patterns) {
    Router router;
    router.add("GET", "/a/{id}", answering(1));
    BOOST_CHECK_THROW(router.add("GET", "/a/{id}", answering(1)), std::logic_error);
    BOOST_CHECK_THROW(router.add("GET", "a/b", answering(1)), std::logic_error);
    BOOST_CHECK_THROW(router.add("GET", "/a/{id", answering(1)), std::logic_error);
    BOOST_CHECK_NO_THROW(router.add("POST", "/a/{id}", answering(1)));
}

BOOST_AUTO_TEST_CASE(targets_are_split_and_decoded) {
    std::string path;
    std::map<std::string, std::string> query;
    splitTarget("/a%20b/c%2Fd?x=1&y=hello+world&z=%E2%9C%93&flag&bad=%zz", path, query);
    BOOST_TEST(path == "/a b/c/d");
    BOOST_TEST(query.at("x") == "1");
    BOOST_TEST(query.at("y") == "hello world");
    BOOST_TEST(query.at("z") == "\xE2\x9C\x93");
    BOOST_TEST(query.at("flag").empty());
    BOOST_TEST(query.at("bad") == "%zz");
    BOOST_TEST(percentDecode("100%", false) == "100%");
    BOOST_TEST(splitPath("//a///b/").size() == 2u);
}

BOOST_AUTO_TEST_CASE(rate_limiter_counts_within_its_window) {
    auto now = std::chrono::steady_clock::time_point{} + std::chrono::hours(1);
    RateLimiter limiter(3, std::chrono::seconds(60), [&] { return now; });
    for (int i = 0; i < 3; ++i) {
        BOOST_TEST(limiter.retryAfter("k") == 0);
        limiter.record("k");
        now += std::chrono::seconds(1);
    }
    const int wait = limiter.retryAfter("k");
    BOOST_TEST(wait > 0);
    BOOST_TEST(wait <= 60);
    BOOST_TEST(limiter.retryAfter("other") == 0);
    now += std::chrono::seconds(57);  // the first attempt (at 0 s) leaves the 60 s window
    BOOST_TEST(limiter.retryAfter("k") == 0);
    limiter.record("k");
    BOOST_TEST(limiter.retryAfter("k") > 0);
    limiter.reset("k");
    BOOST_TEST(limiter.retryAfter("k") == 0);
}

BOOST_AUTO_TEST_CASE(etags_match_if_none_match_lists) {
    const auto tag = etagFor("{\"courses\":[]}");
    BOOST_TEST(tag.front() == '"');
    BOOST_TEST(tag != etagFor("{\"courses\":[1]}"));
    HttpRequest req;
    req.headers["if-none-match"] = "\"other\", W/" + tag;
    BOOST_TEST(ifNoneMatchHits(req, tag));
    req.headers["if-none-match"] = "\"other\"";
    BOOST_TEST(!ifNoneMatchHits(req, tag));
    req.headers["if-none-match"] = "*";
    BOOST_TEST(ifNoneMatchHits(req, tag));
    const auto answer = conditionalJson(req, "{}", "no-cache");
    BOOST_TEST(answer.status == 304);
    BOOST_TEST(answer.body.empty());
}

BOOST_AUTO_TEST_CASE(response_heads_carry_the_handlers_fields_and_the_listeners_framing) {
    HttpResponse r;
    r.status = 200;
    r.headers = {{"Content-Type", "text/plain"},
                 {"ETag", "\"a\""},
                 {"etag", "\"b\""},          // a later field of the same name wins
                 {"Content-Length", "999"},  // the listener's, not the handler's
                 {"Server", "other"},
                 {"X-Note", "one\r\ntwo"}};  // a line break cannot end the head early
    std::string head;
    writeResponseHead(head, r, {11, true, 12});
    BOOST_TEST(head ==
               "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\netag: \"b\"\r\n"
               "X-Note: one  two\r\nServer: satchel-syncd\r\nContent-Length: 12\r\n\r\n");

    HttpResponse notModified;
    notModified.status = 304;
    writeResponseHead(head, notModified, {11, false, 0});
    BOOST_TEST(head ==
               "HTTP/1.1 304 Not Modified\r\nServer: satchel-syncd\r\nConnection: close\r\n"
               "Content-Length: 0\r\n\r\n");
    // HTTP/1.0 keeps a connection open only when told so.
    writeResponseHead(head, notModified, {10, true, 0});
    BOOST_TEST(head.rfind("HTTP/1.0 304 Not Modified\r\n", 0) == 0);
    BOOST_TEST(head.find("Connection: keep-alive\r\n") != std::string::npos);
    writeResponseHead(head, notModified, {10, false, 0});
    BOOST_TEST(head.find("Connection") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(metrics_add_up_what_every_thread_counted) {
    Metrics metrics;
    const std::string get = "GET";
    const std::string route = "/api/v1/courses";
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 1000; ++i)
                metrics.observe(get, route, i % 10 == 0 ? 304 : 200, 0.002);
        });
    for (auto& t : threads)
        t.join();
    metrics.observe(get, route, 200, 3.0);  // this thread's shard, beyond the last bucket
    const auto text = metrics.render();
    BOOST_TEST(text.find("satchel_http_requests_total{method=\"GET\",route=\"/api/v1/courses\","
                         "status=\"200\"} 3601\n") != std::string::npos);
    BOOST_TEST(text.find("satchel_http_requests_total{method=\"GET\",route=\"/api/v1/courses\","
                         "status=\"304\"} 400\n") != std::string::npos);
    const std::string labels = "{method=\"GET\",route=\"/api/v1/courses\"";
    BOOST_TEST(text.find("satchel_http_request_duration_seconds_bucket" + labels +
                         ",le=\"0.001\"} 0\n") != std::string::npos);
    BOOST_TEST(text.find("satchel_http_request_duration_seconds_bucket" + labels +
                         ",le=\"0.0025\"} 4000\n") != std::string::npos);
    BOOST_TEST(text.find("satchel_http_request_duration_seconds_bucket" + labels +
                         ",le=\"+Inf\"} 4001\n") != std::string::npos);
    BOOST_TEST(text.find("satchel_http_request_duration_seconds_count" + labels + "} 4001\n") !=
               std::string::npos);
    // A second Metrics in the same threads counts apart from the first.
    Metrics other;
    other.observe(get, route, 200, 0.002);
    BOOST_TEST(other.render().find("status=\"200\"} 1\n") != std::string::npos);
}
