// satchel-cli: client/core from a command line (no widgets), for scripts, tests and support.
// --data-dir makes one machine act as several devices.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <map>

#include "cli_context.h"
#include "commands.h"
#include "satchel/version.h"

namespace {
using Command = void (*)(satchel::cli::CliContext&, const QStringList&);
const std::map<QString, Command> kCommands = {
    {QStringLiteral("login"), satchel::cli::login},
    {QStringLiteral("logout"), satchel::cli::logout},
    {QStringLiteral("courses"), satchel::cli::courses},
    {QStringLiteral("enroll"), satchel::cli::enroll},
    {QStringLiteral("sync"), satchel::cli::sync},
    {QStringLiteral("status"), satchel::cli::status},
    {QStringLiteral("watch"), satchel::cli::watch},
    {QStringLiteral("progress"), satchel::cli::progress},
    {QStringLiteral("download"), satchel::cli::download},
    {QStringLiteral("quiz"), satchel::cli::quiz},
    {QStringLiteral("import"), satchel::cli::importArchive},
    {QStringLiteral("remove"), satchel::cli::remove},
};
}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("satchel-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(satchel::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Satchel's client from a command line.\n\nCommands (options of the command after "
        "its name):\n"
        "  login EMAIL                password on standard input\n"
        "  logout\n"
        "  courses                    the catalog\n"
        "  enroll COURSE_ID\n"
        "  download COURSE_ID [--wait] [--limit BYTES_PER_S] [--verify]\n"
        "                             keep the course offline; --wait downloads it now\n"
        "  import FILE.satchel        a course from a file, no server needed\n"
        "  remove COURSE_ID           delete the offline copy (shared assets stay)\n"
        "  watch COURSE_ID LESSON_ID DURATION_MS FROM_MS TO_MS\n"
        "  quiz COURSE_ID LESSON_ID [--answers FILE|-]\n"
        "                             list the quiz, or answer it from a JSON object\n"
        "  progress LESSON_ID\n"
        "  sync                       push the outbox, pull\n"
        "  status                     outbox, needs attention, offline courses"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("The device's data folder."),
        QStringLiteral("DIR"),
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("The sync server (remembered in DIR)."),
                                    QStringLiteral("URL"));
    parser.addOptions({dataDir, server});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
    // Everything after the command name is the command's own (e.g. download --wait).
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(app);  // exits on --help, --version and unknown options

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        parser.showHelp(satchel::cli::kUsage);
    const QString name = positional.takeFirst();
    const auto command = kCommands.find(name);
    if (command == kCommands.end()) {
        QTextStream(stderr) << "satchel-cli: unknown command '" << name << "' (see --help)"
                            << Qt::endl;
        return satchel::cli::kUsage;
    }
    QString error;
    auto ctx = satchel::cli::CliContext::open(parser.value(dataDir), parser.value(server), error);
    if (!ctx) {
        QTextStream(stderr) << "satchel-cli: " << error << Qt::endl;
        return satchel::cli::kFailed;
    }
    QTimer::singleShot(0, ctx.get(), [&] { command->second(*ctx, positional); });
    return app.exec();
}
