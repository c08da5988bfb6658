#include "jobs/admin_routes.h"

#include <algorithm>
#include <cstdlib>
#include <limits>

#include "auth/authenticator.h"
#include "jobs/queue.h"

namespace satchel::server::jobs {
namespace {

long long positiveNumber(const HttpRequest& req, const std::string& name, long long fallback,
                         long long max) {
    const auto it = req.query.find(name);
    if (it == req.query.end() || it->second.empty())
        return fallback;
    char* end = nullptr;
    const long long n = std::strtoll(it->second.c_str(), &end, 10);
    if (*end != '\0' || n <= 0)
        throw badRequest("query parameter '" + name + "' must be a positive integer",
                         "invalid_field");
    return std::min(n, max);
}

std::string optionalQuery(const HttpRequest& req, const std::string& name) {
    const auto it = req.query.find(name);
    return it == req.query.end() ? std::string() : it->second;
}

nlohmann::json jobRow(const PgResult& rows, int r) {
    auto text = [&](int c) {
        return rows.isNull(r, c) ? nlohmann::json(nullptr) : nlohmann::json(rows.text(r, c));
    };
    return {{"id", rows.integer(r, 0)},
            {"type", rows.text(r, 1)},
            {"state", rows.text(r, 2)},
            {"attempts", rows.integer(r, 3)},
            {"max_attempts", rows.integer(r, 4)},
            {"last_error", text(5)},
            {"payload", nlohmann::json::parse(rows.text(r, 6), nullptr, false)},
            {"created_at", rows.text(r, 7)},
            {"available_at", rows.text(r, 8)},
            {"finished_at", text(9)},
            {"claimed_by", text(10)}};
}

constexpr const char* kColumns =
    "id, type, state, attempts, max_attempts, last_error, payload::text,"
    " to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),"
    " to_char(available_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),"
    " to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), claimed_by";

}  // namespace

void registerJobAdminRoutes(ServerContext& ctx) {
    ctx.router.add("GET", "/api/v1/admin/jobs", [&ctx](HttpRequest& req) {
        ctx.auth.requireRole(req, {Role::Admin});
        const std::string state = optionalQuery(req, "state");
        if (!state.empty() && state != "queued" && state != "running" && state != "done" &&
            state != "dead")
            throw badRequest("query parameter 'state' must be queued, running, done or dead",
                             "invalid_field");
        const std::string type = optionalQuery(req, "type");
        const long long limit = positiveNumber(req, "limit", 50, 500);
        const long long before =
            positiveNumber(req, "before", 0, std::numeric_limits<long long>::max());
        auto conn = ctx.db.acquire();
        const auto rows =
            conn->exec(std::string("SELECT ") + kColumns +
                           " FROM jobs WHERE ($1 = '' OR state = $1) AND ($2 = '' OR type = $2)"
                           " AND ($3::bigint = 0 OR id < $3::bigint) ORDER BY id DESC LIMIT $4",
                       {state, type, before, limit});
        nlohmann::json jobs = nlohmann::json::array();
        for (int r = 0; r < rows.rows(); ++r)
            jobs.push_back(jobRow(rows, r));
        const auto counts = conn->exec("SELECT state, count(*) FROM jobs GROUP BY state");
        nlohmann::json byState = {{"queued", 0}, {"running", 0}, {"done", 0}, {"dead", 0}};
        for (int r = 0; r < counts.rows(); ++r)
            byState[counts.text(r, 0)] = counts.integer(r, 1);
        nlohmann::json body = {{"jobs", jobs}, {"counts", byState}};
        if (rows.rows() == limit)
            body["next_before"] = jobs.back()["id"];
        return HttpResponse::json(200, body);
    });

    ctx.router.add("POST", "/api/v1/admin/jobs/{id}/retry", [&ctx](HttpRequest& req) {
        ctx.auth.requireRole(req, {Role::Admin});
        const std::string& idText = req.param("id");
        char* end = nullptr;
        const long long id = std::strtoll(idText.c_str(), &end, 10);
        if (idText.empty() || *end != '\0' || id <= 0)
            throw notFound("no such job");
        auto conn = ctx.db.acquire();
        if (!retryJob(*conn, id)) {
            const auto row = conn->exec("SELECT state FROM jobs WHERE id = $1", {id});
            if (row.empty())
                throw notFound("no such job");
            throw conflict("job " + idText + " is " + row.text(0, 0) +
                               "; only dead or waiting jobs can be retried",
                           "job_not_retryable");
        }
        const auto rows =
            conn->exec(std::string("SELECT ") + kColumns + " FROM jobs WHERE id = $1", {id});
        return HttpResponse::json(200, jobRow(rows, 0));
    });
}

}  // namespace satchel::server::jobs
