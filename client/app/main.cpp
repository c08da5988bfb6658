// satchel: the desktop app's entry point. Wiring only: options, language, the main window.
#include <QApplication>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

#include "app_options.h"
#include "demo_journey.h"
#include "satchel/i18n/language.h"
#include "satchel/ui/main_window.h"
#include "satchel/version.h"

namespace {
// --help and --version must work with no display (over SSH, in packaging scripts), so they are
// answered by a QCoreApplication that needs no windowing system.
bool onlyPrints(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}
}  // namespace

int main(int argc, char* argv[]) {
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("Satchel"));
        QCoreApplication::setApplicationVersion(QString::fromLatin1(satchel::kVersion));
        satchel::i18n::LanguageSwitcher language;
        language.use(QLocale::system());
        satchel::app::OptionsError error;
        satchel::app::parseAppOptions(app.arguments(), error);  // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Satchel"));
    QApplication::setOrganizationName(QStringLiteral("Satchel"));
    QApplication::setOrganizationDomain(QStringLiteral("satchel.invalid"));
    QApplication::setApplicationVersion(QString::fromLatin1(satchel::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("satchel"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/satchel.png")));

    // The language comes first so that --help is already translated.
    satchel::i18n::LanguageSwitcher language;
    language.use(QLocale::system());

    satchel::app::OptionsError optionsError;
    const auto options = satchel::app::parseAppOptions(app.arguments(), optionsError);
    if (!options) {
        QTextStream(stderr) << "satchel: " << optionsError.message << Qt::endl;
        return 2;
    }
    if (!options->language.isEmpty())
        language.use(QLocale(options->language));

    satchel::ui::MainWindow window;
    window.setServerUrl(options->server);

    if (options->demoJourneyDir.isEmpty()) {
        window.show();
        return app.exec();
    }

    satchel::app::DemoJourney journey(window, language, QDir(options->demoJourneyDir));
    int exitCode = 0;
    QObject::connect(&journey, &satchel::app::DemoJourney::finished, &app,
                     [&](int code, const QString& error) {
                         if (code != 0)
                             QTextStream(stderr) << "satchel: " << error << Qt::endl;
                         exitCode = code;
                         QApplication::exit(code);
                     });
    QTimer::singleShot(0, &journey, &satchel::app::DemoJourney::start);
    app.exec();
    return exitCode;
}
