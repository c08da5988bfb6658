#include "app_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include "satchel/i18n/language.h"

namespace satchel::app {

std::optional<AppOptions> parseAppOptions(const QStringList& arguments, OptionsError& error) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("satchel", "Satchel: offline-first learning."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate("satchel",
                                    "The sync server to use, e.g. https://school.example."),
        QStringLiteral("URL"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QCoreApplication::translate("satchel", "The UI language (%1); default: the system's.")
            .arg(i18n::availableLanguages().join(QStringLiteral(", "))),
        QStringLiteral("CODE"));
    const QCommandLineOption demoJourney(
        QStringLiteral("demo-journey"),
        QCoreApplication::translate(
            "satchel", "Show each screen, save a screenshot of it into DIR, and quit."),
        QStringLiteral("DIR"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("satchel", "Keep the local database and downloads in DIR."),
        QStringLiteral("DIR"));
    parser.addOptions({server, language, demoJourney, dataDir});
    parser.process(arguments);  // exits on --help, --version and unknown options

    AppOptions options;
    if (parser.isSet(server)) {
        options.server = QUrl::fromUserInput(parser.value(server));
        const QString scheme = options.server.scheme();
        if (!options.server.isValid() || options.server.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            error.message = QCoreApplication::translate("satchel", "Not a server address: %1")
                                .arg(parser.value(server));
            return std::nullopt;
        }
    }
    if (parser.isSet(language)) {
        options.language = parser.value(language);
        if (!i18n::availableLanguages().contains(options.language)) {
            error.message =
                QCoreApplication::translate("satchel", "Unknown language '%1'; choose one of: %2")
                    .arg(options.language, i18n::availableLanguages().join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    options.demoJourneyDir = parser.value(demoJourney);
    options.dataDir = parser.value(dataDir);
    return options;
}

}  // namespace satchel::app
