#include "sync/course_content.h"

#include "app/log.h"
#include "satchel/protocol/codec.h"

namespace satchel::server::sync {

const Lesson* CourseContent::lesson(const Uuid& lessonId) const {
    const auto it = lessons_.find(lessonId);
    return it == lessons_.end() ? nullptr : it->second;
}

const Lesson* CourseContent::lessonIn(std::uint32_t version, const Uuid& lessonId) const {
    const auto it = versions_.find(version);
    return it == versions_.end() ? nullptr : it->second->findLesson(lessonId);
}

const CourseManifest* CourseContent::latest() const {
    return versions_.empty() ? nullptr : versions_.rbegin()->second.get();
}

std::shared_ptr<const CourseContent> CourseContentCache::get(PgConnection& conn,
                                                             const Uuid& courseId,
                                                             std::uint32_t latestVersion) {
    std::shared_ptr<const CourseContent> cached;
    {
        std::lock_guard lock(mutex_);
        if (const auto it = courses_.find(courseId); it != courses_.end())
            cached = it->second;
    }
    const std::uint32_t known = cached ? cached->latestVersion() : 0;
    if (cached && known >= latestVersion)
        return cached;

    auto fresh = std::make_shared<CourseContent>();
    if (cached)
        fresh->versions_ = cached->versions_;
    const auto rows = conn.exec(
        "SELECT version, manifest FROM course_versions"
        " WHERE course_id = $1::uuid AND version > $2 AND version <= $3 ORDER BY version",
        {courseId.toString(), static_cast<long long>(known),
         static_cast<long long>(latestVersion)});
    for (int r = 0; r < rows.rows(); ++r) {
        const auto version = static_cast<std::uint32_t>(rows.integer(r, 0));
        auto manifest = decode<CourseManifest>(rows.text(r, 1));
        if (!manifest) {
            // Publishing validates manifests, so this is a bug or a hand-edited row: the version
            // is skipped (its lessons count as unknown) rather than failing every push.
            logError("course " + courseId.toString() + " version " + std::to_string(version) +
                     " has an unreadable manifest: " + manifest.error().describe());
            continue;
        }
        fresh->versions_[version] = std::make_shared<const CourseManifest>(std::move(*manifest));
    }
    for (const auto& [version, manifest] : fresh->versions_)
        for (const auto& module : manifest->modules)
            for (const auto& lesson : module.lessons)
                fresh->lessons_[lesson.id] = &lesson;

    std::lock_guard lock(mutex_);
    if (courses_.size() >= maxCourses_)
        courses_.clear();
    courses_[courseId] = fresh;
    return fresh;
}

}  // namespace satchel::server::sync
