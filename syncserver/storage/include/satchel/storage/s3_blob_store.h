#pragma once
// BlobStore on any S3-compatible service (AWS S3, MinIO, Ceph, R2, s3rver). Server-side calls
// go through libcurl signed with an Authorization header; clients get presigned URLs (query
// signing, UNSIGNED-PAYLOAD), so blob bytes never pass through satchel-syncd.

#include <functional>
#include <memory>

#include "satchel/storage/blob_store.h"

namespace satchel::storage {

enum class S3Addressing {
    PathStyle,      // http://endpoint/bucket/key  (MinIO, s3rver, most self-hosted stores)
    VirtualHosted,  // https://bucket.endpoint/key (AWS's default)
};

struct S3Config {
    std::string endpoint;  // scheme://host[:port], e.g. https://s3.eu-west-1.amazonaws.com
    std::string region = "us-east-1";
    std::string bucket;
    AwsCredentials credentials;
    S3Addressing addressing = S3Addressing::PathStyle;
    // The time used for signing; tests pin it. Defaults to the system clock.
    std::function<std::chrono::system_clock::time_point()> clock;
};

// The pure URL geometry of an object, shared by signing and by the HTTP calls.
struct S3Location {
    std::string scheme;  // http or https
    std::string host;    // the Host header: bucket.endpoint for virtual-hosted style
    std::string path;    // percent-encoded once, as sent
    std::string url(const NameValueList& query = {}) const;
};

class S3BlobStore : public BlobStore {
public:
    // Throws std::invalid_argument when the endpoint is not scheme://host[:port].
    explicit S3BlobStore(S3Config config);

    S3Location locate(const std::string& objectKey) const;

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

    // S3's own limits: 5 GiB single PUT, parts of 5 MiB .. 5 GiB (the last may be smaller).
    std::uint64_t maxSinglePutSize() const override { return 5ull << 30; }
    std::uint64_t minPartSize() const override { return 5ull << 20; }
    std::uint64_t maxPartSize() const override { return 5ull << 30; }

    // Presigns any request on an object key (the tests compare these with AWS's signer).
    PresignedRequest presign(const std::string& method, const std::string& objectKey,
                             const NameValueList& query, std::chrono::seconds ttl) const;

    // Signs a server-side request (Authorization header form) the way every call here does.
    HeaderSignature signRequest(const std::string& method, const std::string& objectKey,
                                const NameValueList& query, const std::string& payloadHash) const;

    const S3Config& config() const { return config_; }
    std::chrono::system_clock::time_point now() const;

private:
    S3Config config_;
    std::string scheme_;
    std::string authority_;
};

}  // namespace satchel::storage
