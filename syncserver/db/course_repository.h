#pragma once
// SQL for courses, their immutable versions and enrollments.

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "db/connection.h"

namespace satchel::server {

struct CourseRecord {
    std::string id;
    std::string ownerId;
    std::string title;
    std::string description;
    bool openEnrollment = true;
    int latestVersion = 0;  // 0: never published
    bool archived = false;
    // Days without activity before a student is reminded; nullopt follows the server's
    // --reminder-inactive-days, 0 sends no reminders for this course.
    std::optional<int> reminderInactiveDays;
    std::string createdAt;
    std::string updatedAt;
};

struct CatalogEntry {
    std::string courseId;
    std::string title;
    std::string description;
    int latestVersion = 0;
    long long publishedAtMs = 0;
    long long totalBytes = 0;
    int lessonCount = 0;
};

// What publish stores for a version; built by the caller once the version number is known.
struct RenderedManifest {
    std::string json;    // canonical manifest JSON, served verbatim
    std::string sha256;  // of `json`
    long long totalBytes = 0;
    int lessonCount = 0;
};

namespace courses {

// `id` empty: a new UUIDv7. Throws DatabaseError (unique violation) when `id` exists.
CourseRecord create(PgConnection& conn, const std::string& ownerId, const std::string& title,
                    const std::string& description, bool openEnrollment,
                    const std::string& id = {});
std::optional<CourseRecord> find(PgConnection& conn, const std::string& id);
// Fields left nullopt keep their value (`reminderDays` holding nullopt resets the course to
// the server's default). Returns the updated course.
CourseRecord update(PgConnection& conn, const std::string& id,
                    const std::optional<std::string>& title,
                    const std::optional<std::string>& description,
                    const std::optional<bool>& openEnrollment,
                    const std::optional<std::optional<int>>& reminderDays = std::nullopt);
CourseRecord archive(PgConnection& conn, const std::string& id);
std::vector<CourseRecord> ownedBy(PgConnection& conn, const std::string& ownerId);

// Publishes the next version in one transaction: the course row is locked, so concurrent
// publishes get consecutive numbers. `render` receives (version, publishedAtMs).
int publish(PgConnection& conn, const std::string& courseId, const std::string& publishedBy,
            const std::function<RenderedManifest(int version, long long publishedAtMs)>& render);

std::optional<std::string> manifest(PgConnection& conn, const std::string& courseId, int version);

// Published, not archived courses, newest first.
std::vector<CatalogEntry> catalog(PgConnection& conn);

// Returns true when a new enrollment was made, false when it existed already.
bool enroll(PgConnection& conn, const std::string& courseId, const std::string& userId,
            const std::string& enrolledBy);
bool isEnrolled(PgConnection& conn, const std::string& courseId, const std::string& userId);
std::set<std::string> enrolledCourseIds(PgConnection& conn, const std::string& userId);

}  // namespace courses

nlohmann::json courseJson(const CourseRecord& course);
nlohmann::json catalogEntryJson(const CatalogEntry& entry, bool enrolled);

}  // namespace satchel::server
