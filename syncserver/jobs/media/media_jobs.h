#pragma once
// Media processing ("media.process" {sha256}), queued for every video asset of a newly
// published course version (trigger in migration 0034) or by enqueueMediaProcessing(). The job
// reads duration, codecs and resolution with ffprobe, makes a thumbnail, and, when the file is
// not fit for offline playback (H.264/AAC MP4, faststart, <= 720p), an offline rendition with
// ffmpeg; both are stored in the blob store by their SHA-256 and recorded in media_assets,
// which clients read with the manifest. Run twice, it records one result.

#include <memory>
#include <string>

#include "db/connection.h"
#include "jobs/registry.h"

namespace satchel::storage {
class BlobStore;
class LocalBlobStore;
}  // namespace satchel::storage

namespace satchel::server::jobs {

void enqueueMediaProcessing(PgConnection& conn, const std::string& sha256);

// `local` is the same store when it is the local folder (files are read in place), else null
// (blobs are downloaded through a presigned URL first).
void addMediaHandler(JobRegistry& registry, std::shared_ptr<storage::BlobStore> store,
                     storage::LocalBlobStore* local);

}  // namespace satchel::server::jobs
