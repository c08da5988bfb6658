#pragma once
// The push channel of one instance: WebSocket sessions at /api/v1/push on the HTTP listener,
// fed from PostgreSQL. Create it once the listener exists and give it the upgrade path:
//
//     auto channel = std::make_shared<PushChannel>(ctx.auth, ctx.db, ctx.settings, options);
//     listener.addUpgradeHandler(PushChannel::kPath, channel->upgradeHandler());
//
// The handler holds the channel; shutdown() (called by the listener on SIGTERM) closes every
// socket with 1001 and stops the feed and the authorizer.

#include <memory>
#include <string>

#include "auth/authenticator.h"
#include "db/pool.h"
#include "http/listener.h"
#include "http/metrics.h"
#include "push/options.h"

namespace satchel::server {

struct PushChannelState;

class PushChannel : public std::enable_shared_from_this<PushChannel> {
public:
    static constexpr const char* kPath = "/api/v1/push";

    PushChannel(const Authenticator& auth, PgPool& db, const std::string& databaseUrl,
                PushOptions options);
    ~PushChannel();

    UpgradeHandler upgradeHandler();
    // Gauges and counters for /metrics (satchel_push_*).
    void addMetrics(Metrics& metrics);
    void shutdown();

private:
    std::shared_ptr<PushChannelState> state_;
};

}  // namespace satchel::server
