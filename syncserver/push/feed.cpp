#include "push/feed.h"

#include <libpq-fe.h>
#include <cstdlib>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "app/log.h"
#include "db/connection.h"

namespace satchel::server {
namespace {

constexpr const char* kChannel = "satchel_push";

// "<digits>" -> the number, or 0 when it is not a positive one.
long long parseSeq(std::string_view text) {
    long long seq = 0;
    if (text.empty() || text.size() > 18)
        return 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return 0;
        seq = seq * 10 + (c - '0');
    }
    return seq;
}

// A notification id is spliced into messages unescaped: accept only what a uuid is made of.
bool looksLikeUuid(std::string_view text) {
    if (text.size() != 36)
        return false;
    for (const char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == '-'))
            return false;
    return true;
}

// The rendered tail of the last broadcast template read: a broadcast's notifications (a
// hundred or so for a large class) all name the same template, so it is read once.
struct TemplateCache {
    std::string key;
    std::optional<std::string> tail;

    const std::optional<std::string>& get(PgConnection& conn, std::string_view user,
                                          long long seq) {
        std::string wanted(user);
        wanted += ':';
        wanted += std::to_string(seq);
        if (wanted != key) {
            tail = fetchPushEventTail(conn, std::string(user), seq);
            key = std::move(wanted);
        }
        return tail;
    }
};

// Applies one payload of our own SQL functions (db/migrations/0020, 0070) to the hub:
//   "uuid:seq,uuid:seq,..."                         events to fetch
//   "@tuser:tseq:b,uuid:seq,...,#,id,..."             a broadcast: rendered from its template
// Malformed items are skipped (a payload comes from our own SQL, so one would be a bug, not
// an attack); a broadcast whose template is gone is fetched like any other event.
// Returns how many events were delivered from a template.
std::size_t applyPayload(PushHub& hub, PgConnection& conn, TemplateCache& templates,
                         std::string_view payload) {
    std::string_view templateUser;
    long long templateSeq = 0;
    std::vector<PushHub::KnownEvent> events;
    std::size_t idIndex = 0;
    bool inIds = false;
    bool broadcastOk = true;
    while (!payload.empty()) {
        const auto comma = payload.find(',');
        const auto item = payload.substr(0, comma);
        payload = comma == std::string_view::npos ? std::string_view{} : payload.substr(comma + 1);
        if (inIds) {
            if (idIndex < events.size() && looksLikeUuid(item))
                events[idIndex].notificationId = item;
            else
                broadcastOk = false;
            ++idIndex;
            continue;
        }
        if (item == "#") {
            inIds = true;
            continue;
        }
        const auto colon = item.find(':');
        if (colon == std::string_view::npos)
            continue;
        if (item.front() == '@') {
            const auto rest = item.substr(colon + 1);
            const auto colon2 = rest.find(':');
            templateUser = item.substr(1, colon - 1);
            templateSeq = parseSeq(rest.substr(0, colon2));
            continue;
        }
        const long long seq = parseSeq(item.substr(colon + 1));
        if (seq > 0)
            events.push_back({item.substr(0, colon), seq, {}});
    }
    if (templateSeq > 0 && inIds && broadcastOk && idIndex == events.size()) {
        if (const auto& tail = templates.get(conn, templateUser, templateSeq)) {
            return hub.eventsCommitted(events, [&tail](const PushHub::KnownEvent& e) {
                return renderPushEventMessage(e.seq, e.notificationId, *tail);
            });
        }
    }
    for (const auto& e : events)
        hub.eventCommitted(std::string(e.userId), e.seq);
    return 0;
}

// Reads whatever the server sent and hands every queued notification to the hub. Throws
// DatabaseUnavailable when the connection is gone.
// Returns how many events were delivered from a template.
std::size_t drainNotifications(PgConnection& conn, PushHub& hub, TemplateCache& templates) {
    if (PQconsumeInput(conn.raw()) == 0 || PQstatus(conn.raw()) != CONNECTION_OK)
        throw DatabaseUnavailable(std::string("push feed connection lost: ") +
                                  PQerrorMessage(conn.raw()));
    // Taken off libpq's list before they are applied: a template read runs a statement on this
    // connection, and notifications arriving meanwhile are read into libpq's list, not left on
    // the socket (poll would not see them), so the list is emptied again until it stays empty.
    std::size_t rendered = 0;
    std::vector<std::string> payloads;
    for (;;) {
        payloads.clear();
        while (PGnotify* n = PQnotifies(conn.raw())) {
            payloads.emplace_back(n->extra);
            PQfreemem(n);
        }
        if (payloads.empty())
            break;
        for (const auto& payload : payloads)
            rendered += applyPayload(hub, conn, templates, payload);
    }
    return rendered;
}

}  // namespace

PushFeed::PushFeed(std::string databaseUrl, PushHub& hub, PushFeedOptions options)
    : url_(std::move(databaseUrl)), hub_(hub), options_(options) {
    hub_.setWakeup([this] { wake(); });
    thread_ = std::thread([this] { run(); });
}

PushFeed::~PushFeed() {
    stop();
    hub_.setWakeup({});
}

void PushFeed::stop() {
    stopping_ = true;
    wake();
    if (thread_.joinable() && thread_.get_id() != std::this_thread::get_id())
        thread_.join();
}

void PushFeed::wake() {
    wakeup_.signal();
}

void PushFeed::run() {
    std::unique_ptr<PgConnection> conn;
    TemplateCache templates;
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
            renderedFromTemplate_ +=
                static_cast<long long>(drainNotifications(*conn, hub_, templates));
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
            wakeup_.wait(PQsocket(conn->raw()), options_.keepalive);
            if (std::chrono::steady_clock::now() - before >= options_.keepalive && !conn->ping())
                throw DatabaseUnavailable("push feed connection lost");
        } catch (const std::exception& e) {
            listening_ = false;
            conn.reset();
            if (lastProblem != e.what())
                logWarn(std::string("push feed: ") + e.what() + "; retrying");
            lastProblem = e.what();
            if (!stopping_)
                wakeup_.wait(-1, std::chrono::seconds(1));
        }
    }
}

}  // namespace satchel::server
