#include "api_client.h"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

#include "satchel/testing/process.h"

namespace satchel::testing {

int runSyncd(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
             const std::string& input, std::string& output) {
    TempDir dir("satchel-syncd-cmd");
    const auto inputFile = dir / "stdin";
    const auto outputFile = dir / "out";
    std::ofstream(inputFile) << input;
    // The shell only redirects; every argument reaches satchel-syncd as its own argv entry.
    std::vector<std::string> argv{"/bin/sh", "-c", "exec \"$@\" < \"$0\"", inputFile.string(),
                                  (binDir() / "satchel-syncd").string()};
    argv.insert(argv.end(), args.begin(), args.end());
    Process process(argv, env, outputFile.string());
    const int status = process.wait(std::chrono::seconds(60));
    std::ifstream in(outputFile);
    std::stringstream text;
    text << in.rdbuf();
    output = text.str();
    return status;
}

ServerUnderTest::ServerUnderTest(std::map<std::string, std::string> env) {
    databaseUrl = pg.createDatabase("satchel");
    env.emplace("SATCHEL_PASSWORD_HASH", "interactive");
    env.emplace("SATCHEL_JWT_SECRET", kTestJwtSecret);
    env.emplace("SATCHEL_ACCESS_LOG", "off");
    env_ = env;
    env_["SATCHEL_DATABASE_URL"] = databaseUrl;
    server = std::make_unique<SyncServer>(databaseUrl, env);
    BOOST_REQUIRE_MESSAGE(server->waitReady(60000),
                          "satchel-syncd never became ready:\n" + server->process().log());
}

ApiResult ServerUnderTest::callRaw(const std::string& method, const std::string& path,
                                   const std::string& body, const std::string& token,
                                   std::map<std::string, std::string> headers) const {
    if (!token.empty())
        headers["Authorization"] = "Bearer " + token;
    if (!body.empty())
        headers.emplace("Content-Type", "application/json");
    ApiResult result;
    result.raw = http(method, server->url() + path, body, headers, 30000);
    result.status = result.raw.status;
    result.json = nlohmann::json::parse(result.raw.body, nullptr, /*allow_exceptions=*/false);
    if (result.json.is_discarded())
        result.json = nullptr;
    return result;
}

ApiResult ServerUnderTest::call(const std::string& method, const std::string& path,
                                const nlohmann::json& body, const std::string& token,
                                std::map<std::string, std::string> headers) const {
    return callRaw(method, path, body.is_null() ? std::string{} : body.dump(), token,
                   std::move(headers));
}

nlohmann::json ServerUnderTest::signUp(const std::string& username, const std::string& password) {
    const auto reg =
        call("POST", "/api/v1/auth/register", {{"username", username}, {"password", password}});
    BOOST_REQUIRE_MESSAGE(reg.status == 201, "register " + username + ": " + reg.raw.body);
    return login(username, password);
}

nlohmann::json ServerUnderTest::login(const std::string& username, const std::string& password) {
    const auto r =
        call("POST", "/api/v1/auth/login", {{"username", username}, {"password", password}});
    BOOST_REQUIRE_MESSAGE(r.status == 200, "login " + username + ": " + r.raw.body);
    return r.json;
}

nlohmann::json ServerUnderTest::createWithRole(const std::string& username, const std::string& role,
                                               const std::string& password) {
    std::string output;
    const int rc = runSyncd({"create-user", "--role", role, "--username", username}, env_,
                            password + "\n", output);
    BOOST_REQUIRE_MESSAGE(rc == 0, "create-user failed: " + output);
    return login(username, password);
}

std::string bearer(const nlohmann::json& loginAnswer) {
    return loginAnswer.at("access_token").get<std::string>();
}

}  // namespace satchel::testing
