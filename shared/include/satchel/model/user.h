#pragma once
// People and their rights. A user may hold several roles; the server checks them, the app
// only uses them to show or hide the editor.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "satchel/ids.h"

namespace satchel {

enum class Role { Student, Instructor, Admin };

std::string_view toString(Role role);  // "student", "instructor", "admin"
std::optional<Role> parseRole(std::string_view text);

struct User {
    Uuid id;
    std::string email;
    std::string displayName;
    std::vector<Role> roles;  // sorted, unique

    bool hasRole(Role role) const;
    friend bool operator==(const User&, const User&) = default;
};

// A student's (or an instructor's) membership in a course. Progress is kept per user and
// course, whatever version the student is on.
struct Enrollment {
    Uuid userId;
    Uuid courseId;
    Role role = Role::Student;      // Student or Instructor
    std::int64_t enrolledAtMs = 0;  // Unix milliseconds
    friend bool operator==(const Enrollment&, const Enrollment&) = default;
};

}  // namespace satchel
