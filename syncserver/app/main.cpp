// satchel-syncd: the Satchel sync server. See `satchel-syncd --help`.
#include <csignal>
#include <iostream>
#include <string>
#include <vector>

#include "app/commands.h"
#include "app/routes.h"
#include "app/server.h"
#include "app/settings.h"
#include "auth/authenticator.h"
#include "satchel/version.h"

namespace satchel::server {

int runListRoutes(const Settings& settings) {
    PgPool pool(settings.databaseUrl, 1, std::chrono::seconds(1));  // never connects here
    Router router;
    Metrics metrics;
    Readiness readiness;
    Authenticator auth(pool, settings.accessTokenTtl);
    ServerContext ctx{settings, pool, router, metrics, readiness, auth, nullptr};
    registerAllRoutes(ctx);
    for (const auto& route : router.routes())
        std::cout << route.method << " " << route.pattern << "\n";
    return 0;
}

}  // namespace satchel::server

namespace {

void printHelp() {
    std::cout
        << "satchel-syncd " << satchel::kVersion << " - the Satchel sync server\n\n"
        << "Usage: satchel-syncd COMMAND [ARGS...] [SETTINGS...]\n\n"
        << "Commands:\n"
        << "  serve                     migrate the database (retrying until PostgreSQL answers) "
           "and serve\n"
        << "                            HTTP until SIGTERM\n"
        << "  migrate                   apply pending database migrations and exit\n"
        << "  create-user --role student|instructor|admin --username NAME [--display-name TEXT]\n"
        << "                            create an account; the password is read from standard "
           "input\n"
        << "  user list                 list accounts\n"
        << "  user set-role NAME ROLE   change an account's role\n"
        << "  user disable NAME         disable an account and end its sessions at once\n"
        << "  user enable NAME          enable it again\n"
        << "  load-demo DIR             demo instructor and student (demo / demo-password) and "
           "the\n"
        << "                            course in DIR (course.json), published and enrolled\n"
        << "  routes                    print every HTTP route the server registers\n"
        << "  --help, --version\n\n"
        << "Settings (each a flag or an environment variable; a flag wins):\n"
        << satchel::server::settingsHelp();
}

}  // namespace

int main(int argc, char** argv) {
    using namespace satchel::server;
    // A client that closes its connection while a blob is being sent (a paused or cancelled
    // download) makes the listener's sendfile(2) hit a closed socket. sendfile has no
    // MSG_NOSIGNAL: without this, SIGPIPE's default action killed the whole server (issue #9's
    // intermittent ui_student_app_test failure). Ignored, the call fails with EPIPE and only
    // that connection is closed.
    std::signal(SIGPIPE, SIG_IGN);
    std::vector<std::string> args(argv + 1, argv + argc);
    for (const auto& a : args) {
        if (a == "--help" || a == "-h") {
            printHelp();
            return 0;
        }
        if (a == "--version") {
            std::cout << "satchel-syncd " << satchel::kVersion << " (protocol "
                      << satchel::kProtocolVersion << ")\n";
            return 0;
        }
    }
    Settings settings;
    try {
        settings = loadSettings(args);
    } catch (const SettingsError& e) {
        std::cerr << "satchel-syncd: " << e.what() << "\n";
        return 64;
    }
    if (args.empty()) {
        printHelp();
        return 64;
    }
    const std::string command = args.front();
    args.erase(args.begin());
    if (command == "serve" && args.empty())
        return runServe(settings, &registerAllRoutes);
    if (command == "migrate" && args.empty())
        return runMigrate(settings);
    if (command == "routes" && args.empty()) {
        // Modules read their own settings when they register routes; a bad value is a usage
        // error here as it is for serve, never an abort.
        try {
            return runListRoutes(settings);
        } catch (const std::exception& e) {
            std::cerr << "satchel-syncd: " << e.what() << "\n";
            return 64;
        }
    }
    if (command == "create-user")
        return runCreateUser(settings, args);
    if (command == "user")
        return runUserCommand(settings, args);
    if (command == "load-demo")
        return runLoadDemo(settings, args);
    std::cerr << "satchel-syncd: unknown command or argument: " << command
              << (args.empty() ? "" : " " + args.front()) << " (see --help)\n";
    return 64;
}
