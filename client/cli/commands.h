#pragma once
// satchel-cli's commands. Each runs asynchronously on the context and ends with finish().

#include <QStringList>
#include <optional>

#include "cli_context.h"

namespace satchel::cli {

// Shared by the commands: the id in `text`, or nullopt after telling the user.
std::optional<Uuid> parseId(CliContext& ctx, const QString& text);
// True when args has exactly `count` words; otherwise prints the usage and finishes (kUsage).
bool needArgs(CliContext& ctx, const QStringList& args, int count, const char* usage);

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
// download COURSE_ID [--wait] [--limit BYTES_PER_S] [--verify] (cmd_download.cpp)
void download(CliContext& ctx, const QStringList& args);
// quiz COURSE_ID LESSON_ID [--answers FILE|-] (cmd_quiz.cpp)
void quiz(CliContext& ctx, const QStringList& args);
// import FILE.satchel (cmd_import.cpp)
void importArchive(CliContext& ctx, const QStringList& args);
// remove COURSE_ID: deletes the offline copy, keeping assets other courses use (cmd_remove.cpp)
void remove(CliContext& ctx, const QStringList& args);

}  // namespace satchel::cli
