#include "jobs/scheduler.h"

#include "jobs/queue.h"

namespace satchel::server::jobs {
namespace {

// The slot after now for a schedule row ($1 period seconds, $2 daily minute; one is NULL).
constexpr const char* kNextSlot =
    "CASE WHEN $1::integer IS NOT NULL THEN now() + make_interval(secs => $1::integer)"
    " ELSE (date_trunc('day', now() AT TIME ZONE 'UTC') + make_interval(mins => $2::integer)"
    "       + CASE WHEN date_trunc('day', now() AT TIME ZONE 'UTC') + make_interval(mins => "
    "$2::integer)"
    "                   <= now() AT TIME ZONE 'UTC' THEN interval '1 day' ELSE interval '0' END)"
    "      AT TIME ZONE 'UTC' END";

}  // namespace

void syncSchedules(PgConnection& conn, const std::vector<Schedule>& schedules) {
    for (const auto& s : schedules) {
        const PgParam period =
            s.every ? PgParam(static_cast<long long>(s.every->count())) : PgParam();
        const PgParam minute = s.dailyAtMinuteUtc ? PgParam(*s.dailyAtMinuteUtc) : PgParam();
        conn.exec(
            std::string(
                "INSERT INTO job_schedules (name, job_type, payload, period_seconds, daily_minute,"
                " next_run_at) VALUES ($3, $4, $5::jsonb, $1::integer, $2::integer, ") +
                kNextSlot +
                ") ON CONFLICT (name) DO UPDATE SET job_type = EXCLUDED.job_type, payload = "
                "EXCLUDED.payload,"
                " period_seconds = EXCLUDED.period_seconds, daily_minute = EXCLUDED.daily_minute,"
                " next_run_at = CASE WHEN (job_schedules.period_seconds IS NULL)"
                "   = (EXCLUDED.period_seconds IS NULL) THEN job_schedules.next_run_at"
                "   ELSE EXCLUDED.next_run_at END",
            {period, minute, s.name, s.jobType, s.payload.dump()});
    }
}

int enqueueDueSchedules(PgConnection& conn) {
    Transaction tx(conn);
    const auto due = conn.exec(
        "SELECT name, job_type, payload::text, period_seconds, daily_minute,"
        " floor(extract(epoch FROM next_run_at))::bigint"
        " FROM job_schedules WHERE next_run_at <= now() FOR UPDATE SKIP LOCKED");
    int enqueued = 0;
    for (int r = 0; r < due.rows(); ++r) {
        const std::string name = due.text(r, 0);
        EnqueueOptions options;
        options.dedupKey = "schedule:" + name + ":" + due.text(r, 5);
        if (enqueue(conn, due.text(r, 1), nlohmann::json::parse(due.text(r, 2)), options))
            ++enqueued;
        conn.exec(std::string("UPDATE job_schedules SET last_enqueued_at = now(), next_run_at = ") +
                      kNextSlot + " WHERE name = $3",
                  {due.optionalText(r, 3), due.optionalText(r, 4), name});
    }
    tx.commit();
    return enqueued;
}

}  // namespace satchel::server::jobs
