#include <iostream>

#include "app/commands.h"
#include "db/migrations.h"

namespace satchel::server {
namespace {

int migrateReporting(const Settings& settings, bool verbose) {
    try {
        PgConnection conn(settings.databaseUrl);
        const auto report = migrate(conn);
        if (!verbose)
            return 0;
        if (report.from == report.to)
            std::cout << "schema already current (version " << report.to << ")\n";
        else
            std::cout << "migrated schema from version " << report.from << " to " << report.to
                      << "\n";
        return 0;
    } catch (const SchemaTooNew& e) {
        std::cerr << "satchel-syncd: " << e.what() << "\n";
        return 3;
    } catch (const DatabaseUnavailable& e) {
        std::cerr << "satchel-syncd: " << e.what() << "\n";
        return 2;
    } catch (const DatabaseError& e) {
        std::cerr << "satchel-syncd: migration failed: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace

int runMigrate(const Settings& settings) {
    return migrateReporting(settings, true);
}

int prepareDatabase(const Settings& settings) {
    return migrateReporting(settings, false);
}

}  // namespace satchel::server
