#pragma once
// A real satchel-syncd on a throwaway PostgreSQL, seeded for sync tests: accounts and tokens,
// a published course (video, reading, practice quiz, graded quiz), enrollments, and a device
// model that pushes and pulls through the real HTTP routes.
//
// Accounts, courses and enrollments are written with SQL, and access tokens are issued with
// the server's own AccessTokenCodec and the secret the server was started with: the sync
// routes under test see exactly what a logged-in client would send.

#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "db/connection.h"
#include "satchel/merge.h"
#include "satchel/protocol/codec.h"
#include "satchel/testing/http.h"
#include "satchel/testing/postgres.h"
#include "satchel/testing/syncd.h"

namespace satchel::synctest {

struct TestUser {
    std::string id;
    std::string username;
    std::string token;
    std::map<std::string, std::string> auth() const {
        return {{"Authorization", "Bearer " + token}};
    }
};

struct TestCourse {
    Uuid id;
    CourseManifest manifest;
    Uuid video, reading, practiceQuiz, gradedQuiz;  // lesson ids
    static constexpr std::uint64_t kVideoMs = 600'000;
};

struct PushResult {
    long status = 0;
    std::string body;
    std::optional<PushResponse> response;
};

class SyncWorld {
public:
    explicit SyncWorld(std::map<std::string, std::string> serverEnv = {});

    testing::PostgresCluster pg;
    std::string dbUrl;
    std::unique_ptr<testing::SyncServer> server;
    std::unique_ptr<server::PgConnection> db;  // the test's own connection

    // Stops the running server (SIGTERM unless `kill`) and starts a fresh one on the same database.
    void restartServer();
    std::string url() const { return server->url(); }

    TestUser createUser(const std::string& username, const std::string& role = "student");
    TestCourse createCourse(const TestUser& owner, const std::string& title = "Astronomy");
    // Publishes version n+1 of the course (same lessons), as the publish route would store it.
    void publishAgain(TestCourse& course, const TestUser& owner);
    void enroll(const TestUser& user, const TestCourse& course);

    PushResult push(const TestUser& user, const PushRequest& request);
    PushResult pushRaw(const TestUser& user, const std::string& body);
    PullResponse pull(const TestUser& user, const std::string& cursor, int limit = 1000);
    // Pulls until hasMore is false; advances cursor.
    PullResponse pullAll(const TestUser& user, std::string& cursor, int limit = 1000);

private:
    std::string secret_;
    std::map<std::string, std::string> serverEnv_;
};

// One seed per run, logged; SATCHEL_TEST_SEED replays one.
std::uint64_t testSeed(const char* suite);

// A simulated device of one student: makes events with its own HLC, keeps an outbox and its
// local state (own events plus everything pulled), as the app does.
class SimDevice {
public:
    SimDevice(const TestCourse& course, std::uint64_t seed);

    Uuid id;
    ProgressState state;
    std::vector<ProgressEvent> made;  // every event this device recorded
    std::string cursor;

    // Records `n` random events (watched intervals that overlap, resume, time, opened, completed).
    void record(std::size_t n);
    // A random batch of recorded events (may include already pushed ones: replays).
    PushRequest randomBatch(std::mt19937_64& rng, std::size_t maxSize);
    void absorb(const PullResponse& page);

private:
    const TestCourse& course_;
    std::mt19937_64 rng_;
    HybridClock clock_;
    std::uint64_t timeSpent_ = 0;
};

// shared's merge of `events` (and attempts/grades), folded in order: the expected state.
ProgressState mergeAll(const std::vector<ProgressEvent>& events);

}  // namespace satchel::synctest
