#include "push_world.h"

#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "auth/access_token.h"
#include "satchel/testing/process.h"

namespace satchel::testing {

namespace {

// Started on first use and removed when the test program exits: initdb is the slow part.
PostgresCluster& sharedCluster() {
    static PostgresCluster cluster;
    return cluster;
}

std::string nextDatabaseName() {
    static int worlds = 0;
    return "push" + std::to_string(++worlds);
}

}  // namespace

PushWorld::PushWorld()
    : pg_(sharedCluster()), dbName_(nextDatabaseName()), dbUrl_(pg_.createDatabase(dbName_)) {
    // The schema first, so that accounts can be written before any server starts.
    const auto log = (migrateLog_.path() / "migrate.log").string();
    const int status = runCommand({"/usr/bin/env", "SATCHEL_DATABASE_URL=" + dbUrl_,
                                   (binDir() / "satchel-syncd").string(), "migrate"},
                                  log);
    if (status != 0)
        throw std::runtime_error("satchel-syncd migrate failed (" + std::to_string(status) + ")");
}

std::unique_ptr<SyncServer> PushWorld::startServer(std::map<std::string, std::string> env) {
    env.emplace("SATCHEL_JWT_SECRET", kSecret);
    auto server = std::make_unique<SyncServer>(dbUrl_, env);
    if (!server->waitReady(60000))
        throw std::runtime_error("satchel-syncd not ready: " + server->process().log());
    return server;
}

std::string PushWorld::createUser(const std::string& role, const std::string& name) {
    const std::string unique = name + "-" + std::to_string(++users_);
    return pg_.psql("INSERT INTO users (username, username_key, password_hash, role) VALUES ('" +
                        unique + "', '" + unique + "', 'not-a-login-account', '" + role +
                        "') RETURNING id",
                    dbName_);
}

std::string PushWorld::accessToken(const std::string& userId, const std::string& role,
                                   std::chrono::seconds ttl) const {
    server::AccessClaims claims;
    claims.userId = userId;
    claims.role = role;
    claims.epoch = 0;
    return server::AccessTokenCodec(kSecret, ttl).issue(claims);
}

std::string PushWorld::createCourse(const std::string& ownerId, const std::string& title) {
    return pg_.psql("INSERT INTO courses (owner_id, title) VALUES ('" + ownerId + "', '" + title +
                        "') RETURNING id",
                    dbName_);
}

void PushWorld::enroll(const std::string& courseId, const std::string& userId) {
    pg_.psql("INSERT INTO enrollments (course_id, user_id) VALUES ('" + courseId + "', '" + userId +
                 "')",
             dbName_);
}

std::string PushWorld::psql(const std::string& sql) {
    return pg_.psql(sql, dbName_);
}

long long PushWorld::latestSeq(const std::string& userId) {
    return std::stoll(pg_.psql(
        "SELECT coalesce(max(seq), 0) FROM push_events WHERE user_id = '" + userId + "'", dbName_));
}

HttpResponse PushWorld::announce(const SyncServer& server, const std::string& token,
                                 const std::string& courseId, const std::string& title,
                                 const std::string& body) {
    return http("POST", server.url() + "/api/v1/courses/" + courseId + "/announcements",
                nlohmann::json{{"title", title}, {"body", body}}.dump(),
                {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}});
}

double metricValue(const SyncServer& server, const std::string& name) {
    const auto response = httpGet(server.url() + "/metrics");
    std::istringstream lines(response.body);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.rfind(name + " ", 0) == 0)
            return std::stod(line.substr(name.size() + 1));
    }
    return -1;
}

}  // namespace satchel::testing
