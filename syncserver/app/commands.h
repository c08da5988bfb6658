#pragma once
// The administrative commands of satchel-syncd besides `serve`. Each returns the process exit
// status (0 success, 1 failure, 2 database unreachable, 3 schema too new, 64 usage) and
// prints what an operator needs on stdout/stderr. All of them migrate the database first.

#include <string>
#include <vector>

#include "app/settings.h"

namespace satchel::server {

// `migrate`: apply pending migrations and exit.
int runMigrate(const Settings& settings);
// `create-user --role student|instructor|admin --username NAME [--display-name TEXT]`; the
// password is the first line of standard input.
int runCreateUser(const Settings& settings, const std::vector<std::string>& args);
// `user list | set-role NAME ROLE | disable NAME | enable NAME`
int runUserCommand(const Settings& settings, const std::vector<std::string>& args);
// `load-demo DIR`: the demo instructor and student, and DIR's course published and enrolled.
int runLoadDemo(const Settings& settings, const std::vector<std::string>& args);
// `routes`: every registered route as "METHOD PATTERN", one per line.
int runListRoutes(const Settings& settings);

// Shared by the commands: migrates through one connection, mapping failures to exit codes.
// Returns 0 when the schema is current.
int prepareDatabase(const Settings& settings);

}  // namespace satchel::server
