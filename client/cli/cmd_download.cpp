// download COURSE_ID [--wait] [--limit BYTES_PER_S] [--verify]
//
// Records the course's latest version for offline use (its manifest in the LocalStore) and,
// with --wait, downloads every missing asset now through the DownloadManager into the data
// folder's content store, printing progress; without --wait it only reports what is missing
// (the app downloads it). Killed at any moment, the next run resumes from the bytes on disk.
// --verify re-hashes the assets already stored and downloads damaged ones again.
//
// Output lines: "course ...", then "progress DONE TOTAL BYTES_PER_S SECONDS_LEFT" (at most
// four a second), "damaged SHA256" for a stored copy that failed verification, "failed SHA256
// KIND MESSAGE", and "downloaded N assets, B bytes from the network". Exit 0 when every asset
// is in the store and verified.
#include <QPointer>
#include <memory>

#include "cli_args.h"
#include "commands.h"
#include "satchel/client/download_manager.h"
#include "satchel/client/offline_library.h"

namespace satchel::cli {
namespace {

constexpr const char* kUsageText = "download COURSE_ID [--wait] [--limit BYTES_PER_S] [--verify]";

struct Options {
    Uuid courseId;
    bool wait = false;
    bool verify = false;
    qint64 bytesPerSecond = 0;
};

void fetchAssets(CliContext& ctx, const CourseManifest& manifest, std::vector<Asset> assets,
                 const Options& options) {
    const Uuid courseId = manifest.courseId;
    const std::uint32_t version = manifest.version;
    QPointer<CliContext> context(&ctx);
    auto urls = [context, courseId, version](const QString& sha256, const QString&,
                                             client::DownloadManager::UrlReply reply) {
        if (!context)
            return reply(std::nullopt);
        context->api().assetUrl(
            courseId, version, sha256.toStdString(), context,
            [reply](client::ApiResult<AssetUrlResponse> r) {
                reply(r ? std::optional<QUrl>(QUrl(QString::fromStdString(r->url))) : std::nullopt);
            });
    };
    auto* manager = new client::DownloadManager(ctx.contentRoot(), urls, &ctx);
    manager->setBandwidthLimit(options.bytesPerSecond);
    struct Tally {
        std::size_t assets = 0;
        std::size_t remaining = 0;
        std::size_t failures = 0;
    };
    auto tally = std::make_shared<Tally>();
    tally->assets = tally->remaining = assets.size();
    auto oneDone = [&ctx, manager, tally] {
        if (--tally->remaining > 0)
            return;
        ctx.out() << "downloaded " << (tally->assets - tally->failures) << " assets, "
                  << manager->networkBytes() << " bytes from the network" << Qt::endl;
        ctx.finish(tally->failures == 0 ? kOk : kFailed);
    };
    QObject::connect(manager, &client::DownloadManager::progress, &ctx,
                     [&ctx](const QString&, qint64 done, qint64 total, double rate, qint64 left) {
                         ctx.out() << "progress " << done << ' ' << total << ' '
                                   << static_cast<qint64>(rate) << ' ' << left << Qt::endl;
                     });
    QObject::connect(manager, &client::DownloadManager::storedCopyDamaged, &ctx,
                     [&ctx](const QString& sha256, const QString&) {
                         ctx.out() << "damaged " << sha256 << Qt::endl;
                     });
    QObject::connect(manager, &client::DownloadManager::finished, &ctx, oneDone);
    QObject::connect(manager, &client::DownloadManager::failed, &ctx,
                     [&ctx, tally, oneDone](const QString& sha256, const QString&,
                                            const client::DownloadError& error) {
                         ++tally->failures;
                         ctx.err() << "failed " << sha256 << ' ' << client::toString(error.kind)
                                   << ' ' << error.message << Qt::endl;
                         oneDone();
                     });
    const QString group = QString::fromStdString(courseId.toString());
    for (const Asset& asset : assets)
        manager->enqueue({QString::fromStdString(asset.sha256), static_cast<qint64>(asset.size),
                          group, 0, options.verify});
}

void storeAndFetch(CliContext& ctx, const CourseManifest& manifest, const Options& options) {
    if (auto saved = ctx.store().saveOfflineCourse(manifest, client::OfflineSource::Server);
        !saved) {
        ctx.err() << "satchel-cli: " << saved.error().message << Qt::endl;
        return ctx.finish(kFailed);
    }
    client::OfflineLibrary library(ctx.store(), ctx.contentRoot());
    std::vector<Asset> wanted = options.verify ? manifest.assets : library.missingAssets(manifest);
    std::uint64_t missingBytes = 0;
    std::size_t missing = 0;
    for (const Asset& asset : wanted) {
        if (!library.hasAsset(asset.sha256)) {
            missingBytes += asset.size;
            ++missing;
        }
    }
    ctx.out() << "course " << QString::fromStdString(manifest.title) << " v" << manifest.version
              << ": " << missing << " of " << manifest.assets.size() << " assets missing ("
              << missingBytes << " bytes)" << Qt::endl;
    if (wanted.empty())
        return ctx.finish(kOk);
    if (!options.wait) {
        ctx.out() << "kept for offline use; run `download --wait` to fetch it now" << Qt::endl;
        return ctx.finish(kOk);
    }
    ctx.whenCredentialsSaved([&ctx, manifest, wanted = std::move(wanted), options]() mutable {
        fetchAssets(ctx, manifest, std::move(wanted), options);
    });
}

}  // namespace

void download(CliContext& ctx, const QStringList& arguments) {
    QStringList args = arguments;
    Options options;
    options.wait = takeFlag(args, QStringLiteral("--wait"));
    options.verify = takeFlag(args, QStringLiteral("--verify"));
    if (const auto limit = takeOption(args, QStringLiteral("--limit"))) {
        bool ok = false;
        options.bytesPerSecond = limit->toLongLong(&ok);
        if (!ok || options.bytesPerSecond < 0)
            args << *limit;  // reported as a usage error below
    }
    if (!needArgs(ctx, args, 1, kUsageText))
        return;
    const auto courseId = parseId(ctx, args[0]);
    if (!courseId)
        return ctx.finish(kUsage);
    options.courseId = *courseId;
    ctx.restoreSession([&ctx, options] {
        ctx.api().catalog(&ctx, [&ctx, options](client::ApiResult<CatalogResponse> catalog) {
            if (!catalog)
                return ctx.finish(ctx.exitCodeFor(catalog.error()));
            const CourseSummary* course = nullptr;
            for (const CourseSummary& c : catalog->courses)
                if (c.courseId == options.courseId)
                    course = &c;
            if (!course || !course->enrolled || course->latestVersion == 0) {
                ctx.err() << "satchel-cli: not enrolled in a published course "
                          << QString::fromStdString(options.courseId.toString()) << Qt::endl;
                return ctx.finish(kFailed);
            }
            ctx.api().manifest(options.courseId, course->latestVersion, &ctx,
                               [&ctx, options](client::ApiResult<CourseManifest> manifest) {
                                   if (!manifest)
                                       return ctx.finish(ctx.exitCodeFor(manifest.error()));
                                   storeAndFetch(ctx, *manifest, options);
                               });
        });
    });
}

}  // namespace satchel::cli
