#include "api/health_routes.h"

#include "db/migrations.h"

namespace satchel::server {

void registerHealthRoutes(ServerContext& ctx) {
    RouteOptions noDatabase;
    noDatabase.needsDatabase = false;

    ctx.router.add(
        "GET", "/healthz",
        [](HttpRequest&) {
            return HttpResponse::json(200, {{"status", "alive"}});
        },
        noDatabase);

    ctx.router.add(
        "GET", "/readyz",
        [&ctx](HttpRequest&) {
            // Asks PostgreSQL every time: a cached answer would hide an outage from the load
            // balancer.
            const int latest = latestSchemaVersion();
            try {
                auto conn = ctx.db.acquire();
                const int current = currentSchemaVersion(*conn);
                if (current == latest && ctx.readiness.schemaCurrent())
                    return HttpResponse::json(200,
                                              {{"status", "ready"}, {"schema_version", current}});
                return HttpResponse::json(503, {{"status", "migrating"},
                                                {"schema_version", current},
                                                {"expected_schema_version", latest}});
            } catch (const DatabaseUnavailable&) {
                return HttpResponse::json(
                    503, {{"status", "database_unavailable"}, {"expected_schema_version", latest}});
            }
        },
        noDatabase);

    ctx.router.add(
        "GET", "/metrics",
        [&ctx](HttpRequest&) {
            return HttpResponse::text(200, ctx.metrics.render(),
                                      "text/plain; version=0.0.4; charset=utf-8");
        },
        noDatabase);

    ctx.metrics.addGaugeSource([&ctx] {
        const auto s = ctx.db.stats();
        return std::vector<Metrics::Gauge>{
            {"satchel_db_pool_connections_max", "Most PostgreSQL connections the pool opens.",
             static_cast<double>(s.maxSize)},
            {"satchel_db_pool_connections_open", "PostgreSQL connections open.",
             static_cast<double>(s.open)},
            {"satchel_db_pool_connections_in_use", "PostgreSQL connections on loan to requests.",
             static_cast<double>(s.inUse)},
            {"satchel_db_pool_acquire_failures",
             "Requests that got no connection (database down or pool exhausted).",
             static_cast<double>(s.acquireFailures)},
        };
    });
}

}  // namespace satchel::server
