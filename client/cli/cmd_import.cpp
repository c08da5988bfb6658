// import FILE.satchel
//
// Makes a course available offline from a single file, with no server at all: shared's
// archive reader validates the archive (entry names, sizes, ratios, the manifest, every
// asset's SHA-256) and the OfflineLibrary moves the assets into the content store and records
// the course. Afterwards `watch` and `quiz` work; what the student does waits in the outbox
// until a `sync` finds a server.
//
// Output: "imported COURSE_ID vVERSION TITLE (N assets)". Exit 1 for an invalid archive.
#include "commands.h"
#include "satchel/client/offline_library.h"

namespace satchel::cli {

void importArchive(CliContext& ctx, const QStringList& args) {
    if (!needArgs(ctx, args, 1, "import FILE.satchel"))
        return;
    client::OfflineLibrary library(ctx.store(), ctx.contentRoot());
    auto imported = library.importArchive(args[0]);
    if (!imported) {
        ctx.err() << "satchel-cli: cannot import " << args[0] << ": "
                  << client::toString(imported.error().kind) << ": " << imported.error().message
                  << Qt::endl;
        return ctx.finish(kFailed);
    }
    ctx.out() << "imported " << QString::fromStdString(imported->courseId.toString()) << " v"
              << imported->version << ' ' << QString::fromStdString(imported->title) << " ("
              << imported->assets.size() << " assets)" << Qt::endl;
    ctx.finish(kOk);
}

}  // namespace satchel::cli
