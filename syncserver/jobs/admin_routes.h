#pragma once
// Admin routes of the job queue:
//   GET  /api/v1/admin/jobs?state=dead|queued|running|done&type=T&before=ID&limit=N
//        newest first, with per-state counts; `before` pages back through older ids.
//   POST /api/v1/admin/jobs/{id}/retry   a dead (or waiting) job runs again with a fresh budget.
// Both need the admin role.

#include "app/context.h"

namespace satchel::server::jobs {

void registerJobAdminRoutes(ServerContext& ctx);

}  // namespace satchel::server::jobs
