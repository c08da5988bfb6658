#pragma once
// The app's command line: --server URL, --lang CODE, --data-dir DIR, --demo-journey DIR (plus
// --help and --version from QCommandLineParser).

#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace satchel::app {

struct AppOptions {
    QUrl server;             // empty: use the one from settings, or ask at first run
    QString language;        // empty: the system's language
    QString demoJourneyDir;  // non-empty: take screenshots into it and quit
    QString dataDir;         // empty: the platform's app data folder (a fresh temporary
                             // one for --demo-journey)
};

struct OptionsError {
    QString message;  // already translated, for the terminal
};

// Parses `arguments` (argv as QStrings). --help and --version print and exit the process, as
// QCommandLineParser does; anything invalid comes back as an OptionsError.
std::optional<AppOptions> parseAppOptions(const QStringList& arguments, OptionsError& error);

}  // namespace satchel::app
