// remove COURSE_ID
//
// Deletes the course's offline copy: its manifest and the files of the content store that no
// other offline course uses. Assets shared with another course stay (the content store is
// shared by SHA-256). Progress and the outbox are untouched.
//
// Output: "removed: D files deleted, K kept for other courses, B bytes freed".
#include "commands.h"
#include "satchel/client/offline_library.h"

namespace satchel::cli {

void remove(CliContext& ctx, const QStringList& args) {
    if (!needArgs(ctx, args, 1, "remove COURSE_ID"))
        return;
    const auto courseId = parseId(ctx, args[0]);
    if (!courseId)
        return ctx.finish(kUsage);
    client::OfflineLibrary library(ctx.store(), ctx.contentRoot());
    auto removed = library.removeCourse(*courseId);
    if (!removed) {
        ctx.err() << "satchel-cli: " << client::toString(removed.error().kind) << ": "
                  << removed.error().message << Qt::endl;
        return ctx.finish(kFailed);
    }
    ctx.out() << "removed: " << removed->filesDeleted << " files deleted, " << removed->filesKept
              << " kept for other courses, " << removed->bytesFreed << " bytes freed" << Qt::endl;
    ctx.finish(kOk);
}

}  // namespace satchel::cli
