#pragma once
// The administrative commands of satchel-syncd besides `serve`. Each returns the process exit
// status and prints what an operator needs on stdout/stderr.

#include <string>
#include <vector>

#include "app/settings.h"

namespace satchel::server {

// `migrate`: apply pending migrations and exit (0 done, 2 database unreachable, 3 too new).
int runMigrate(const Settings& settings);

}  // namespace satchel::server
