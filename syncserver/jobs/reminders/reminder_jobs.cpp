#include "jobs/reminders/reminder_jobs.h"

#include "app/log.h"
#include "jobs/mail/mail_jobs.h"

namespace satchel::server::jobs {
namespace {

// Students reminded per transaction: each one locks the student's push sequence until commit,
// so a transaction stays short.
constexpr int kChunk = 200;

// Claims up to kChunk due reminders ($1 the server's inactive days, for courses without their
// own reminder_inactive_days) and returns user, course, title, whole
// days since the last activity and the claim's time (Unix microseconds, names the mail's effect:
// two claims of one student and course must never share a name, or the second mail would be
// taken for the first and dropped).
// The upsert's WHERE makes the claim race-free.
constexpr const char* kClaimDue = R"SQL(
WITH activity AS (
    SELECT e.user_id, e.course_id, c.title,
           coalesce(c.reminder_inactive_days, $1::integer) AS inactive_days,
           greatest(e.enrolled_at,
                    (SELECT max(s.updated_at) FROM lesson_states s
                      WHERE s.user_id = e.user_id AND s.course_id = e.course_id),
                    (SELECT max(a.received_at) FROM quiz_attempts a
                      WHERE a.user_id = e.user_id AND a.course_id = e.course_id)) AS last_active
      FROM enrollments e
      JOIN courses c ON c.id = e.course_id
      JOIN users u ON u.id = e.user_id
     WHERE c.latest_version > 0 AND c.archived_at IS NULL AND NOT u.disabled
       AND e.user_id <> c.owner_id
       AND NOT EXISTS (SELECT 1 FROM certificates x
                        WHERE x.user_id = e.user_id AND x.course_id = e.course_id)
       AND NOT EXISTS (SELECT 1 FROM mail_preferences p
                        WHERE p.user_id = e.user_id AND p.opted_out)
       AND NOT EXISTS (SELECT 1 FROM reminders_sent r
                        WHERE r.user_id = e.user_id AND r.course_id = e.course_id
                          AND r.sent_at > now() - interval '7 days')
), due AS (
    SELECT * FROM activity
     WHERE inactive_days > 0
       AND last_active < now() - make_interval(days => inactive_days)
     ORDER BY last_active
     LIMIT $2::integer
), claimed AS (
    INSERT INTO reminders_sent AS r (user_id, course_id, sent_at)
    SELECT user_id, course_id, now() FROM due
    ON CONFLICT (user_id, course_id) DO UPDATE SET sent_at = EXCLUDED.sent_at
     WHERE r.sent_at <= now() - interval '7 days'
    RETURNING r.user_id, r.course_id
)
SELECT d.user_id::text, d.course_id::text, d.title,
       floor(extract(epoch FROM now() - d.last_active) / 86400)::integer,
       (extract(epoch FROM now()) * 1000000)::bigint
  FROM claimed JOIN due d USING (user_id, course_id)
)SQL";

void remind(PgConnection& conn, const std::string& userId, const std::string& courseId,
            const std::string& title, const std::string& days, const std::string& claimedAt) {
    // The user's notification (push channel and sync pull alike: push_events is the one
    // notification store, 0050_push_notification_store.sql, which titles it from these fields).
    conn.exec("SELECT push_create_event($1::uuid, 'course.reminder', $2::jsonb)",
              {userId, nlohmann::json{{"course_id", courseId},
                                      {"course_title", title},
                                      {"inactive_days", std::stoi(days)}}
                           .dump()});
    enqueueMail(conn, userId, "reminder", {{"course", title}, {"days", days}},
                "reminder:" + userId + ":" + courseId + ":" + claimedAt);
}

}  // namespace

void addReminderJobs(JobRegistry& registry, const ReminderSettings& settings) {
    const int inactiveDays = settings.inactiveDays;
    registry.addHandler(kReminderJob, [inactiveDays](JobContext& ctx) {
        if (inactiveDays <= 0)
            return;  // switched off after this job was queued
        PgConnection& conn = ctx.conn();
        long long reminded = 0;
        for (;;) {
            Transaction tx(conn);
            const auto due = conn.exec(kClaimDue, {inactiveDays, kChunk});
            for (int r = 0; r < due.rows(); ++r)
                remind(conn, due.text(r, 0), due.text(r, 1), due.text(r, 2), due.text(r, 3),
                       due.text(r, 4));
            tx.commit();
            reminded += due.rows();
            if (due.rows() < kChunk)
                break;
        }
        if (reminded > 0)
            logInfo("reminders: " + std::to_string(reminded) + " sent (job " +
                    std::to_string(ctx.job().id) + ")");
    });
    if (settings.inactiveDays > 0)
        registry.addSchedule({"reminders.daily", kReminderJob, nlohmann::json::object(),
                              std::nullopt, settings.dailyAtMinuteUtc});
}

}  // namespace satchel::server::jobs
