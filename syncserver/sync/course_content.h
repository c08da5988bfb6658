#pragma once
// What the sync module needs to know about a course's published content: which lessons exist
// (in any published version: lesson ids are stable, so progress on a lesson dropped from a
// later version is still valid) and each version's quizzes, answer keys included, for grading.
//
// Published versions are immutable, so parsed manifests are cached per process and only
// versions newer than the cached ones are ever read again. The cache is bounded; an evicted
// course is simply read again.

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "db/connection.h"
#include "satchel/model.h"

namespace satchel::server::sync {

class CourseContent {
public:
    std::uint32_t latestVersion() const {
        return versions_.empty() ? 0 : versions_.rbegin()->first;
    }
    // The lesson's definition in the newest version that has it; null when never published.
    const Lesson* lesson(const Uuid& lessonId) const;
    // The lesson's definition in one version; null when that version lacks it.
    const Lesson* lessonIn(std::uint32_t version, const Uuid& lessonId) const;
    // The newest manifest (null before the first publish).
    const CourseManifest* latest() const;

private:
    friend class CourseContentCache;
    std::map<std::uint32_t, std::shared_ptr<const CourseManifest>> versions_;
    std::unordered_map<Uuid, const Lesson*> lessons_;
};

class CourseContentCache {
public:
    explicit CourseContentCache(std::size_t maxCourses = 512) : maxCourses_(maxCourses) {}

    // The course's content including every version up to `latestVersion` (which the caller
    // read from course_versions in its own transaction). Throws DatabaseUnavailable/Error.
    std::shared_ptr<const CourseContent> get(PgConnection& conn, const Uuid& courseId,
                                             std::uint32_t latestVersion);

private:
    const std::size_t maxCourses_;
    std::mutex mutex_;
    std::unordered_map<Uuid, std::shared_ptr<const CourseContent>> courses_;
};

}  // namespace satchel::server::sync
