#include "push/broadcaster.h"

#include <libpq-fe.h>

#include <algorithm>
#include <memory>

#include "app/log.h"
#include "db/connection.h"
#include "db/errors.h"

namespace satchel::server {
namespace {

constexpr const char* kChannel = "satchel_push_broadcast";

// Notifications only say "look"; what there is to do is read from push_broadcasts. Returns
// whether there were any. Those that arrived while a statement ran are already in libpq's
// list (not on the socket, where poll would see them), so this is asked before every wait.
bool takeNotifications(PgConnection& conn) {
    if (PQconsumeInput(conn.raw()) == 0 || PQstatus(conn.raw()) != CONNECTION_OK)
        throw DatabaseUnavailable(std::string("push broadcaster connection lost: ") +
                                  PQerrorMessage(conn.raw()));
    bool any = false;
    while (PGnotify* n = PQnotifies(conn.raw())) {
        PQfreemem(n);
        any = true;
    }
    return any;
}

}  // namespace

PushBroadcaster::PushBroadcaster(std::string databaseUrl, PushBroadcasterOptions options)
    : url_(std::move(databaseUrl)), options_(options) {
    for (int i = 0; i < std::max(1, options_.workers); ++i) {
        auto worker = std::make_unique<Worker>();
        worker->thread = std::thread([this, w = worker.get()] { run(w->wakeup); });
        workers_.push_back(std::move(worker));
    }
}

PushBroadcaster::~PushBroadcaster() {
    stop();
}

void PushBroadcaster::stop() {
    stopping_ = true;
    for (auto& w : workers_)
        w->wakeup.signal();
    for (auto& w : workers_)
        if (w->thread.joinable() && w->thread.get_id() != std::this_thread::get_id())
            w->thread.join();
}

void PushBroadcaster::run(Wakeup& wakeup) {
    std::unique_ptr<PgConnection> conn;
    std::string lastProblem;
    while (!stopping_) {
        try {
            if (!conn) {
                conn = std::make_unique<PgConnection>(url_);
                conn->exec("SET jit = off");
                // Listening before the first look: a broadcast queued in between wakes us.
                conn->exec(std::string("LISTEN ") + kChannel);
                if (!lastProblem.empty())
                    logInfo("push broadcaster: connected again");
                lastProblem.clear();
            }
            takeNotifications(*conn);
            // Each step is a transaction of its own (autocommit): a part, its finish and
            // its notifications commit together. -1: nothing this instance may write now.
            while (!stopping_ && conn->exec("SELECT push_broadcast_step()").integer(0, 0) >= 0)
                ++chunksWritten_;
            lastProblem.clear();
            if (!stopping_ && !takeNotifications(*conn))
                wakeup.wait(PQsocket(conn->raw()), options_.poll);
        } catch (const std::exception& e) {
            // A statement that failed (a DatabaseError: say, a student deleted while their
            // part was written) rolled its part back, to be written again with whoever is
            // enrolled then, on the same connection; anything else means the connection is gone.
            if (dynamic_cast<const DatabaseError*>(&e) == nullptr)
                conn.reset();
            if (lastProblem != e.what())
                logWarn(std::string("push broadcaster: ") + e.what() + "; retrying");
            lastProblem = e.what();
            if (!stopping_)
                wakeup.wait(-1, std::chrono::seconds(1));
        }
    }
}

}  // namespace satchel::server
