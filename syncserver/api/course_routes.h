#pragma once
// Courses: create and edit a draft, publish immutable versions, archive (instructors, on their
// own courses; admins on any); the catalog, enrollment and manifests (everyone signed in,
// object-checked).

#include <memory>

#include "api/catalog_cache.h"
#include "app/context.h"

namespace satchel::server {

void registerCourseRoutes(ServerContext& ctx, std::shared_ptr<CatalogCache> catalog);
// GET /api/v1/courses (api/catalog_routes.cpp).
void registerCatalogRoute(ServerContext& ctx, std::shared_ptr<CatalogCache> catalog);
void registerEnrollmentRoutes(ServerContext& ctx, std::shared_ptr<CatalogCache> catalog);

}  // namespace satchel::server
