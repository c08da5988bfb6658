#include "api/learner_manifests.h"

#include "db/course_repository.h"
#include "db/errors.h"
#include "satchel/hash.h"
#include "satchel/protocol/codec.h"

namespace satchel::server {

std::shared_ptr<const LearnerManifest> LearnerManifestCache::cached(const Key& key) const {
    std::lock_guard lock(mutex_);
    const auto it = entries_.find(key);
    return it == entries_.end() ? nullptr : it->second;
}

std::shared_ptr<const LearnerManifest> LearnerManifestCache::fromStored(
    const std::string& courseId, int version, const std::string& storedJson) {
    Key key{courseId, version};
    if (auto hit = cached(key))
        return hit;
    auto decoded = decode<CourseManifest>(storedJson);
    if (!decoded)
        throw DatabaseError("XX000", "stored manifest of course " + courseId + " version " +
                                         std::to_string(version) +
                                         " unreadable: " + decoded.error().describe());
    auto made = std::make_shared<LearnerManifest>();
    made->json = encode(learnerManifest(std::move(*decoded)));
    made->sha256 = sha256Hex(made->json);
    std::lock_guard lock(mutex_);
    if (entries_.size() >= maxEntries_)
        entries_.clear();
    entries_[std::move(key)] = made;
    return made;
}

std::shared_ptr<const LearnerManifest> LearnerManifestCache::find(PgConnection& conn,
                                                                  const std::string& courseId,
                                                                  int version) {
    if (auto hit = cached(Key{courseId, version}))
        return hit;
    const auto stored = courses::manifest(conn, courseId, version);
    if (!stored)
        return nullptr;
    return fromStored(courseId, version, *stored);
}

}  // namespace satchel::server
