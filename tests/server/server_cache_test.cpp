// Two satchel-syncd instances on one PostgreSQL: each keeps accounts, enrollments and the
// catalog in memory (api/catalog_cache.h, auth/authenticator.h) and must still see every
// change made anywhere (through the other instance, or by SQL) as soon as it commits, because
// triggers send a notification in the changing transaction (migration 0045). Both instances
// keep the catalog for an hour when notifications are missing (SATCHEL_CATALOG_CACHE_MS), and
// accounts have no time limit at all, so only the notifications can make these tests pass.
//
// "At once" is the delivery of a NOTIFY to the other instance's listener: milliseconds. The
// writing instance drops its own copy before it answers, so it is checked without waiting;
// the other instance is polled (generously, for a loaded machine): a stale cache never turns
// fresh on its own, so a missed notification still fails the test.
#define BOOST_TEST_MODULE server_cache
#include <boost/test/unit_test.hpp>

#include "api_client.h"
#include "asset_upload.h"
#include "satchel/testing/env.h"

#include <functional>
#include <optional>

using namespace satchel::testing;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

const std::map<std::string, std::string> kCacheForAnHour{{"SATCHEL_CATALOG_CACHE_MS", "3600000"}};

// One PostgreSQL and two instances for the whole suite (each case uses its own accounts).
struct Servers {
    Servers() : a(kCacheForAnHour) {
        b = std::make_unique<SyncServer>(a.databaseUrl, a.env());
        BOOST_REQUIRE_MESSAGE(b->waitReady(60000),
                              "second instance not ready:\n" + b->process().log());
        admin = a.createWithRole("cache-admin", "admin");
        teacher = a.createWithRole("cache-prof", "instructor");
    }
    ServerUnderTest a;
    std::unique_ptr<SyncServer> b;
    json admin, teacher;
};

Servers& servers() {
    static Servers instance;
    return instance;
}

struct TwoInstances {
    // The same request against instance B.
    ApiResult callB(const std::string& method, const std::string& path, const json& body = nullptr,
                    const std::string& token = {}) const {
        std::map<std::string, std::string> headers;
        if (!token.empty())
            headers["Authorization"] = "Bearer " + token;
        ApiResult r;
        r.raw = http(method, b->url() + path, body.is_null() ? "" : body.dump(), headers, 30000);
        r.status = r.raw.status;
        r.json = json::parse(r.raw.body, nullptr, false);
        return r;
    }

    // Polls B until `ok` holds for the answer to GET `path` (at most 20 s).
    bool becomesOnB(const std::string& path, const std::string& token,
                    const std::function<bool(const ApiResult&)>& ok) const {
        return waitUntil([&] { return ok(callB("GET", path, nullptr, token)); }, 20s);
    }

    std::string publishCourse(const std::string& title) {
        const auto token = bearer(teacher);
        static const std::string reading = "# cache test reading\n";
        const auto sha = uploadAsset(a, token, reading, "text/markdown");
        const auto made = a.call("POST", "/api/v1/courses", {{"title", title}}, token);
        BOOST_REQUIRE_EQUAL(made.status, 201);
        const std::string id = made.json["id"];
        const json manifest{{"protocol", 1},
                            {"manifest",
                             {{"courseId", id},
                              {"version", 1},
                              {"title", title},
                              {"description", ""},
                              {"language", "en"},
                              {"publishedAtMs", 0},
                              {"assets",
                               {{{"sha256", sha},
                                 {"size", reading.size()},
                                 {"mediaType", "text/markdown"},
                                 {"path", "r.md"}}}},
                              {"modules",
                               {{{"id", "0190a0a0-0000-7000-8000-000000000001"},
                                 {"title", "m"},
                                 {"lessons",
                                  {{{"id", "0190a0a0-0000-7000-8000-000000000002"},
                                    {"title", "l"},
                                    {"kind", "reading"},
                                    {"asset", sha},
                                    {"completion", {{"kind", "opened"}}}}}}}}}}}};
        const auto published =
            a.call("POST", "/api/v1/courses/" + id + "/versions", manifest, token);
        BOOST_REQUIRE_MESSAGE(published.status == 201, published.raw.body);
        return id;
    }

    ServerUnderTest& a = servers().a;
    SyncServer* b = servers().b.get();
    const json& admin = servers().admin;
    const json& teacher = servers().teacher;
};

bool listsCourse(const ApiResult& r, const std::string& id, std::optional<bool> enrolled = {}) {
    if (r.status != 200 || !r.json.contains("courses"))
        return false;
    for (const auto& c : r.json["courses"])
        if (c["courseId"] == id)
            return !enrolled || c["enrolled"] == *enrolled;
    return false;
}

std::string idOf(const json& who) {
    return who["user"]["id"];
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(two_instances, TwoInstances)

BOOST_AUTO_TEST_CASE(a_disabled_account_is_refused_at_once_on_both_instances) {
    const auto student = a.signUp("cache-stu-disabled");
    const auto token = bearer(student);
    // Both instances now hold the account and the student's catalog.
    BOOST_REQUIRE_EQUAL(a.call("GET", "/api/v1/courses", nullptr, token).status, 200);
    BOOST_REQUIRE_EQUAL(callB("GET", "/api/v1/courses", nullptr, token).status, 200);
    BOOST_REQUIRE_EQUAL(callB("GET", "/api/v1/courses", nullptr, token).status, 200);

    const auto off = a.call("PATCH", "/api/v1/admin/users/" + idOf(student), {{"disabled", true}},
                            bearer(admin));
    BOOST_REQUIRE_MESSAGE(off.status == 200, off.raw.body);
    const auto onA = a.call("GET", "/api/v1/courses", nullptr, token);
    BOOST_TEST(onA.status == 401);
    BOOST_TEST(onA.json["error"]["code"] == "account_disabled");
    BOOST_TEST(becomesOnB("/api/v1/courses", token, [](const ApiResult& r) {
        return r.status == 401 && r.json["error"]["code"] == "account_disabled";
    }));
}

BOOST_AUTO_TEST_CASE(a_role_change_takes_effect_on_the_other_instance) {
    const auto student = a.signUp("cache-stu-promoted");
    const auto token = bearer(student);
    BOOST_REQUIRE_EQUAL(callB("POST", "/api/v1/courses", {{"title", "not yet"}}, token).status,
                        403);
    const auto promoted = a.call("PATCH", "/api/v1/admin/users/" + idOf(student),
                                 {{"role", "instructor"}}, bearer(admin));
    BOOST_REQUIRE_MESSAGE(promoted.status == 200, promoted.raw.body);
    // The access token is unchanged: the role comes from the account, not the token.
    BOOST_TEST(waitUntil(
        [&] {
            return callB("POST", "/api/v1/courses", {{"title", "now"}}, token).status == 201;
        },
        20s));
}

BOOST_AUTO_TEST_CASE(a_new_enrollment_shows_in_the_other_instances_catalog) {
    const auto course = publishCourse("Cache enrollment course");
    const auto student = a.signUp("cache-stu-enrolls");
    const auto token = bearer(student);
    BOOST_REQUIRE(becomesOnB("/api/v1/courses", token,
                             [&](const ApiResult& r) { return listsCourse(r, course, false); }));
    BOOST_REQUIRE_EQUAL(a.call("GET", "/api/v1/courses", nullptr, token).status, 200);

    BOOST_REQUIRE_EQUAL(
        a.call("POST", "/api/v1/courses/" + course + "/enroll", nullptr, token).status, 201);
    BOOST_TEST(listsCourse(a.call("GET", "/api/v1/courses", nullptr, token), course, true));
    BOOST_TEST(becomesOnB("/api/v1/courses", token,
                          [&](const ApiResult& r) { return listsCourse(r, course, true); }));
}

BOOST_AUTO_TEST_CASE(changes_made_by_sql_reach_both_instances) {
    const auto course = publishCourse("Cache SQL course");
    const auto student = a.signUp("cache-stu-sql");
    const auto token = bearer(student);
    for (auto* instance : {&a, static_cast<ServerUnderTest*>(nullptr)}) {
        const auto r = instance ? instance->call("GET", "/api/v1/courses", nullptr, token)
                                : callB("GET", "/api/v1/courses", nullptr, token);
        BOOST_REQUIRE(listsCourse(r, course, false));
    }
    a.pg.psql("INSERT INTO enrollments (course_id, user_id) VALUES ('" + course + "', '" +
                  idOf(student) + "')",
              "satchel");
    BOOST_TEST(waitUntil(
        [&] { return listsCourse(a.call("GET", "/api/v1/courses", nullptr, token), course, true); },
        20s));
    BOOST_TEST(becomesOnB("/api/v1/courses", token,
                          [&](const ApiResult& r) { return listsCourse(r, course, true); }));
}

BOOST_AUTO_TEST_CASE(a_newly_published_course_is_in_the_other_instances_catalog) {
    const auto student = a.signUp("cache-stu-catalog");
    const auto token = bearer(student);
    const auto before = callB("GET", "/api/v1/courses", nullptr, token);
    BOOST_REQUIRE_EQUAL(before.status, 200);
    const auto course = publishCourse("Cache brand new course");
    BOOST_TEST(listsCourse(a.call("GET", "/api/v1/courses", nullptr, token), course));
    BOOST_TEST(becomesOnB("/api/v1/courses", token,
                          [&](const ApiResult& r) { return listsCourse(r, course); }));
    // And archiving takes it out again.
    BOOST_REQUIRE_EQUAL(
        a.call("POST", "/api/v1/courses/" + course + "/archive", nullptr, bearer(teacher)).status,
        200);
    BOOST_TEST(becomesOnB("/api/v1/courses", token, [&](const ApiResult& r) {
        return r.status == 200 && !listsCourse(r, course);
    }));
}

BOOST_AUTO_TEST_CASE(a_change_while_the_listener_reconnects_is_not_missed) {
    const auto student = a.signUp("cache-stu-reconnect");
    const auto token = bearer(student);
    BOOST_REQUIRE_EQUAL(callB("GET", "/api/v1/courses", nullptr, token).status, 200);
    // Cut every LISTEN connection, then change the account before they are back: the
    // notification is lost, so the instances must drop their caches when they reconnect.
    a.pg.psql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE application_name = 'satchel-cache-listener'",
        "satchel");
    a.pg.psql("UPDATE users SET disabled = true WHERE id = '" + idOf(student) + "'", "satchel");
    BOOST_TEST(becomesOnB("/api/v1/courses", token, [](const ApiResult& r) {
        return r.status == 401 && r.json["error"]["code"] == "account_disabled";
    }));
}

BOOST_AUTO_TEST_SUITE_END()
