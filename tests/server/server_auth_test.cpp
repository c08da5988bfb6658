// Accounts end to end against the real satchel-syncd and PostgreSQL: register, login, the
// token checks, refresh rotation with reuse detection, logout, password change, disabling,
// rate limits and the registration policies.
#define BOOST_TEST_MODULE server_auth
#include <boost/test/unit_test.hpp>

#include "api_client.h"
#include "jwt_forge.h"
#include "satchel/protocol/codec.h"

using namespace satchel::testing;
using nlohmann::json;

namespace {

ServerUnderTest& server() {
    static ServerUnderTest instance;
    return instance;
}

json refresh(const std::string& token) {
    return server().call("POST", "/api/v1/auth/refresh", {{"refresh_token", token}}).json;
}

long refreshStatus(const std::string& token) {
    return server().call("POST", "/api/v1/auth/refresh", {{"refresh_token", token}}).status;
}

std::string errorCode(const ApiResult& r) {
    return r.json.is_object() ? r.json["error"].value("code", "") : "";
}

}  // namespace

BOOST_AUTO_TEST_CASE(register_creates_an_account_once) {
    const auto r = server().call("POST", "/api/v1/auth/register",
                                 {{"username", "alice"}, {"password", "correct-horse"}});
    BOOST_TEST(r.status == 201);
    BOOST_TEST(r.json["username"] == "alice");
    BOOST_TEST(r.json["role"] == "student");
    BOOST_TEST(r.json.contains("id"));
    BOOST_TEST(!r.raw.body.empty());
    BOOST_TEST(r.raw.body.find("password") == std::string::npos);

    const auto again = server().call("POST", "/api/v1/auth/register",
                                     {{"username", "ALICE"}, {"password", "x-correct-horse"}});
    BOOST_TEST(again.status == 409);
    BOOST_TEST(errorCode(again) == "username_taken");
}

BOOST_AUTO_TEST_CASE(register_rejects_bad_input_naming_the_field) {
    auto r =
        server().callRaw("POST", "/api/v1/auth/register", R"({"username": "bob", "password": )");
    BOOST_TEST(r.status == 400);
    BOOST_TEST(errorCode(r) == "malformed_json");

    r = server().call("POST", "/api/v1/auth/register", {{"username", "bob"}});
    BOOST_TEST(r.status == 400);
    BOOST_TEST(r.json["error"]["field"] == "password");
    BOOST_TEST(r.json["error"]["message"].get<std::string>().find("password") != std::string::npos);
    // The issue's shape and nothing else: no flat copies of the fields beside "error".
    BOOST_TEST(r.json.size() == 1u);
    const auto decoded = satchel::fromJson<satchel::ErrorResponse>(r.json);
    BOOST_REQUIRE(decoded.has_value());
    BOOST_TEST(decoded->field == "password");

    r = server().call("POST", "/api/v1/auth/register",
                      {{"username", 42}, {"password", "correct-horse"}});
    BOOST_TEST(r.status == 400);
    BOOST_TEST(r.json["error"]["field"] == "username");

    r = server().call("POST", "/api/v1/auth/register",
                      {{"username", "bob"}, {"password", "short"}});
    BOOST_TEST(r.status == 400);
    BOOST_TEST(errorCode(r) == "weak_password");

    r = server().call("POST", "/api/v1/auth/register",
                      {{"username", "bob\n"}, {"password", "correct-horse"}});
    BOOST_TEST(r.status == 400);

    // A student cannot make themselves an instructor.
    r = server().call("POST", "/api/v1/auth/register",
                      {{"username", "bob"}, {"password", "correct-horse"}, {"role", "instructor"}});
    BOOST_TEST(r.status == 403);
}

BOOST_AUTO_TEST_CASE(login_issues_tokens_and_refuses_wrong_passwords) {
    server().signUp("carol");
    const auto ok = server().call("POST", "/api/v1/auth/login",
                                  {{"username", "carol"}, {"password", "correct-horse"}});
    BOOST_TEST(ok.status == 200);
    BOOST_TEST(!ok.json["access_token"].get<std::string>().empty());
    BOOST_TEST(!ok.json["refresh_token"].get<std::string>().empty());
    BOOST_TEST(ok.json["token_type"] == "Bearer");
    BOOST_TEST(ok.json["expires_in"].get<long long>() > 0);
    // One name per field: the camelCase duplicates are gone.
    BOOST_TEST(!ok.json.contains("accessToken"));
    BOOST_TEST(!ok.json.contains("refreshToken"));
    BOOST_TEST(ok.json["user"]["username"] == "carol");
    BOOST_TEST(ok.raw.header("cache-control") == "no-store");

    // shared's LoginRequest shape: the name in "email", plus protocol and device fields.
    const auto shared = server().call("POST", "/api/v1/auth/login",
                                      {{"protocol", 1},
                                       {"email", "carol"},
                                       {"password", "correct-horse"},
                                       {"deviceId", "0192a5a0-0000-7000-8000-000000000001"}});
    BOOST_TEST(shared.status == 200);

    const auto wrong = server().call("POST", "/api/v1/auth/login",
                                     {{"username", "carol"}, {"password", "wrong-horse"}});
    BOOST_TEST(wrong.status == 401);
    BOOST_TEST(errorCode(wrong) == "invalid_credentials");
    const auto nobody =
        server().call("POST", "/api/v1/auth/login", {{"username", "nobody"}, {"password", "x"}});
    BOOST_TEST(nobody.status == 401);
    BOOST_TEST(errorCode(nobody) == "invalid_credentials");
}

BOOST_AUTO_TEST_CASE(me_accepts_only_valid_tokens) {
    const auto session = server().signUp("dave");
    const std::string good = bearer(session);
    const auto me = server().call("GET", "/api/v1/me", nullptr, good);
    BOOST_TEST(me.status == 200);
    BOOST_TEST(me.json["username"] == "dave");

    ForgedClaims claims;
    claims.sub = subjectOf(good);
    BOOST_TEST(
        server().call("GET", "/api/v1/me", nullptr, signToken(claims, kTestJwtSecret)).status ==
        200);

    auto refused = [&](const std::string& token, const std::string& what) {
        const auto r = server().call("GET", "/api/v1/me", nullptr, token);
        BOOST_TEST(r.status == 401, what << " gave " << r.status);
        BOOST_TEST(!r.raw.header("www-authenticate").empty());
        return errorCode(r);
    };
    BOOST_TEST(server().call("GET", "/api/v1/me").status == 401);
    ForgedClaims expired = claims;
    expired.expOffset = -3600;
    BOOST_TEST(refused(signToken(expired, kTestJwtSecret), "expired") == "token_expired");
    refused(signToken(claims, "some-other-secret-some-other-secret-0000"), "forged");
    refused(unsignedToken(claims), "alg none");
    refused(signToken(claims, kTestJwtSecret, "HS512"), "HS512 with the right key");
    ForgedClaims future = claims;
    future.nbfOffset = 3600;
    refused(signToken(future, kTestJwtSecret), "not yet valid");
    ForgedClaims audience = claims;
    audience.aud = "someone-else";
    refused(signToken(audience, kTestJwtSecret), "wrong audience");
    ForgedClaims issuer = claims;
    issuer.iss = "evil";
    refused(signToken(issuer, kTestJwtSecret), "wrong issuer");
    refused("not.a.token", "garbage");
    // A valid token with its payload swapped keeps a signature that no longer matches.
    const auto dot = good.find('.');
    refused(good.substr(0, dot + 1) + signToken(expired, kTestJwtSecret).substr(dot + 1),
            "spliced");
}

BOOST_AUTO_TEST_CASE(refresh_rotates_and_reuse_revokes_the_family) {
    const auto session = server().signUp("erin");
    const auto other = server().login("erin");
    const std::string first = session["refresh_token"];

    const auto rotated = refresh(first);
    BOOST_REQUIRE(rotated.contains("refresh_token"));
    const std::string second = rotated["refresh_token"];
    BOOST_TEST(second != first);
    BOOST_TEST(server().call("GET", "/api/v1/me", nullptr, rotated["access_token"]).status == 200);

    // The first token again: someone copied it. The whole family ends, the successor too.
    const auto reuse = server().call("POST", "/api/v1/auth/refresh", {{"refresh_token", first}});
    BOOST_TEST(reuse.status == 401);
    BOOST_TEST(errorCode(reuse) == "token_reused");
    BOOST_TEST(refreshStatus(second) == 401);
    // Another login of the same account is another family and keeps working.
    BOOST_TEST(refreshStatus(other["refresh_token"]) == 200);
    BOOST_TEST(refreshStatus("made-up-token") == 401);
}

BOOST_AUTO_TEST_CASE(logout_ends_the_refresh_family) {
    const auto session = server().signUp("frank");
    const auto out =
        server().call("POST", "/api/v1/auth/logout", {{"refresh_token", session["refresh_token"]}});
    BOOST_TEST(out.status == 204);
    BOOST_TEST(refreshStatus(session["refresh_token"]) == 401);
    BOOST_TEST(
        server().call("POST", "/api/v1/auth/logout", {{"refresh_token", "unknown"}}).status == 401);
}

BOOST_AUTO_TEST_CASE(changing_the_password_ends_old_sessions) {
    const auto session = server().signUp("grace");
    const std::string token = bearer(session);
    auto r = server().call("POST", "/api/v1/auth/password",
                           {{"currentPassword", "wrong-horse"}, {"newPassword", "battery-staple"}},
                           token);
    BOOST_TEST(r.status == 403);
    r = server().call("POST", "/api/v1/auth/password",
                      {{"currentPassword", "correct-horse"}, {"newPassword", "battery-staple"}},
                      token);
    BOOST_TEST(r.status == 204);
    BOOST_TEST(server().call("GET", "/api/v1/me", nullptr, token).status == 401);
    BOOST_TEST(refreshStatus(session["refresh_token"]) == 401);
    BOOST_TEST(server()
                   .call("POST", "/api/v1/auth/login",
                         {{"username", "grace"}, {"password", "correct-horse"}})
                   .status == 401);
    BOOST_TEST(server().login("grace", "battery-staple")["user"]["username"] == "grace");
}

BOOST_AUTO_TEST_CASE(admins_manage_users_and_disabling_ends_access_at_once) {
    const auto admin = server().createWithRole("root", "admin");
    const auto student = server().signUp("heidi");
    const std::string studentId = student["user"]["id"];

    BOOST_TEST(server().call("GET", "/api/v1/admin/users", nullptr, bearer(student)).status == 403);
    const auto list = server().call("GET", "/api/v1/admin/users", nullptr, bearer(admin));
    BOOST_TEST(list.status == 200);
    BOOST_TEST(list.json["users"].size() >= 2u);

    auto r = server().call("PATCH", "/api/v1/admin/users/" + studentId, {{"disabled", true}},
                           bearer(admin));
    BOOST_TEST(r.status == 200);
    BOOST_TEST(r.json["disabled"] == true);
    const auto me = server().call("GET", "/api/v1/me", nullptr, bearer(student));
    BOOST_TEST(me.status == 401);
    BOOST_TEST(errorCode(me) == "account_disabled");
    BOOST_TEST(refreshStatus(student["refresh_token"]) == 401);
    BOOST_TEST(server()
                   .call("POST", "/api/v1/auth/login",
                         {{"username", "heidi"}, {"password", "correct-horse"}})
                   .status == 403);

    r = server().call("PATCH", "/api/v1/admin/users/" + studentId,
                      {{"disabled", false}, {"role", "instructor"}}, bearer(admin));
    BOOST_TEST(r.json["role"] == "instructor");
    const auto again = server().login("heidi");
    BOOST_TEST(again["user"]["role"] == "instructor");
    BOOST_TEST(
        server()
            .call("PATCH", "/api/v1/admin/users/" + studentId, {{"role", "pope"}}, bearer(admin))
            .status == 400);
    BOOST_TEST(
        server()
            .call("PATCH", "/api/v1/admin/users/not-a-uuid", {{"disabled", true}}, bearer(admin))
            .status == 404);

    // The same from the command line.
    std::string output;
    BOOST_TEST(runSyncd({"user", "disable", "heidi"}, server().env(), "", output) == 0, output);
    BOOST_TEST(server().call("GET", "/api/v1/me", nullptr, bearer(again)).status == 401);
    BOOST_TEST(runSyncd({"user", "enable", "heidi"}, server().env(), "", output) == 0, output);
    BOOST_TEST(runSyncd({"user", "set-role", "heidi", "student"}, server().env(), "", output) == 0,
               output);
    BOOST_TEST(runSyncd({"user", "list"}, server().env(), "", output) == 0);
    BOOST_TEST(output.find("heidi") != std::string::npos);
    BOOST_TEST(output.find("student") != std::string::npos);
    BOOST_TEST(server().login("heidi")["user"]["role"] == "student");
}

BOOST_AUTO_TEST_CASE(logins_are_rate_limited_per_account_and_per_address) {
    SyncServer limited(server().databaseUrl, {{"SATCHEL_PASSWORD_HASH", "interactive"},
                                              {"SATCHEL_JWT_SECRET", kTestJwtSecret},
                                              {"SATCHEL_LOGIN_LIMIT_ACCOUNT", "3"},
                                              {"SATCHEL_LOGIN_LIMIT_ADDRESS", "8"},
                                              {"SATCHEL_TRUST_PROXY", "true"}});
    BOOST_REQUIRE(limited.waitReady(60000));
    server().signUp("ivan");
    auto attempt = [&](const std::string& user, const std::string& password,
                       const std::string& from) {
        return http("POST", limited.url() + "/api/v1/auth/login",
                    json{{"username", user}, {"password", password}}.dump(),
                    {{"X-Forwarded-For", from}}, 30000);
    };
    for (int i = 0; i < 3; ++i)
        BOOST_TEST(attempt("ivan", "wrong-horse", "10.0.0.1").status == 401);
    // The account is now locked for a while, even with the right password and from elsewhere.
    const auto locked = attempt("ivan", "correct-horse", "10.0.0.2");
    BOOST_TEST(locked.status == 429);
    BOOST_TEST(std::stoi(locked.header("retry-after")) > 0);
    BOOST_TEST(locked.body.find("too_many_attempts") != std::string::npos);

    // One address trying many names is stopped too.
    int limitedAt = 0;
    for (int i = 0; i < 12 && !limitedAt; ++i)
        if (attempt("nobody" + std::to_string(i), "x", "10.0.0.3").status == 429)
            limitedAt = i + 1;
    BOOST_TEST(limitedAt == 9);
    BOOST_TEST(attempt("ivan-unknown", "x", "10.0.0.4").status == 401);
}

BOOST_AUTO_TEST_CASE(registration_policies_admin_only_and_invitation) {
    const auto admin = server().login("root");
    SyncServer closed(server().databaseUrl, {{"SATCHEL_PASSWORD_HASH", "interactive"},
                                             {"SATCHEL_JWT_SECRET", kTestJwtSecret},
                                             {"SATCHEL_REGISTRATION", "admin"}});
    SyncServer invite(server().databaseUrl, {{"SATCHEL_PASSWORD_HASH", "interactive"},
                                             {"SATCHEL_JWT_SECRET", kTestJwtSecret},
                                             {"SATCHEL_REGISTRATION", "invite"}});
    BOOST_REQUIRE(closed.waitReady(60000));
    BOOST_REQUIRE(invite.waitReady(60000));
    const auto body = [](const std::string& name) {
        return json{{"username", name}, {"password", "correct-horse"}};
    };

    auto r = http("POST", closed.url() + "/api/v1/auth/register", body("judy").dump());
    BOOST_TEST(r.status == 403);
    BOOST_TEST(r.body.find("registration_closed") != std::string::npos);
    auto byAdmin = body("judy");
    byAdmin["role"] = "instructor";
    r = http("POST", closed.url() + "/api/v1/auth/register", byAdmin.dump(),
             {{"Authorization", "Bearer " + bearer(admin)}});
    BOOST_TEST(r.status == 201);
    BOOST_TEST(json::parse(r.body)["role"] == "instructor");

    BOOST_TEST(http("POST", invite.url() + "/api/v1/auth/register", body("ken").dump()).status ==
               403);
    const auto code =
        http("POST", invite.url() + "/api/v1/admin/invitations",
             json{{"role", "instructor"}}.dump(), {{"Authorization", "Bearer " + bearer(admin)}});
    BOOST_REQUIRE_EQUAL(code.status, 201);
    auto withCode = body("ken");
    withCode["inviteCode"] = json::parse(code.body)["inviteCode"];
    r = http("POST", invite.url() + "/api/v1/auth/register", withCode.dump());
    BOOST_TEST(r.status == 201);
    BOOST_TEST(json::parse(r.body)["role"] == "instructor");
    withCode["username"] = "ken2";
    r = http("POST", invite.url() + "/api/v1/auth/register", withCode.dump());
    BOOST_TEST(r.status == 403);
    BOOST_TEST(r.body.find("invalid_invitation") != std::string::npos);
}
