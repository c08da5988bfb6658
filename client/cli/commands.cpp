#include "commands.h"

#include <QTextStream>

#include "satchel/client/offline_library.h"
#include "satchel/client/playback_tracker.h"
#include "satchel/client/sync_engine.h"

namespace satchel::cli {
std::optional<Uuid> parseId(CliContext& ctx, const QString& text) {
    auto id = Uuid::parse(text.toStdString());
    if (!id)
        ctx.err() << "satchel-cli: not an id: " << text << Qt::endl;
    return id;
}

bool needArgs(CliContext& ctx, const QStringList& args, int count, const char* usage) {
    if (args.size() == count)
        return true;
    ctx.err() << "usage: satchel-cli " << usage << Qt::endl;
    ctx.finish(kUsage);
    return false;
}

void login(CliContext& ctx, const QStringList& args) {
    if (!needArgs(ctx, args, 1, "login EMAIL  (the password is read from standard input)"))
        return;
    QTextStream in(stdin);
    const QString password = in.readLine();
    ctx.api().login(
        args[0].toStdString(), password.toStdString(), "satchel-cli", &ctx,
        [&ctx](client::ApiResult<AuthResponse> r) {
            if (!r)
                return ctx.finish(ctx.exitCodeFor(r.error()));
            // The data folder's progress must be this account's before anything
            // is synced (LocalStore::claimProgress): another account's unsent work
            // refuses the sign-in, and the new session is ended at once.
            auto claim = ctx.store().claimProgress(r->user.id);
            if (!claim) {
                if (claim.error().kind == client::ProgressClaimError::Kind::OtherAccountUnsent) {
                    ctx.err() << "satchel-cli: cannot sign in: " << claim.error().waiting
                              << " change(s) of the account last signed in here have "
                                 "not reached the server; that account must sign in "
                                 "once online and sync to send them"
                              << Qt::endl;
                } else {
                    ctx.err() << "satchel-cli: cannot sign in: the local database "
                                 "failed ("
                              << claim.error().store.message << ")" << Qt::endl;
                }
                ctx.api().logout(&ctx, [&ctx](client::ApiResult<void>) { ctx.finish(kFailed); });
                return;
            }
            ctx.out() << "signed in as " << QString::fromStdString(r->user.displayName) << Qt::endl;
            ctx.finish(kOk);
        });
}

void logout(CliContext& ctx, const QStringList&) {
    ctx.restoreSession([&ctx] {
        ctx.api().logout(&ctx, [&ctx](client::ApiResult<void> r) {
            if (!r)
                ctx.err() << "satchel-cli: the server was not told (" << r.error().message
                          << "); the sign-in is forgotten here anyway" << Qt::endl;
            ctx.out() << "signed out" << Qt::endl;
            ctx.finish(kOk);
        });
    });
}

void courses(CliContext& ctx, const QStringList&) {
    ctx.restoreSession([&ctx] {
        ctx.api().catalog(&ctx, [&ctx](client::ApiResult<CatalogResponse> r) {
            if (!r)
                return ctx.finish(ctx.exitCodeFor(r.error()));
            for (const CourseSummary& c : r->courses) {
                ctx.out() << QString::fromStdString(c.courseId.toString()) << '\t'
                          << (c.enrolled ? "enrolled" : "-") << "\tv" << c.latestVersion << '\t'
                          << QString::fromStdString(c.title) << Qt::endl;
            }
            ctx.finish(kOk);
        });
    });
}

void enroll(CliContext& ctx, const QStringList& args) {
    if (!needArgs(ctx, args, 1, "enroll COURSE_ID"))
        return;
    const auto course = parseId(ctx, args[0]);
    if (!course)
        return ctx.finish(kUsage);
    ctx.restoreSession([&ctx, course] {
        ctx.api().enroll(*course, &ctx, [&ctx](client::ApiResult<void> r) {
            if (!r)
                return ctx.finish(ctx.exitCodeFor(r.error()));
            ctx.out() << "enrolled" << Qt::endl;
            ctx.finish(kOk);
        });
    });
}

void sync(CliContext& ctx, const QStringList&) {
    ctx.restoreSession([&ctx] {
        client::SyncSettings settings;
        settings.databasePath = ctx.store().path();
        settings.server = ctx.server();
        settings.session = ctx.api().session();
        // The engine runs here, on the CLI's own thread, for exactly one cycle.
        auto* engine = new client::SyncEngine(settings, &ctx);
        QObject::connect(engine, &client::SyncEngine::refreshTokenChanged, &ctx.api(),
                         &client::ApiClient::refreshTokenChanged);
        QObject::connect(engine, &client::SyncEngine::cycleFinished, &ctx, [&ctx, engine](bool ok) {
            engine->stop();
            const auto& s = engine->status();
            ctx.out() << "pending " << s.pending << ", needs attention " << s.rejected << Qt::endl;
            if (!ok)
                ctx.err() << "satchel-cli: sync failed: " << s.lastError << Qt::endl;
            const bool offline = s.state == client::SyncStatus::State::Offline;
            const bool signedOut = s.state == client::SyncStatus::State::NeedsSignIn;
            ctx.finish(ok ? kOk : offline ? kOffline : signedOut ? kNotSignedIn : kFailed);
        });
        engine->start();
    });
}

void status(CliContext& ctx, const QStringList&) {
    auto pending = ctx.store().pendingCount();
    auto rejected = ctx.store().rejectedOutbox();
    if (!pending || !rejected) {
        ctx.err() << "satchel-cli: "
                  << (pending ? rejected.error().message : pending.error().message) << Qt::endl;
        return ctx.finish(kFailed);
    }
    ctx.out() << "device " << QString::fromStdString(ctx.store().deviceId().toString()) << Qt::endl
              << "server " << ctx.server().toString() << Qt::endl
              << "pending " << *pending << Qt::endl
              << "needs attention " << rejected->size() << Qt::endl;
    for (const auto& entry : *rejected) {
        const std::string_view reason =
            entry.rejectReason ? toString(*entry.rejectReason) : "unknown";
        ctx.out() << "  " << QString::fromStdString(entry.id.toString()) << ' '
                  << QString::fromLatin1(reason.data(), static_cast<qsizetype>(reason.size()))
                  << ' ' << QString::fromStdString(entry.rejectMessage) << Qt::endl;
    }
    auto offline = ctx.store().offlineCourses();
    if (!offline) {
        ctx.err() << "satchel-cli: " << offline.error().message << Qt::endl;
        return ctx.finish(kFailed);
    }
    client::OfflineLibrary library(ctx.store(), ctx.contentRoot());
    for (const auto& course : *offline) {
        const std::size_t missing = library.missingAssets(course.manifest).size();
        ctx.out() << "offline " << QString::fromStdString(course.manifest.courseId.toString())
                  << " v" << course.manifest.version << ' '
                  << (missing == 0 ? QStringLiteral("complete")
                                   : QStringLiteral("missing %1").arg(missing))
                  << ' ' << QString::fromStdString(course.manifest.title) << Qt::endl;
    }
    ctx.finish(kOk);
}

void watch(CliContext& ctx, const QStringList& args) {
    if (!needArgs(ctx, args, 5, "watch COURSE_ID LESSON_ID DURATION_MS FROM_MS TO_MS"))
        return;
    const auto course = parseId(ctx, args[0]);
    const auto lesson = parseId(ctx, args[1]);
    bool okDuration = false, okFrom = false, okTo = false;
    const quint64 duration = args[2].toULongLong(&okDuration);
    const quint64 from = args[3].toULongLong(&okFrom);
    const quint64 to = args[4].toULongLong(&okTo);
    if (!course || !lesson || !okDuration || !okFrom || !okTo || from >= to || duration == 0) {
        ctx.err() << "satchel-cli: watch needs two ids and 0 <= FROM < TO, DURATION > 0"
                  << Qt::endl;
        return ctx.finish(kUsage);
    }
    HybridClock clock(systemUnixMillis, ctx.store().lastHlc());
    client::PlaybackTracker tracker({*course, *lesson, duration}, ctx.store().deviceId(), clock);
    // Position reports every 250 ms of simulated time, as QMediaPlayer sends them; a flush
    // (one transaction) every 15 s of playback, like the app's heartbeat.
    std::int64_t now = 0;
    tracker.play(from, now);
    for (quint64 pos = from; pos < to;) {
        pos = std::min<quint64>(to, pos + 250);
        now += 250;
        tracker.position(pos, now);
        if (now % 15'000 == 0) {
            if (auto r = ctx.store().recordProgress(tracker.flush(now)); !r) {
                ctx.err() << "satchel-cli: " << r.error().message << Qt::endl;
                return ctx.finish(kFailed);
            }
        }
    }
    if (auto r = ctx.store().recordProgress(tracker.close(now)); !r) {
        ctx.err() << "satchel-cli: " << r.error().message << Qt::endl;
        return ctx.finish(kFailed);
    }
    ctx.out() << "watched " << from << ".." << to << " ms" << Qt::endl;
    ctx.finish(kOk);
}

void progress(CliContext& ctx, const QStringList& args) {
    if (!needArgs(ctx, args, 1, "progress LESSON_ID"))
        return;
    const auto lesson = parseId(ctx, args[0]);
    if (!lesson)
        return ctx.finish(kUsage);
    auto state = ctx.store().lessonState(*lesson);
    if (!state) {
        ctx.err() << "satchel-cli: " << state.error().message << Qt::endl;
        return ctx.finish(kFailed);
    }
    if (!state->has_value()) {
        ctx.out() << "percent 0" << Qt::endl;
        return ctx.finish(kOk);
    }
    const LessonState& s = **state;
    ctx.out() << "percent " << QString::number(percentWatched(s.watched, s.mediaDurationMs), 'f', 1)
              << Qt::endl
              << "resume " << (s.resume ? s.resume->positionMs : 0) << Qt::endl
              << "time " << s.totalTimeSpentMs() << Qt::endl;
    ctx.finish(kOk);
}

}  // namespace satchel::cli
