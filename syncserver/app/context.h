#pragma once
// What a module gets when it registers its routes: the settings, the database pool, the
// router, metrics, readiness and the authenticator. Everything here outlives the listener.
// See syncserver/README.md for how a module plugs in.

#include <memory>
#include <vector>

#include "app/settings.h"
#include "db/pool.h"
#include "http/dispatcher.h"
#include "http/metrics.h"
#include "http/router.h"

namespace satchel::server {

class Authenticator;
class Listener;

struct ServerContext {
    const Settings& settings;
    PgPool& db;
    Router& router;
    Metrics& metrics;
    Readiness& readiness;
    Authenticator& auth;
    // The listener, for modules that take over upgraded connections (WebSocket); null when
    // routes are only being listed (`satchel-syncd routes`).
    Listener* listener = nullptr;
    // Background services a module runs beside its routes (job workers): runServe destroys
    // them, newest first, after the listener stopped and before the database pool. Null when
    // routes are only being listed.
    std::vector<std::shared_ptr<void>>* services = nullptr;
};

// Registers every module's routes on ctx.router (app/routes.cpp, part of the executable so
// that optional modules such as storage link there).
using RouteRegistrar = void (*)(ServerContext& ctx);

}  // namespace satchel::server
