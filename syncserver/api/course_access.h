#pragma once
// Object-level checks shared by the course routes. A course someone may not see is reported
// as 404, never 403, so ids cannot be probed.

#include <string>

#include "auth/authenticator.h"
#include "db/course_repository.h"

namespace satchel::server {

// The course, if `user` owns it or is an admin; 404 if it does not exist or is not visible,
// 403 if the caller can see it but not change it.
CourseRecord requireManagedCourse(PgConnection& conn, const CurrentUser& user,
                                  const std::string& courseId);
// The course, if it is in the catalog, or `user` owns it, is an admin, or is enrolled; else 404.
CourseRecord requireVisibleCourse(PgConnection& conn, const CurrentUser& user,
                                  const std::string& courseId);
bool manages(const CurrentUser& user, const CourseRecord& course);

}  // namespace satchel::server
