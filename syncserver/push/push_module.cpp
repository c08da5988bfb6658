#include "push/push_module.h"

#include "push/announcement_routes.h"
#include "push/channel.h"
#include "push/notification_read_routes.h"

namespace satchel::server {

void registerPushModule(ServerContext& ctx) {
    registerAnnouncementRoutes(ctx);
    registerNotificationReadRoutes(ctx);
    if (!ctx.listener)
        return;  // listing routes only
    auto channel = std::make_shared<PushChannel>(ctx.auth, ctx.db, ctx.settings.databaseUrl,
                                                 pushOptionsFrom(ctx.settings));
    channel->addMetrics(ctx.metrics);
    // The listener's handler map keeps the channel alive for as long as sockets may arrive.
    ctx.listener->addUpgradeHandler(PushChannel::kPath, channel->upgradeHandler());
}

}  // namespace satchel::server
