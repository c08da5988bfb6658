#pragma once
// Blobs the jobs make (certificate PDFs, media thumbnails and offline renditions) are rows of
// the `blobs` table like uploaded assets, so that clean-up sees every byte in the store and can
// tell referenced from orphaned. The rows that name them reference them with foreign keys
// (0062), so PostgreSQL itself refuses to drop a blob row a certificate or media result still
// names; clean-up deletes the row before the bytes (cleanup_jobs.cpp).
//
// Storing one, in this order:
//   1. claimGeneratedBlob(): before the bytes are written, in a statement of its own that
//      commits at once. A new blob becomes 'pending', so a job that dies after writing the
//      bytes leaves a row that the abandoned-upload step removes, bytes included, after
//      --upload-grace-hours. An existing row is touched (its grace restarts); this waits for a
//      clean-up pass that holds the row and, if that pass deleted it, inserts it anew, so
//      bytes about to be written are never counted as deleted.
//   2. the bytes go to the store (content-addressed: writing them again is harmless);
//   3. trackGeneratedBlob(): in the transaction that writes the referencing row, before that
//      row: the blob is 'verified' (the job computed its SHA-256 from the very file it stored).

#include <cstdint>
#include <filesystem>
#include <string>

#include "db/connection.h"

namespace satchel::storage {
class BlobStore;
}

namespace satchel::server::jobs {

void claimGeneratedBlob(PgConnection& conn, const std::string& sha256, std::uint64_t size,
                        const std::string& mediaType);
void trackGeneratedBlob(PgConnection& conn, const std::string& sha256, std::uint64_t size,
                        const std::string& mediaType);

struct GeneratedBlob {
    std::string sha256;
    std::uint64_t size = 0;
    std::string mediaType;
};

// Steps 1 and 2 for a file, on `conn` outside any transaction: hashes, claims and stores it.
// Throws std::runtime_error when the file cannot be read or the store refuses it (the job is
// retried). Step 3 is trackGeneratedBlob(conn, blob).
GeneratedBlob storeGeneratedFile(PgConnection& conn, storage::BlobStore& store,
                                 const std::filesystem::path& file, const std::string& mediaType);
void trackGeneratedBlob(PgConnection& conn, const GeneratedBlob& blob);

// Certificates and media results written before their blobs were tracked (0062): their blobs
// get rows now, with the size the store reports; a blob missing from the store gets none.
// Returns how many were tracked. Part of every clean-up run; a no-op once all are tracked.
long long trackLegacyGeneratedBlobs(PgConnection& conn, storage::BlobStore& store);

}  // namespace satchel::server::jobs
