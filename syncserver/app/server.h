#pragma once
// `satchel-syncd serve`: builds the router from every module, listens, migrates in the
// background (retrying while PostgreSQL is away) and serves until SIGTERM.

#include "app/context.h"
#include "app/settings.h"

namespace satchel::server {

// Returns the process exit status: 0 after a clean shutdown, 1 when the listener could not
// start, 3 when the database schema is newer than this binary.
int runServe(const Settings& settings, RouteRegistrar registerRoutes);

}  // namespace satchel::server
