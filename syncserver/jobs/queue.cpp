#include "jobs/queue.h"

#include <sodium.h>

#include <algorithm>
#include <cmath>

namespace satchel::server::jobs {
namespace {

// PostgreSQL's array literal for a list of ids: {1,2,3}.
std::string idArray(const std::vector<long long>& ids) {
    std::string text = "{";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i)
            text += ',';
        text += std::to_string(ids[i]);
    }
    return text + "}";
}

// Claim tokens are opaque text; we quote them for an array literal (they are hex anyway).
std::string textArray(const std::vector<std::string>& values) {
    std::string text = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i)
            text += ',';
        text += '"' + values[i] + '"';
    }
    return text + "}";
}

std::string newClaimToken() {
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    char hex[sizeof bytes * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
    return hex;
}

}  // namespace

std::optional<long long> enqueue(PgConnection& conn, const std::string& type,
                                 const nlohmann::json& payload, const EnqueueOptions& options) {
    // pg_notify runs only when the insert produced a row; notifications are delivered at commit
    // and PostgreSQL folds identical ones of one transaction into one.
    const auto result = conn.exec(
        "WITH added AS ("
        "  INSERT INTO jobs (type, payload, max_attempts, available_at, dedup_key)"
        "  VALUES ($1, $2::jsonb, $3, now() + make_interval(secs => $4), $5)"
        "  ON CONFLICT (dedup_key) DO NOTHING RETURNING id)"
        " SELECT id, pg_notify('satchel_jobs', $1) FROM added",
        {type, payload.dump(), options.maxAttempts, static_cast<long long>(options.delay.count()),
         options.dedupKey ? PgParam(*options.dedupKey) : PgParam()});
    if (result.empty())
        return std::nullopt;
    return result.integer(0, 0);
}

std::vector<Job> claimJobs(PgConnection& conn, int limit, std::chrono::seconds lease,
                           const std::string& workerName) {
    const std::string token = newClaimToken();
    const auto rows = conn.exec(
        "WITH next AS ("
        "  SELECT id FROM jobs WHERE state IN ('queued', 'running') AND available_at <= now()"
        "  ORDER BY available_at LIMIT $1 FOR UPDATE SKIP LOCKED)"
        " UPDATE jobs j SET state = 'running', attempts = j.attempts + 1, claim_token = $2, "
        "claimed_by = $3,"
        "   available_at = now() + make_interval(secs => $4), updated_at = now()"
        " FROM next WHERE j.id = next.id"
        " RETURNING j.id, j.type, j.payload::text, j.attempts, j.max_attempts",
        {limit, token, workerName, static_cast<long long>(lease.count())});
    std::vector<Job> jobs;
    jobs.reserve(static_cast<std::size_t>(rows.rows()));
    for (int r = 0; r < rows.rows(); ++r) {
        Job job;
        job.id = rows.integer(r, 0);
        job.type = rows.text(r, 1);
        job.payload = nlohmann::json::parse(rows.text(r, 2), nullptr, false);
        job.attempt = static_cast<int>(rows.integer(r, 3));
        job.maxAttempts = static_cast<int>(rows.integer(r, 4));
        job.claimToken = token;
        jobs.push_back(std::move(job));
    }
    // Oldest first, as the index gave them (UPDATE ... RETURNING does not keep that order).
    std::sort(jobs.begin(), jobs.end(), [](const Job& a, const Job& b) { return a.id < b.id; });
    return jobs;
}

long long completeJobs(PgConnection& conn, const std::vector<long long>& ids,
                       const std::string& claimToken) {
    if (ids.empty())
        return 0;
    return conn
        .exec(
            "UPDATE jobs SET state = 'done', finished_at = now(), updated_at = now(), last_error = "
            "NULL"
            " WHERE id = ANY($1::bigint[]) AND claim_token = $2 AND state = 'running'",
            {idArray(ids), claimToken})
        .affectedRows();
}

void completeJobInTransaction(PgConnection& conn, const Job& job) {
    if (completeJobs(conn, {job.id}, job.claimToken) != 1)
        throw LeaseLost("job " + std::to_string(job.id) + " was taken over by another worker");
}

bool failJob(PgConnection& conn, const Job& job, const std::string& error, bool permanent,
             std::chrono::milliseconds delay) {
    const auto rows = conn.exec(
        "UPDATE jobs SET"
        "   state = CASE WHEN $3 OR attempts >= max_attempts THEN 'dead' ELSE 'queued' END,"
        "   available_at = now() + make_interval(secs => $4::double precision / 1000),"
        "   finished_at = CASE WHEN $3 OR attempts >= max_attempts THEN now() END,"
        "   last_error = $5, claim_token = NULL, updated_at = now()"
        " WHERE id = $1 AND claim_token = $2 AND state = 'running' RETURNING state",
        {job.id, job.claimToken, permanent, static_cast<long long>(delay.count()),
         error.substr(0, 4000)});
    return !rows.empty() && rows.text(0, 0) == "dead";
}

void releaseJobs(PgConnection& conn, const std::vector<long long>& ids,
                 const std::string& claimToken) {
    if (ids.empty())
        return;
    conn.exec(
        "UPDATE jobs SET state = 'queued', attempts = attempts - 1, available_at = now(),"
        " claim_token = NULL, updated_at = now()"
        " WHERE id = ANY($1::bigint[]) AND claim_token = $2 AND state = 'running'",
        {idArray(ids), claimToken});
}

void extendLeases(PgConnection& conn, const std::vector<std::string>& claimTokens,
                  std::chrono::seconds lease) {
    if (claimTokens.empty())
        return;
    conn.exec(
        "UPDATE jobs SET available_at = now() + make_interval(secs => $2)"
        " WHERE claim_token = ANY($1::text[]) AND state = 'running'",
        {textArray(claimTokens), static_cast<long long>(lease.count())});
}

std::chrono::milliseconds retryDelay(int attempt, std::chrono::milliseconds base) {
    const double exponent = std::clamp(attempt - 1, 0, 30);
    const double raw =
        std::min(static_cast<double>(base.count()) * std::pow(2.0, exponent), 3600.0 * 1000);
    const double jitter = 0.8 + 0.4 * (static_cast<double>(randombytes_uniform(10001)) / 10000.0);
    return std::chrono::milliseconds(static_cast<long long>(raw * jitter));
}

bool retryJob(PgConnection& conn, long long id) {
    const auto rows = conn.exec(
        "WITH again AS ("
        "  UPDATE jobs SET state = 'queued', attempts = 0, available_at = now(), finished_at = "
        "NULL,"
        "    claim_token = NULL, updated_at = now()"
        "  WHERE id = $1 AND state IN ('dead', 'queued') RETURNING id, type)"
        " SELECT id, pg_notify('satchel_jobs', type) FROM again",
        {id});
    return !rows.empty();
}

}  // namespace satchel::server::jobs
