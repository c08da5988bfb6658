#include "api/course_access.h"

namespace satchel::server {

bool manages(const CurrentUser& user, const CourseRecord& course) {
    return user.isAdmin() || (user.role == Role::Instructor && course.ownerId == user.id);
}

CourseRecord requireVisibleCourse(PgConnection& conn, const CurrentUser& user,
                                  const std::string& courseId) {
    auto course = courses::find(conn, courseId);
    if (!course)
        throw notFound("no such course");
    if (manages(user, *course))
        return *course;
    if (course->latestVersion > 0 && !course->archived)
        return *course;
    if (course->latestVersion > 0 && courses::isEnrolled(conn, course->id, user.id))
        return *course;
    throw notFound("no such course");
}

CourseRecord requireManagedCourse(PgConnection& conn, const CurrentUser& user,
                                  const std::string& courseId) {
    auto course = requireVisibleCourse(conn, user, courseId);
    if (!manages(user, course))
        throw forbidden("only the course's instructor or an admin may change it");
    return course;
}

}  // namespace satchel::server
