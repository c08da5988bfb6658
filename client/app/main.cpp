// satchel: the desktop app's entry point. Wiring only: options, language, the controller over
// client/core and the main window.
#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <memory>

#include "app_options.h"
#include "demo_journey.h"
#include "satchel/i18n/language.h"
#include "satchel/ui/app_settings.h"
#include "satchel/ui/main_window.h"
#include "satchel/ui/settings_page.h"
#include "satchel/ui/student_controller.h"
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

#ifdef Q_OS_LINUX
    // The GStreamer backend (the architecture's choice): Qt's FFmpeg backend crashes on
    // machines with no audio device. An explicit QT_MEDIA_BACKEND still wins.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
#endif
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
    const bool demo = !options->demoJourneyDir.isEmpty();
    // The demo never reads nor writes the student's settings: its pictures are reproducible.
    std::unique_ptr<QTemporaryDir> demoConfig;
    if (demo)
        demoConfig = std::make_unique<QTemporaryDir>();
    satchel::ui::AppSettings settings(
        demo ? QDir(demoConfig->path()).filePath(QStringLiteral("satchel.ini")) : QString());
    if (!options->language.isEmpty())
        language.use(QLocale(options->language));
    else if (!settings.language().isEmpty())
        language.use(QLocale(settings.language()));

    // The demo starts from a blank device every time, so its pictures are reproducible.
    std::unique_ptr<QTemporaryDir> demoData;
    QString dataDir = options->dataDir;
    if (dataDir.isEmpty() && demo) {
        demoData = std::make_unique<QTemporaryDir>();
        dataDir = demoData->path();
    }
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    satchel::ui::ControllerOptions controllerOptions;
    controllerOptions.dataDir = dataDir;
    controllerOptions.contentStore = settings.downloadFolder();
    controllerOptions.bandwidthLimit = settings.bandwidthLimit();
    controllerOptions.rememberSignIn = !demo;
    satchel::ui::StudentController controller(controllerOptions);
    satchel::ui::MainWindow window;
    window.attach(controller, &settings);
    const QUrl server = options->server.isEmpty() ? settings.server() : options->server;
    window.setServerUrl(server);
    QObject::connect(
        &controller, &satchel::ui::StudentController::failed, &app,
        [](const QString& message) { QTextStream(stderr) << "satchel: " << message << Qt::endl; });
    // The server signed in to is the one the next start restores the sign-in for.
    QObject::connect(&controller, &satchel::ui::StudentController::signedInChanged, &app,
                     [&](bool in) {
                         if (in)
                             settings.setServer(controller.server());
                     });
    QObject::connect(window.settingsPage(), &satchel::ui::SettingsPage::languageChosen, &app,
                     [&](const QString& code) {
                         language.use(code.isEmpty() ? QLocale::system() : QLocale(code));
                     });
    // Without a keychain entry this simply ends at the sign-in page.
    controller.start(demo ? QUrl() : server);

    if (!demo) {
        window.show();
        return app.exec();
    }

    satchel::app::DemoJourney journey(window, options->server.isEmpty() ? nullptr : &controller,
                                      language, QDir(options->demoJourneyDir));
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
