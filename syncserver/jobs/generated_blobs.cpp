#include "jobs/generated_blobs.h"

#include <stdexcept>

#include "app/log.h"
#include "satchel/hash.h"
#include "satchel/storage/blob_store.h"

namespace satchel::server::jobs {

void claimGeneratedBlob(PgConnection& conn, const std::string& sha256, std::uint64_t size,
                        const std::string& mediaType) {
    // Always an update of an existing row (never DO NOTHING): the update takes the row lock,
    // so it waits for a clean-up transaction holding it and then sees its outcome.
    conn.exec(
        "INSERT INTO blobs AS b (sha256, size, media_type, state) VALUES ($1, $2, $3, 'pending')"
        " ON CONFLICT (sha256) DO UPDATE SET created_at = CASE WHEN b.state = 'pending'"
        " THEN now() ELSE b.created_at END, verified_at = CASE WHEN b.state = 'verified'"
        " THEN now() END",
        {sha256, static_cast<long long>(size), mediaType});
}

void trackGeneratedBlob(PgConnection& conn, const std::string& sha256, std::uint64_t size,
                        const std::string& mediaType) {
    conn.exec(
        "INSERT INTO blobs AS b (sha256, size, media_type, state, verified_at)"
        " VALUES ($1, $2, $3, 'verified', now())"
        " ON CONFLICT (sha256) DO UPDATE SET state = 'verified', verified_at = now()",
        {sha256, static_cast<long long>(size), mediaType});
}

void trackGeneratedBlob(PgConnection& conn, const GeneratedBlob& blob) {
    trackGeneratedBlob(conn, blob.sha256, blob.size, blob.mediaType);
}

GeneratedBlob storeGeneratedFile(PgConnection& conn, storage::BlobStore& store,
                                 const std::filesystem::path& file, const std::string& mediaType) {
    // shared's streaming hash; a read error fails the job instead of hashing a partial file.
    auto digest = sha256File(file);
    if (!digest)
        throw std::runtime_error("hashing " + digest.error().path + ": " + digest.error().message);
    GeneratedBlob blob{digest.value().sha256, digest.value().size, mediaType};
    claimGeneratedBlob(conn, blob.sha256, blob.size, mediaType);
    if (auto put = store.putFile(*storage::BlobKey::fromSha256(blob.sha256), file); !put)
        throw std::runtime_error("storing generated blob " + blob.sha256 +
                                 " failed: " + put.error().message);
    return blob;
}

long long trackLegacyGeneratedBlobs(PgConnection& conn, storage::BlobStore& store) {
    const auto untracked = conn.exec(
        "SELECT g.sha256, g.media_type FROM ("
        " SELECT pdf_sha256, 'application/pdf' FROM certificates"
        " UNION SELECT thumbnail_sha256, 'image/jpeg' FROM media_assets"
        " UNION SELECT rendition_sha256, 'video/mp4' FROM media_assets) AS g (sha256, media_type)"
        " WHERE g.sha256 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM blobs b"
        "   WHERE b.sha256 = g.sha256)");
    long long tracked = 0;
    for (int r = 0; r < untracked.rows(); ++r) {
        const std::string sha = untracked.text(r, 0);
        const auto key = storage::BlobKey::fromSha256(sha);
        if (!key)
            continue;  // not a blob name (written by hand): nothing in the store to track
        const auto info = store.stat(*key);
        if (!info) {
            logWarn("cleanup: generated blob " + sha +
                    " is named by a certificate or media result but cannot be read from the "
                    "store: " +
                    info.error().message);
            continue;
        }
        trackGeneratedBlob(conn, sha, info.value().size, untracked.text(r, 1));
        ++tracked;
    }
    return tracked;
}

}  // namespace satchel::server::jobs
