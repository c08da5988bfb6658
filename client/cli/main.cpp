// satchel-cli: drives client/core from a command line. Commands arrive with the Client core
// issue (login, courses, download, sync, ...); today it reports its version.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "satchel/version.h"

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("satchel-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(satchel::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Satchel's client from a command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
    parser.process(app);  // exits on --help, --version and unknown options

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        parser.showHelp(2);
    }
    QTextStream(stderr) << "satchel-cli: unknown command '" << positional.first() << "'"
                        << Qt::endl;
    return 2;
}
