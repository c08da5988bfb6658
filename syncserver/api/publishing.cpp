#include "api/publishing.h"

#include "db/course_repository.h"
#include "satchel/hash.h"
#include "satchel/protocol/codec.h"

namespace satchel::server {

PublishedVersion publishManifest(PgConnection& conn, const std::string& courseId,
                                 const std::string& publisherId, satchel::CourseManifest manifest) {
    PublishedVersion published;
    published.version =
        courses::publish(conn, courseId, publisherId, [&](int n, long long publishedAtMs) {
            manifest.version = static_cast<std::uint32_t>(n);
            manifest.publishedAtMs = publishedAtMs;
            RenderedManifest out;
            out.json = satchel::encode(manifest);
            out.sha256 = satchel::sha256Hex(out.json);
            out.totalBytes = static_cast<long long>(manifest.totalAssetBytes());
            for (const auto& m : manifest.modules)
                out.lessonCount += static_cast<int>(m.lessons.size());
            published.manifestSha256 = out.sha256;
            return out;
        });
    return published;
}

}  // namespace satchel::server
