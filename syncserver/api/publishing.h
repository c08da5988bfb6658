#pragma once
// Publishing a validated manifest as the next immutable version of a course: the number and
// time are assigned inside the locking transaction, then the manifest is encoded canonically
// (shared's encode) and stored verbatim with its SHA-256.

#include <string>

#include "db/connection.h"
#include "satchel/model/course.h"

namespace satchel::server {

struct PublishedVersion {
    int version = 0;
    std::string manifestSha256;
};

PublishedVersion publishManifest(PgConnection& conn, const std::string& courseId,
                                 const std::string& publisherId, satchel::CourseManifest manifest);

}  // namespace satchel::server
