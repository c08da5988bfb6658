#include "push/channel.h"

#include <vector>

#include "app/log.h"
#include "push/channel_state.h"
#include "push/websocket_session.h"

namespace satchel::server {

PushChannel::PushChannel(const Authenticator& auth, PgPool& db, const std::string& databaseUrl,
                         PushOptions options)
    : state_(std::make_shared<PushChannelState>(options, auth, db, databaseUrl)) {}

PushChannel::~PushChannel() {
    shutdown();
}

UpgradeHandler PushChannel::upgradeHandler() {
    UpgradeHandler handler;
    handler.accept = [state = state_](UpgradedConnection& connection) {
        startWebSocketSession(connection, state);
    };
    handler.shutdown = [self = shared_from_this()] { self->shutdown(); };
    return handler;
}

void PushChannel::addMetrics(Metrics& metrics) {
    metrics.addGaugeSource([state = state_] {
        const auto& c = state->counters;
        auto value = [](const std::atomic<long long>& a) { return static_cast<double>(a.load()); };
        return std::vector<Metrics::Gauge>{
            {"satchel_push_sessions", "WebSocket push sessions held in memory.", value(c.sessions)},
            {"satchel_push_subscribed", "Authenticated push sessions.", value(c.authenticated)},
            {"satchel_push_listening", "1 when the LISTEN connection is up.",
             state->feed->listening() ? 1.0 : 0.0},
            {"satchel_push_messages_sent_total", "Push messages written to sockets.",
             value(c.messagesSent)},
            {"satchel_push_template_deliveries_total",
             "Broadcast events delivered from their template without reading them back.",
             static_cast<double>(state->feed->renderedFromTemplate())},
            {"satchel_push_broadcast_chunks_total",
             "Parts of large course broadcasts this instance has written.",
             static_cast<double>(state->broadcaster->chunksWritten())},
            {"satchel_push_slow_drops_total", "Sockets dropped for not reading.",
             value(c.slowDrops)},
            {"satchel_push_token_expired_total", "Sockets closed because the token expired.",
             value(c.expiredCloses)},
            {"satchel_push_auth_failures_total", "Sockets refused at authentication.",
             value(c.authFailures)},
        };
    });
}

void PushChannel::shutdown() {
    if (state_->stopping.exchange(true))
        return;
    // Nothing may post to the I/O threads from these threads once the listener winds down.
    state_->authorizer.stop();
    state_->feed->stop();
    state_->broadcaster->stop();
    std::vector<std::shared_ptr<PushConnection>> live;
    {
        std::lock_guard lock(state_->connectionsMutex);
        for (auto& [_, weak] : state_->connections)
            if (auto c = weak.lock())
                live.push_back(std::move(c));
    }
    for (auto& c : live)
        c->closeForShutdown();
    if (!live.empty())
        logInfo("push: closing " + std::to_string(live.size()) + " sockets");
}

}  // namespace satchel::server
