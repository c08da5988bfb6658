#include "push/feed.h"

#include <libpq-fe.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string_view>

#include "app/log.h"
#include "db/connection.h"

namespace satchel::server {
namespace {

constexpr const char* kChannel = "satchel_push";

// Parses "uuid:seq,uuid:seq,..." and tells the hub; malformed items are skipped (the payload
// comes from our own SQL functions, so one would be a bug, not an attack).
void applyPayload(PushHub& hub, std::string_view payload) {
    while (!payload.empty()) {
        const auto comma = payload.find(',');
        const auto item = payload.substr(0, comma);
        payload = comma == std::string_view::npos ? std::string_view{} : payload.substr(comma + 1);
        const auto colon = item.find(':');
        if (colon == std::string_view::npos)
            continue;
        const std::string seqText(item.substr(colon + 1));
        char* end = nullptr;
        const long long seq = std::strtoll(seqText.c_str(), &end, 10);
        if (end == seqText.c_str() || *end != '\0' || seq <= 0)
            continue;
        hub.eventCommitted(std::string(item.substr(0, colon)), seq);
    }
}

// Reads whatever the server sent and hands every queued notification to the hub. Throws
// DatabaseUnavailable when the connection is gone.
void drainNotifications(PgConnection& conn, PushHub& hub) {
    if (PQconsumeInput(conn.raw()) == 0 || PQstatus(conn.raw()) != CONNECTION_OK)
        throw DatabaseUnavailable(std::string("push feed connection lost: ") +
                                  PQerrorMessage(conn.raw()));
    while (PGnotify* n = PQnotifies(conn.raw())) {
        applyPayload(hub, n->extra);
        PQfreemem(n);
    }
}

}  // namespace

PushFeed::PushFeed(std::string databaseUrl, PushHub& hub, PushFeedOptions options)
    : url_(std::move(databaseUrl)), hub_(hub), options_(options) {
    wakeFd_ = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (wakeFd_ < 0)
        throw std::runtime_error("push feed: eventfd failed");
    hub_.setWakeup([this] { wake(); });
    thread_ = std::thread([this] { run(); });
}

PushFeed::~PushFeed() {
    stop();
    hub_.setWakeup({});
    ::close(wakeFd_);
}

void PushFeed::stop() {
    stopping_ = true;
    wake();
    if (thread_.joinable() && thread_.get_id() != std::this_thread::get_id())
        thread_.join();
}

void PushFeed::wake() {
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(wakeFd_, &one, sizeof one);
}

void PushFeed::waitForWork(int socketFd, std::chrono::milliseconds timeout) {
    pollfd fds[2] = {{wakeFd_, POLLIN, 0}, {socketFd, POLLIN, 0}};
    const int count = socketFd >= 0 ? 2 : 1;
    if (::poll(fds, count, static_cast<int>(timeout.count())) > 0 && (fds[0].revents & POLLIN)) {
        std::uint64_t value;
        [[maybe_unused]] const auto read = ::read(wakeFd_, &value, sizeof value);
    }
}

void PushFeed::run() {
    std::unique_ptr<PgConnection> conn;
    std::string lastProblem;
    while (!stopping_) {
        try {
            if (!conn) {
                conn = std::make_unique<PgConnection>(url_);
                // A fetch for thousands of cursors is a few milliseconds of index lookups, but its
                // estimated cost makes PostgreSQL JIT-compile it, which alone takes ~300 ms.
                conn->exec("SET jit = off");
                conn->exec(std::string("LISTEN ") + kChannel);
                listening_ = true;
                if (!lastProblem.empty())
                    logInfo("push feed: listening again");
                lastProblem.clear();
                hub_.markAllStale();
            }
            drainNotifications(*conn, hub_);
            auto due = hub_.takeDue(options_.batchSize);
            if (!due.empty()) {
                std::vector<PushCursor> cursors;
                cursors.reserve(due.size());
                for (const auto& d : due)
                    cursors.push_back(d.cursor);
                std::vector<std::vector<StoredPushEvent>> pages;
                try {
                    pages = fetchPushEvents(*conn, cursors, options_.pageSize);
                } catch (...) {
                    // Give them back as due; they are fetched after the reconnect.
                    for (const auto& d : due)
                        hub_.fetched(d.id, {}, /*pageFull=*/true);  // stays stale
                    throw;
                }
                for (std::size_t i = 0; i < due.size(); ++i) {
                    const bool full =
                        pages[i].size() >= static_cast<std::size_t>(options_.pageSize);
                    hub_.fetched(due[i].id, std::move(pages[i]), full);
                }
                continue;  // more may be due; notifications are drained first
            }
            const auto before = std::chrono::steady_clock::now();
            waitForWork(PQsocket(conn->raw()), options_.keepalive);
            if (std::chrono::steady_clock::now() - before >= options_.keepalive && !conn->ping())
                throw DatabaseUnavailable("push feed connection lost");
        } catch (const std::exception& e) {
            listening_ = false;
            conn.reset();
            if (lastProblem != e.what())
                logWarn(std::string("push feed: ") + e.what() + "; retrying");
            lastProblem = e.what();
            if (!stopping_)
                waitForWork(-1, std::chrono::seconds(1));
        }
    }
}

}  // namespace satchel::server
