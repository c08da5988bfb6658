#pragma once
// Test-only job types, for the integration tests and the benchmark that need a handler they
// control. They exist only when the hidden environment variable SATCHEL_TEST_JOBS_LOG names a
// file (it is deliberately not a documented setting: production servers never have them).
//
//   test.noop    does nothing
//   test.record  appends "<job id> <pid> <attempt>\n" to the log file (one write, O_APPEND)
//   test.fail    always fails (retried, then dead-lettered)
//   test.sleep   sleeps payload.ms milliseconds, then records like test.record
// and the schedule "test.tick" (every payload-less 2 s, job type test.record) when
// SATCHEL_TEST_JOBS_TICK is set.

#include "jobs/registry.h"

namespace satchel::server::jobs {

// Adds the test types when SATCHEL_TEST_JOBS_LOG is set; otherwise does nothing.
void addTestHandlersIfEnabled(JobRegistry& registry);

}  // namespace satchel::server::jobs
