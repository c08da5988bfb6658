#include "db/change_listener.h"

#include <libpq-fe.h>

#include <memory>
#include <stdexcept>

#include "app/log.h"
#include "db/connection.h"

namespace satchel::server {

ChangeListener::ChangeListener(std::string databaseUrl, std::chrono::seconds keepalive)
    : url_(std::move(databaseUrl)), keepalive_(keepalive) {}

ChangeListener::~ChangeListener() {
    stop();
}

void ChangeListener::subscribe(ChangeSubscriber subscriber) {
    std::lock_guard lock(mutex_);
    subscribers_.push_back(std::move(subscriber));
}

void ChangeListener::start() {
    std::lock_guard lock(mutex_);
    if (!thread_.joinable() && !stopping_)
        thread_ = std::thread([this] { run(); });
}

void ChangeListener::stop() {
    stopping_ = true;
    live_ = false;
    wakeup_.signal();
    if (thread_.joinable() && thread_.get_id() != std::this_thread::get_id())
        thread_.join();
}

void ChangeListener::dispatch(std::string_view payload) {
    std::lock_guard lock(mutex_);
    for (const auto& s : subscribers_)
        if (s.changed)
            s.changed(payload);
}

void ChangeListener::resetAll() {
    std::lock_guard lock(mutex_);
    for (const auto& s : subscribers_)
        if (s.reset)
            s.reset();
}

void ChangeListener::run() {
    std::unique_ptr<PgConnection> conn;
    std::string lastProblem;
    while (!stopping_) {
        try {
            if (!conn) {
                conn = std::make_unique<PgConnection>(url_);
                // Named, so an operator (and the tests) can find it in pg_stat_activity.
                conn->exec("SET application_name = 'satchel-cache-listener'");
                conn->exec(std::string("LISTEN ") + kCacheChannel);
                // Whatever changed while we were not listening is unknown: start afresh, and
                // only then let caches serve again.
                resetAll();
                live_.store(true, std::memory_order_release);
                if (!lastProblem.empty())
                    logInfo("change listener: listening again");
                lastProblem.clear();
            }
            if (PQconsumeInput(conn->raw()) == 0 || PQstatus(conn->raw()) != CONNECTION_OK)
                throw DatabaseUnavailable(std::string("connection lost: ") +
                                          PQerrorMessage(conn->raw()));
            while (PGnotify* n = PQnotifies(conn->raw())) {
                dispatch(n->extra);
                PQfreemem(n);
            }
            const auto before = std::chrono::steady_clock::now();
            wakeup_.wait(PQsocket(conn->raw()), keepalive_);
            if (std::chrono::steady_clock::now() - before >= keepalive_ && !conn->ping())
                throw DatabaseUnavailable("connection lost");
        } catch (const std::exception& e) {
            live_.store(false, std::memory_order_release);
            conn.reset();
            if (lastProblem != e.what())
                logWarn(std::string("change listener: ") + e.what() +
                        "; caches bypassed until it is back");
            lastProblem = e.what();
            if (!stopping_)
                wakeup_.wait(-1, std::chrono::seconds(1));
        }
    }
    live_ = false;
}

}  // namespace satchel::server
