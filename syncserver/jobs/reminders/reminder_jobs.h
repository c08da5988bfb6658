#pragma once
// Reminders (job "reminders.send", scheduled daily at --reminder-time UTC). A student enrolled
// in a published course they have not finished (no certificate) and have not touched for the
// course's reminder_inactive_days (a course setting, PATCH /api/v1/courses/{id}; 0 turns them
// off for the course) or else --reminder-inactive-days days gets one reminder for that course:
// a "course.reminder" push event (which is also the "reminder" notification the sync pull
// delivers) and the "reminder" mail. Students who opted out of mail get no reminders at all; a
// disabled account gets none either. --reminder-inactive-days 0 switches reminders off for the
// whole server.
//
// Last activity is the latest of: enrolment, any lesson state change pushed for the course,
// any quiz attempt submitted in it (server receive times: a device that studied offline and
// never synced looks inactive, which is what a reminder is for).
//
// At most one reminder per student and course per 7 days: table reminders_sent holds the
// last one, and a reminder is claimed by an upsert that only succeeds when that is 7 days old,
// in the same transaction that creates the notification and queues the mail. A job run twice,
// or two jobs at once, therefore remind nobody twice.

#include "jobs/registry.h"

namespace satchel::server::jobs {

inline constexpr const char* kReminderJob = "reminders.send";

struct ReminderSettings {
    int inactiveDays = 7;           // 0: no reminders (the schedule is not registered)
    int dailyAtMinuteUtc = 9 * 60;  // when the daily run is queued
};

// Registers the handler, and the daily schedule unless reminders are off.
void addReminderJobs(JobRegistry& registry, const ReminderSettings& settings);

}  // namespace satchel::server::jobs
