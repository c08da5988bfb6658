#pragma once
// What a module gets when it registers its routes: the settings, the database pool, the
// router, metrics, readiness and the authenticator. Everything here outlives the listener.
// See syncserver/README.md for how a module plugs in.

#include <functional>
#include <memory>
#include <vector>

#include "app/settings.h"
#include "db/pool.h"
#include "http/dispatcher.h"
#include "http/metrics.h"
#include "http/router.h"

namespace satchel {
struct CourseManifest;
}
namespace satchel::storage {
class BlobStore;
}

namespace satchel::server {

class Authenticator;
class ChangeListener;
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
    // Checks, before a version is published, that every asset the manifest names is stored
    // with its declared size and SHA-256; throws ApiError 422 naming each asset at fault. Set
    // by the storage module when it registers (so the core needs no storage headers); empty
    // when storage is not built, and publish then checks nothing. Read per request, so a
    // module registered after the course routes may set it.
    std::function<void(PgConnection&, const satchel::CourseManifest&)> verifyAssets = nullptr;
    // The blob store the storage module serves (set by it when it registers, before the jobs
    // module, which stores certificates and media results in it and presigns their URLs); null
    // when storage is not built.
    std::shared_ptr<storage::BlobStore> blobStore = nullptr;
    // Change notifications for per-instance caches (db/change_listener.h); null when routes
    // are only being listed, and caches then stay off.
    ChangeListener* changes = nullptr;
};

// Registers every module's routes on ctx.router (app/routes.cpp, part of the executable so
// that optional modules such as storage link there).
using RouteRegistrar = void (*)(ServerContext& ctx);

}  // namespace satchel::server
