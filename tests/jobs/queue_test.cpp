// The job queue's promises, against real satchel-syncd instances and a real PostgreSQL: every
// job runs exactly once however many instances race for it; a failing job is retried with
// backoff and then dead-lettered, and an admin can list and retry it; a job whose worker was
// SIGKILLed is taken again once its lease runs out, while a live worker keeps its lease; a
// schedule fires once per slot across instances; enqueue is part of the caller's transaction.
#define BOOST_TEST_MODULE jobs_queue
#include <boost/test/unit_test.hpp>

#include <signal.h>

#include <nlohmann/json.hpp>
#include <set>

#include "jobs/queue.h"
#include "jobs_fixture.h"
#include "satchel/testing/http.h"

using namespace satchel;
using namespace satchel::jobs_test;
using server::jobs::enqueue;
using server::jobs::EnqueueOptions;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

long long enqueueOne(server::PgConnection& conn, const std::string& type,
                     const nlohmann::json& payload = {}, EnqueueOptions options = {}) {
    const auto id =
        enqueue(conn, type, payload.is_null() ? nlohmann::json::object() : payload, options);
    BOOST_REQUIRE(id.has_value());
    return *id;
}

std::string jobState(JobsFixture& f, long long id) {
    return f.connect()->exec("SELECT state FROM jobs WHERE id = $1", {id}).text(0, 0);
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(queue, JobsFixture)

BOOST_AUTO_TEST_CASE(two_instances_racing_over_1000_jobs_run_each_exactly_once) {
    auto a = startInstance(4, {{"SATCHEL_JOB_BATCH", "8"}});
    auto b = startInstance(4, {{"SATCHEL_JOB_BATCH", "8"}});
    std::set<long long> ids;
    {
        auto conn = connect();
        server::Transaction tx(*conn);
        for (int i = 0; i < 1000; ++i)
            ids.insert(enqueueOne(*conn, "test.record"));
        tx.commit();
    }
    BOOST_REQUIRE_MESSAGE(
        testing::waitUntil(
            [&] { return scalar("SELECT count(*) FROM jobs WHERE state = 'done'") == 1000; },
            seconds(90)),
        "not all jobs finished: " +
            std::to_string(scalar("SELECT count(*) FROM jobs WHERE state = 'done'")));

    const auto runs = runsPerJob();
    BOOST_TEST(runs.size() == 1000u);
    for (const auto& [id, count] : runs) {
        BOOST_TEST(ids.count(id) == 1u, "job " << id << " was not enqueued by this test");
        BOOST_TEST(count == 1, "job " << id << " ran " << count << " times");
    }
    BOOST_TEST(scalar("SELECT count(*) FROM jobs WHERE attempts <> 1") == 0);
    std::map<std::string, int> perInstance;
    for (const auto& [id, pid] : lastRunnerPid())
        ++perInstance[pid];
    BOOST_TEST_MESSAGE("jobs per instance: " << perInstance.size() << " instances");
    for (const auto& [pid, count] : perInstance)
        BOOST_TEST_MESSAGE("  pid " << pid << ": " << count);
    BOOST_WARN_MESSAGE(perInstance.size() == 2,
                       "one instance ran every job (the machine may be very loaded)");
}

BOOST_AUTO_TEST_CASE(enqueue_belongs_to_the_callers_transaction_and_dedup_keys_enqueue_once) {
    auto a = startInstance(0);  // migrates the database; no workers, so jobs stay queued
    auto conn = connect();
    {
        server::Transaction tx(*conn);
        enqueueOne(*conn, "test.record");
        // rolled back: the job never existed
    }
    BOOST_TEST(scalar("SELECT count(*) FROM jobs") == 0);

    EnqueueOptions once;
    once.dedupKey = "certificate:user-1:course-1";
    const auto first = enqueue(*conn, "test.record", nlohmann::json::object(), once);
    const auto again = enqueue(*conn, "test.record", nlohmann::json::object(), once);
    BOOST_TEST(first.has_value());
    BOOST_TEST(!again.has_value());
    BOOST_TEST(scalar("SELECT count(*) FROM jobs") == 1);
    BOOST_TEST(jobState(*this, *first) == "queued");
}

BOOST_AUTO_TEST_CASE(
    failing_job_is_retried_with_backoff_then_dead_lettered_and_admin_can_retry_it) {
    auto a = startInstance(2, {{"SATCHEL_JOB_RETRY_BASE_MS", "200"}});
    auto conn = connect();
    EnqueueOptions three;
    three.maxAttempts = 3;
    const long long id = enqueueOne(*conn, "test.fail", {}, three);
    const long long healthy = enqueueOne(*conn, "test.record");
    BOOST_REQUIRE_MESSAGE(
        testing::waitUntil([&] { return jobState(*this, id) == "dead"; }, seconds(60)),
        "job never dead-lettered: " + a->process().log());
    const auto row = conn->exec(
        "SELECT attempts, last_error, finished_at IS NOT NULL FROM jobs WHERE id = $1", {id});
    BOOST_TEST(row.integer(0, 0) == 3);
    BOOST_TEST(row.text(0, 1).find("attempt 3") != std::string::npos, row.text(0, 1));
    BOOST_TEST(row.boolean(0, 2));
    BOOST_TEST(testing::waitUntil([&] { return jobState(*this, healthy) == "done"; }, seconds(30)));

    // The admin route lists it among the dead; other roles may not look.
    const std::string admin = tokenFor("root", "admin");
    const std::string student = tokenFor("pupil", "student");
    const auto url = a->url() + "/api/v1/admin/jobs?state=dead";
    BOOST_TEST(testing::httpGet(url).status == 401);
    BOOST_TEST(testing::httpGet(url, {{"Authorization", "Bearer " + student}}).status == 403);
    const auto listed = testing::httpGet(url, {{"Authorization", "Bearer " + admin}});
    BOOST_REQUIRE_MESSAGE(listed.status == 200, listed.body);
    const auto body = nlohmann::json::parse(listed.body);
    BOOST_REQUIRE(body.at("jobs").size() == 1u);
    BOOST_TEST(body["jobs"][0]["id"].get<long long>() == id);
    BOOST_TEST(body["jobs"][0]["type"] == "test.fail");
    BOOST_TEST(body["counts"]["dead"].get<int>() == 1);
    BOOST_TEST(body["counts"]["done"].get<int>() == 1);
    BOOST_TEST(testing::http("GET", a->url() + "/api/v1/admin/jobs?state=bogus", {},
                             {{"Authorization", "Bearer " + admin}})
                   .status == 400);

    // Retrying a done job is refused; retrying the dead one runs it again with a fresh budget.
    const auto refused =
        testing::http("POST", a->url() + "/api/v1/admin/jobs/" + std::to_string(healthy) + "/retry",
                      {}, {{"Authorization", "Bearer " + admin}});
    BOOST_TEST(refused.status == 409);
    BOOST_TEST(testing::http("POST", a->url() + "/api/v1/admin/jobs/999999/retry", {},
                             {{"Authorization", "Bearer " + admin}})
                   .status == 404);
    const std::string deadAt =
        conn->exec("SELECT finished_at::text FROM jobs WHERE id = $1", {id}).text(0, 0);
    const auto retried =
        testing::http("POST", a->url() + "/api/v1/admin/jobs/" + std::to_string(id) + "/retry", {},
                      {{"Authorization", "Bearer " + admin}});
    BOOST_REQUIRE_MESSAGE(retried.status == 200, retried.body);
    // The job may be claimed again before the answer is written, so only its id is certain;
    // what proves the fresh budget is a new dead-lettering after three more attempts.
    BOOST_TEST(nlohmann::json::parse(retried.body).at("id").get<long long>() == id);
    BOOST_REQUIRE(testing::waitUntil(
        [&] {
            return scalar("SELECT count(*) FROM jobs WHERE id = " + std::to_string(id) +
                          " AND state = 'dead' AND attempts = 3 AND finished_at > '" + deadAt +
                          "'::timestamptz") == 1;
        },
        seconds(60)));
}

BOOST_AUTO_TEST_CASE(live_worker_keeps_its_lease_beyond_the_lease_time) {
    const std::map<std::string, std::string> shortLease{{"SATCHEL_JOB_LEASE_SECONDS", "3"}};
    auto a = startInstance(2, shortLease);
    auto b = startInstance(2, shortLease);
    auto conn = connect();
    const long long id = enqueueOne(*conn, "test.sleep", {{"ms", 7000}});
    BOOST_REQUIRE(testing::waitUntil([&] { return jobState(*this, id) == "done"; }, seconds(60)));
    BOOST_TEST(runsPerJob()[id] == 1);
    BOOST_TEST(conn->exec("SELECT attempts FROM jobs WHERE id = $1", {id}).integer(0, 0) == 1);
}

BOOST_AUTO_TEST_CASE(job_of_a_sigkilled_worker_is_taken_again_after_its_lease) {
    const std::map<std::string, std::string> shortLease{{"SATCHEL_JOB_LEASE_SECONDS", "3"}};
    auto a = startInstance(1, shortLease);
    const std::string pidA = std::to_string(a->process().pid());
    auto conn = connect();
    const long long id = enqueueOne(*conn, "test.sleep", {{"ms", 8000}});
    BOOST_REQUIRE(
        testing::waitUntil([&] { return jobState(*this, id) == "running"; }, seconds(30)));
    a->process().kill();  // SIGKILL mid-job: no chance to give the job back

    auto b = startInstance(1, shortLease);
    const std::string pidB = std::to_string(b->process().pid());
    BOOST_REQUIRE_MESSAGE(
        testing::waitUntil([&] { return jobState(*this, id) == "done"; }, seconds(60)),
        "job never finished: " + b->process().log());
    const auto row = conn->exec("SELECT attempts, claimed_by FROM jobs WHERE id = $1", {id});
    BOOST_TEST(row.integer(0, 0) == 2);
    BOOST_TEST(row.text(0, 1).find(":" + pidB + "/") != std::string::npos, row.text(0, 1));
    BOOST_TEST(runsPerJob()[id] == 1);  // instance A died before its run could record anything
    BOOST_TEST(lastRunnerPid()[id] == pidB);
}

BOOST_AUTO_TEST_CASE(schedule_fires_once_per_slot_across_instances) {
    const std::map<std::string, std::string> ticking{{"SATCHEL_TEST_JOBS_TICK", "1"}};
    auto a = startInstance(2, ticking);
    auto b = startInstance(2, ticking);
    BOOST_REQUIRE(testing::waitUntil(
        [&] {
            return scalar(
                       "SELECT count(*) FROM jobs WHERE dedup_key LIKE 'schedule:test.tick:%'") >=
                   4;
        },
        seconds(60)));
    // Slots are 2 s apart; an instance firing a slot the other had already fired would show
    // up as two jobs close together.
    const auto rows = connect()->exec(
        "SELECT extract(epoch FROM created_at - lag(created_at) OVER (ORDER BY created_at))::float8"
        " FROM jobs WHERE dedup_key LIKE 'schedule:test.tick:%' ORDER BY created_at");
    for (int r = 1; r < rows.rows(); ++r)
        BOOST_TEST(std::stod(rows.text(r, 0)) > 1.5, "gap " << rows.text(r, 0));
    BOOST_TEST(scalar("SELECT count(*) FROM job_schedules WHERE name = 'test.tick'") == 1);
}

BOOST_AUTO_TEST_SUITE_END()
