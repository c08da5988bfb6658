#pragma once
// Instructor announcements to a course:
//   POST /api/v1/courses/{id}/announcements  {"title","body"} -> 201; the course's instructor
//        or an admin; every enrolled student gets a 'course.announcement' push event.
//   GET  /api/v1/courses/{id}/announcements  -> the course's announcements, newest first, for
//        whoever may see the course.

#include "app/context.h"

namespace satchel::server {

void registerAnnouncementRoutes(ServerContext& ctx);

}  // namespace satchel::server
