#pragma once
// What the server suites share: a throwaway PostgreSQL plus the real satchel-syncd on it, and
// a small JSON client for its API.

#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "satchel/testing/http.h"
#include "satchel/testing/postgres.h"
#include "satchel/testing/syncd.h"

namespace satchel::testing {

// The JWT secret the suites configure, so tests can mint expired or mis-signed tokens.
inline constexpr const char* kTestJwtSecret = "test-secret-0123456789abcdef0123456789abcdef";

struct ApiResult {
    long status = 0;
    nlohmann::json json;  // null when the body is not JSON
    HttpResponse raw;
};

// Runs `satchel-syncd ARGS` with the given environment and `input` on standard input; returns
// the exit status and puts stdout+stderr in `output`.
int runSyncd(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
             const std::string& input, std::string& output);

class ServerUnderTest {
public:
    // Starts PostgreSQL, makes a database and serves it with open registration, fast Argon2id
    // and a known JWT secret; `env` adds or overrides settings. Waits until ready.
    explicit ServerUnderTest(std::map<std::string, std::string> env = {});

    ApiResult call(const std::string& method, const std::string& path,
                   const nlohmann::json& body = nullptr, const std::string& token = {},
                   std::map<std::string, std::string> headers = {}) const;
    ApiResult callRaw(const std::string& method, const std::string& path, const std::string& body,
                      const std::string& token = {},
                      std::map<std::string, std::string> headers = {}) const;

    // Registers (open registration) and logs in; returns the login answer.
    nlohmann::json signUp(const std::string& username,
                          const std::string& password = "correct-horse");
    nlohmann::json login(const std::string& username,
                         const std::string& password = "correct-horse");
    // An account with `role`, made with the create-user command; returns its login answer.
    nlohmann::json createWithRole(const std::string& username, const std::string& role,
                                  const std::string& password = "correct-horse");

    std::string url() const { return server->url(); }
    const std::map<std::string, std::string>& env() const { return env_; }

    PostgresCluster pg;
    std::string databaseUrl;
    std::unique_ptr<SyncServer> server;

private:
    std::map<std::string, std::string> env_;
};

std::string bearer(const nlohmann::json& loginAnswer);

}  // namespace satchel::testing
