// satchel-syncd: the Satchel sync server. See `satchel-syncd --help`.
#include <iostream>
#include <string>
#include <vector>

#include "app/commands.h"
#include "app/server.h"
#include "app/settings.h"
#include "satchel/version.h"

namespace {

void printHelp() {
    std::cout << "satchel-syncd " << satchel::kVersion << " - the Satchel sync server\n\n"
              << "Usage: satchel-syncd COMMAND [SETTINGS...]\n\n"
              << "Commands:\n"
              << "  serve                     migrate the database (retrying until PostgreSQL answers) and serve HTTP\n"
              << "  migrate                   apply pending database migrations and exit\n"
              << "  --help, --version\n\n"
              << "Settings (each a flag or an environment variable; a flag wins):\n"
              << satchel::server::settingsHelp();
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    for (const auto& a : args) {
        if (a == "--help" || a == "-h") {
            printHelp();
            return 0;
        }
        if (a == "--version") {
            std::cout << "satchel-syncd " << satchel::kVersion << " (protocol " << satchel::kProtocolVersion << ")\n";
            return 0;
        }
    }
    satchel::server::Settings settings;
    try {
        settings = satchel::server::loadSettings(args);
    } catch (const satchel::server::SettingsError& e) {
        std::cerr << "satchel-syncd: " << e.what() << "\n";
        return 64;
    }
    if (args.empty()) {
        printHelp();
        return 64;
    }
    const std::string command = args.front();
    args.erase(args.begin());
    if (command == "serve" && args.empty()) return satchel::server::runServe(settings);
    if (command == "migrate" && args.empty()) return satchel::server::runMigrate(settings);
    std::cerr << "satchel-syncd: unknown command or argument: " << command
              << (args.empty() ? "" : " " + args.front()) << " (see --help)\n";
    return 64;
}
