#pragma once
// Students' copies of published manifests. A graded quiz is graded only on the server, so
// its answer keys never leave it: everyone who does not manage a course (its instructor, or
// an admin) receives shared's learnerManifest() form, with every graded quiz's keys withheld
// ("answerKeys": "withheld"). That covers the manifest route and the manifestSha256 of the
// versions pull announces (the hash of the full manifest would let a student confirm guessed
// keys offline, so students get the hash of their own copy).
//
// The stored manifest is the instructor's copy; the learner copy is derived from it on first
// use. Versions are immutable, so a derived copy never goes stale; the cache is bounded and
// an evicted copy is simply derived again.

#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "db/connection.h"

namespace satchel::server {

struct LearnerManifest {
    std::string json;    // canonical JSON of learnerManifest(stored manifest)
    std::string sha256;  // of `json`
};

class LearnerManifestCache {
public:
    explicit LearnerManifestCache(std::size_t maxEntries = 1024) : maxEntries_(maxEntries) {}

    // The learner copy of a version whose stored (instructor) JSON the caller already read.
    // Throws DatabaseError when the stored manifest does not decode (publish validated it,
    // so that is corruption; nothing is served rather than something unredacted).
    std::shared_ptr<const LearnerManifest> fromStored(const std::string& courseId, int version,
                                                      const std::string& storedJson);
    // Same, reading the stored manifest on a miss; null when there is no such version.
    std::shared_ptr<const LearnerManifest> find(PgConnection& conn, const std::string& courseId,
                                                int version);

private:
    using Key = std::pair<std::string, int>;
    std::shared_ptr<const LearnerManifest> cached(const Key& key) const;

    const std::size_t maxEntries_;
    mutable std::mutex mutex_;
    std::map<Key, std::shared_ptr<const LearnerManifest>> entries_;
};

}  // namespace satchel::server
