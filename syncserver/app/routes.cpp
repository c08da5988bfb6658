#include "app/routes.h"

#include "api/account_routes.h"
#include "api/catalog_cache.h"
#include "api/course_routes.h"
#include "api/health_routes.h"
#ifdef SATCHEL_HAVE_JOBS
#include "jobs/jobs_module.h"
#endif
#ifdef SATCHEL_HAVE_SYNC
#include "sync/sync_routes.h"
#endif
#ifdef SATCHEL_HAVE_STORAGE_ROUTES
#include "storage/storage_routes.h"
#endif
#ifdef SATCHEL_HAVE_PUSH
#include "push/push_module.h"
#endif

namespace satchel::server {

void registerAllRoutes(ServerContext& ctx) {
    registerHealthRoutes(ctx);
    auto accounts = std::make_shared<AccountService>(ctx.db, ctx.auth, ctx.settings);
    registerAccountRoutes(ctx, accounts);
    registerAdminRoutes(ctx);
    auto catalog = std::make_shared<CatalogCache>(ctx.db, ctx.settings.catalogCacheTtl);
    if (ctx.changes)
        catalog->watchChanges(*ctx.changes);
    registerCourseRoutes(ctx, catalog);
    registerCatalogRoute(ctx, catalog);
    registerEnrollmentRoutes(ctx, catalog);
#ifdef SATCHEL_HAVE_STORAGE_ROUTES
    registerStorageRoutes(ctx);
#endif
#ifdef SATCHEL_HAVE_SYNC
    registerSyncRoutes(ctx);
#endif
#ifdef SATCHEL_HAVE_JOBS
    jobs::registerJobRoutes(ctx);
    if (ctx.services)
        ctx.services->push_back(std::make_shared<jobs::JobsModule>(ctx));
#endif
#ifdef SATCHEL_HAVE_PUSH
    registerPushModule(ctx);
#endif
}

}  // namespace satchel::server
