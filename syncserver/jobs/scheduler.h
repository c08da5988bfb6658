#pragma once
// Scheduled jobs, run once across all instances. The schedules live in table job_schedules;
// any instance with workers calls enqueueDueSchedules() every few seconds. It locks the due
// rows with FOR UPDATE SKIP LOCKED, enqueues each one's job (deduplicated by schedule name and
// slot) and advances next_run_at in the same transaction, so two instances never both fire
// the same slot.

#include <vector>

#include "db/connection.h"
#include "jobs/registry.h"

namespace satchel::server::jobs {

// Writes the registered schedules into job_schedules: new ones start at their next slot, changed
// ones keep their next_run_at unless the kind of schedule changed. Safe to run from several
// instances at once.
void syncSchedules(PgConnection& conn, const std::vector<Schedule>& schedules);

// Fires every due schedule once; returns how many jobs it enqueued. Runs its own transaction.
int enqueueDueSchedules(PgConnection& conn);

}  // namespace satchel::server::jobs
