#pragma once
// What the push suites share: one throwaway PostgreSQL per test program (a fresh, migrated
// database per PushWorld), satchel-syncd instances on it (all
// with the same signing secret, as behind a load balancer), and accounts, courses and
// enrollments written straight into the database so the suites do not depend on the
// account routes. Access tokens are issued with the server's own codec and secret, so the
// servers check them exactly as the tokens they issue themselves.

#include <chrono>
#include <map>
#include <memory>
#include <string>

#include "satchel/testing/http.h"
#include "satchel/testing/postgres.h"
#include "satchel/testing/syncd.h"

namespace satchel::testing {

class PushWorld {
public:
    static constexpr const char* kSecret = "push-suite-signing-secret-0123456789abcdefghij";

    PushWorld();

    // A started, ready satchel-syncd on this database (throws with its log if it is not ready).
    std::unique_ptr<SyncServer> startServer(std::map<std::string, std::string> env = {});

    std::string createUser(const std::string& role, const std::string& name);
    std::string accessToken(const std::string& userId, const std::string& role,
                            std::chrono::seconds ttl = std::chrono::seconds(900)) const;
    std::string createCourse(const std::string& ownerId, const std::string& title);
    void enroll(const std::string& courseId,
                const std::string& userId);  // the trigger adds an event
    long long latestSeq(const std::string& userId);
    // POST /api/v1/courses/{id}/announcements on `server`.
    HttpResponse announce(const SyncServer& server, const std::string& token,
                          const std::string& courseId, const std::string& title,
                          const std::string& body = "See you on Monday.");
    // Runs SQL in this world's database.
    std::string psql(const std::string& sql);
    const std::string& databaseUrl() const { return dbUrl_; }

private:
    PostgresCluster& pg_;
    std::string dbName_;
    TempDir migrateLog_{"satchel-push-migrate"};
    std::string dbUrl_;
    int users_ = 0;
};

// The value of a metric in `server`'s /metrics, or -1 when absent.
double metricValue(const SyncServer& server, const std::string& name);

}  // namespace satchel::testing
