#pragma once
// BlobStore on a local folder, the embedded default: satchel-syncd itself serves the blobs
// (blob_routes.h) under HMAC-signed expiring URLs. Layout under the root:
//
//     blobs/sha256/ab/cd/<hash>   immutable blob files (0644)
//     tmp/                        files being written; renamed into place once complete
//     uploads/<id>/               multipart uploads: "key", parts "<n>" and their "<n>.etag"
//
// Every blob appears atomically: bytes go to a temp file, are hashed while written, fsynced,
// checked against the key, renamed into place, and the folder is fsynced. A reader sees the
// whole blob or none of it, even across a crash.

#include <functional>
#include <string_view>

#include "satchel/storage/blob_store.h"
#include "satchel/storage/url_signer.h"

namespace satchel::storage {

struct LocalStoreConfig {
    std::filesystem::path root;
    std::string publicUrl;  // how clients reach satchel-syncd, e.g. https://school.example:8443
    UrlSigner signer = UrlSigner::withRandomKey();
    std::function<std::chrono::system_clock::time_point()> clock;  // system clock by default
};

class LocalBlobStore : public BlobStore {
public:
    // Creates the folders when missing; throws std::filesystem::filesystem_error if it cannot.
    explicit LocalBlobStore(LocalStoreConfig config);

    StorageResult<void> putFile(const BlobKey& key, const std::filesystem::path& file) override;
    StorageResult<BlobInfo> stat(const BlobKey& key) override;
    StorageResult<std::string> sha256Of(const BlobKey& key) override;
    StorageResult<void> remove(const BlobKey& key) override;
    StorageResult<PresignedRequest> presignGet(const BlobKey& key,
                                               std::chrono::seconds ttl) override;
    StorageResult<PresignedRequest> presignPut(const BlobKey& key, std::uint64_t size,
                                               std::chrono::seconds ttl) override;
    StorageResult<MultipartUpload> createMultipart(const BlobKey& key) override;
    StorageResult<PresignedRequest> presignPart(const MultipartUpload& upload, int partNumber,
                                                std::chrono::seconds ttl) override;
    StorageResult<void> completeMultipart(const MultipartUpload& upload,
                                          const std::vector<CompletedPart>& parts) override;
    StorageResult<void> abortMultipart(const MultipartUpload& upload) override;

    // Request bodies reach satchel-syncd in memory, so uploads are cut into parts of at most
    // 32 MiB; a single PUT takes at most one part's worth.
    std::uint64_t maxSinglePutSize() const override { return kPartLimit; }
    std::uint64_t minPartSize() const override { return 1; }
    std::uint64_t maxPartSize() const override { return kPartLimit; }
    static constexpr std::uint64_t kPartLimit = 32ull << 20;

    // --- used by the HTTP routes that serve the signed URLs ---
    // Writes `bytes` as the blob `key` (IntegrityMismatch when they do not hash to it).
    StorageResult<BlobInfo> putBytes(const BlobKey& key, std::string_view bytes);
    // Stores one part of an upload; returns its ETag (the quoted SHA-256 of the part).
    StorageResult<std::string> putPart(const std::string& uploadId, int partNumber,
                                       std::string_view bytes);
    // Where the blob's file is (it may not exist).
    std::filesystem::path pathOf(const BlobKey& key) const;
    const UrlSigner& signer() const { return config_.signer; }
    std::chrono::system_clock::time_point now() const;

    // URL paths (the routes' patterns in blob_routes.cpp match these).
    static std::string blobPath(const BlobKey& key) { return "/" + key.str(); }
    static std::string partPath(const std::string& uploadId, int partNumber);
    // Upload ids are 32 lower-case hex characters; anything else is refused before any disk
    // access, so an id can never name a path outside uploads/.
    static bool isValidUploadId(std::string_view id);

private:
    std::filesystem::path uploadDir(const std::string& uploadId) const;
    PresignedRequest signedRequest(const std::string& method, const std::string& path,
                                   std::chrono::seconds ttl, const std::string& bound,
                                   const std::string& extraQuery) const;

    LocalStoreConfig config_;
};

}  // namespace satchel::storage
