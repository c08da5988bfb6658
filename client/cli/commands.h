#pragma once
// satchel-cli's commands. Each runs asynchronously on the context and ends with finish().

#include <QStringList>

#include "cli_context.h"

namespace satchel::cli {

void login(CliContext& ctx, const QStringList& args);  // login EMAIL (password on stdin)
void logout(CliContext& ctx, const QStringList& args);
void courses(CliContext& ctx, const QStringList& args);  // the catalog
void enroll(CliContext& ctx, const QStringList& args);   // enroll COURSE_ID
void sync(CliContext& ctx, const QStringList& args);     // push the outbox, pull
void status(CliContext& ctx, const QStringList& args);   // outbox and needs-attention list
// watch COURSE_ID LESSON_ID DURATION_MS FROM_MS TO_MS: plays [FROM, TO) through the
// PlaybackTracker as a player would (offline; `sync` sends it).
void watch(CliContext& ctx, const QStringList& args);
// progress LESSON_ID: watched percent, resume position and time spent as stored locally.
void progress(CliContext& ctx, const QStringList& args);

}  // namespace satchel::cli
