#pragma once
// The server's side of the asset flows, over one BlobStore and the `blobs` table:
//
//  upload (instructor): prepareUpload() answers an AssetUploadRequest with "already present"
//    (dedup by SHA-256), a presigned PUT, or a multipart upload with presigned part URLs;
//    completeUpload() finishes a multipart upload and verifies the stored bytes.
//  publish: requirePublishable() checks that every asset a manifest names is stored with the
//    declared size and SHA-256 (hashing it now if nobody has yet); a wrong one is deleted from
//    the store and the error names it.
//  download (student): downloadUrl() signs a short-lived GET URL.
//
// Errors are thrown as ApiError (http/types.h) with stable codes; see each function.

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "db/connection.h"
#include "satchel/model/course.h"
#include "satchel/protocol/messages.h"
#include "satchel/storage/blob_store.h"

namespace satchel::server {

struct AssetProblem {
    std::string sha256;
    std::string path;     // the asset's path in the manifest
    std::string code;     // asset_missing, asset_size_mismatch, asset_hash_mismatch
    std::string message;  // names the asset
};

class AssetService {
public:
    explicit AssetService(std::shared_ptr<storage::BlobStore> store,
                          std::chrono::seconds urlTtl = std::chrono::minutes(15));

    // 409 asset_size_conflict when the asset is stored with another size; 502 storage_unavailable.
    AssetUploadResponse prepareUpload(PgConnection& conn, const AssetUploadRequest& request,
                                      const std::string& userId);
    // 404 upload_not_found, 400 invalid_parts, 422 asset_hash_mismatch / asset_size_mismatch.
    void completeUpload(PgConnection& conn, const CompleteUploadRequest& request);

    // Every problem with the manifest's assets (empty: publishable). Verifies pending blobs.
    std::vector<AssetProblem> checkAssets(PgConnection& conn, const CourseManifest& manifest);
    // Throws ApiError 422 (code of the first problem) naming every asset at fault.
    void requirePublishable(PgConnection& conn, const CourseManifest& manifest);

    AssetUrlResponse downloadUrl(const std::string& sha256);

    storage::BlobStore& store() { return *store_; }
    // Uploads above this size use multipart, in parts of this size.
    std::uint64_t partSize(std::uint64_t assetSize) const;

private:
    // nullopt when the stored blob has the size and hash it should; marks it verified.
    std::optional<AssetProblem> verify(PgConnection& conn, const std::string& sha256,
                                       std::uint64_t size, const std::string& path);

    std::shared_ptr<storage::BlobStore> store_;
    std::chrono::seconds urlTtl_;
};

}  // namespace satchel::server
