#pragma once
// The sync module's routes (docs/sync.md, docs/api/openapi.yaml):
//
//   POST /api/v1/sync/push                 a device's batch of events and attempts -> acks
//   GET  /api/v1/sync/pull?cursor=&limit=  one page of the caller's feed
//   GET  /api/v1/courses/{id}/progress     the course's progress report (its instructors)
//   GET  /api/v1/courses/{id}/progress.csv the same as CSV
//   GET  /api/v1/courses/trending          most active courses and lessons of the last 7 days

#include "app/context.h"

namespace satchel::server {

// Reads the --sync-* / SATCHEL_SYNC_* settings (sync/sync_settings.h); throws
// SyncSettingsError for a bad value.
void registerSyncRoutes(ServerContext& ctx);

}  // namespace satchel::server
