// client-download-bench URL SHA256 SIZE STORE [RUNS]
//
// Downloads the asset at URL with the DownloadManager into the content store STORE (written,
// SHA-256-verified and moved into place, as the app does) RUNS times (default 3), deleting the
// stored copy between runs, and prints one line per run: "<MiB/s> <seconds>". Exit 1 when a
// download fails or the result is not SIZE bytes.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

#include "satchel/client/download_manager.h"

using satchel::client::DownloadError;
using satchel::client::DownloadManager;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: client-download-bench URL SHA256 SIZE STORE [RUNS]\n");
        return 2;
    }
    const QUrl url(args[1]);
    const QString sha256 = args[2];
    const qint64 size = args[3].toLongLong();
    const QString store = args[4];
    const int runs = args.size() > 5 ? args[5].toInt() : 3;

    DownloadManager manager(store, [url](const QString&, const QString&,
                                         DownloadManager::UrlReply reply) { reply(url); });
    QElapsedTimer clock;
    int run = 0;
    int status = 0;
    auto next = [&] {
        QFile::remove(manager.finalPath(sha256));
        clock.start();
        manager.enqueue({sha256, size, QStringLiteral("bench"), 0, false});
    };
    QObject::connect(&manager, &DownloadManager::finished, &app,
                     [&](const QString&, const QString&) {
                         const double seconds = clock.nsecsElapsed() / 1e9;
                         if (QFileInfo(manager.finalPath(sha256)).size() != size) {
                             std::fprintf(stderr, "client-download-bench: wrong size\n");
                             status = 1;
                             return app.exit(1);
                         }
                         std::printf("%.1f %.3f\n", size / 1048576.0 / seconds, seconds);
                         std::fflush(stdout);
                         if (++run < runs)
                             return next();
                         QFile::remove(manager.finalPath(sha256));
                         app.exit(0);
                     });
    QObject::connect(&manager, &DownloadManager::failed, &app,
                     [&](const QString&, const QString&, const DownloadError& error) {
                         std::fprintf(stderr, "client-download-bench: %s: %s\n",
                                      qPrintable(toString(error.kind)), qPrintable(error.message));
                         status = 1;
                         app.exit(1);
                     });
    QTimer::singleShot(0, &app, next);
    const int rc = app.exec();
    return status != 0 ? status : rc;
}
