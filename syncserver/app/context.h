#pragma once
// What a module gets when it registers its routes: the settings, the database pool, the
// router, metrics, readiness and the authenticator. Everything here outlives the listener.
// See syncserver/README.md for how a module plugs in.

#include "app/settings.h"
#include "db/pool.h"
#include "http/dispatcher.h"
#include "http/metrics.h"
#include "http/router.h"

namespace satchel::server {

class Authenticator;

struct ServerContext {
    const Settings& settings;
    PgPool& db;
    Router& router;
    Metrics& metrics;
    Readiness& readiness;
    Authenticator& auth;
};

}  // namespace satchel::server
