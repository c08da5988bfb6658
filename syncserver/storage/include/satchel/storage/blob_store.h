#pragma once
// BlobStore: where course assets live. Blobs are immutable and content-addressed (BlobKey), and
// clients move their bytes directly to and from the store through short-lived presigned URLs;
// the server only signs, checks and publishes. Two implementations: S3BlobStore (any
// S3-compatible service) and LocalBlobStore (a folder that satchel-syncd serves itself).
//
// Every call returns a typed StorageError instead of throwing. Implementations are safe to use
// from several threads at once.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "satchel/result.h"
#include "satchel/storage/blob_key.h"
#include "satchel/storage/sigv4.h"

namespace satchel::storage {

enum class StorageErrorCode {
    NotFound,           // no such blob, upload or part
    IntegrityMismatch,  // the bytes' size or SHA-256 differ from the key / the declared size
    InvalidArgument,    // a malformed part list, part number or size
    Io,                 // the local disk failed
    Network,            // the object store could not be reached
    Remote,             // the object store answered with an error
};

struct StorageError {
    StorageErrorCode code = StorageErrorCode::Io;
    std::string message;  // for operators: names the key / upload and what went wrong
    int httpStatus = 0;   // the object store's status, when it answered
};

std::string_view toString(StorageErrorCode code);

template <class T>
using StorageResult = satchel::Result<T, StorageError>;

struct BlobInfo {
    std::uint64_t size = 0;
    std::string etag;  // quoted, as the store sends it
};

// A request the client makes itself: method, URL and any headers it must send verbatim.
struct PresignedRequest {
    std::string method;
    std::string url;
    NameValueList headers;
    std::chrono::system_clock::time_point expiresAt;
};

struct MultipartUpload {
    BlobKey key;
    std::string uploadId;
};

struct CompletedPart {
    int partNumber = 0;  // 1-based, as S3 numbers them
    std::string etag;    // as returned by the part's PUT
};

class BlobStore {
public:
    virtual ~BlobStore() = default;

    // Uploads a local file under `key` from the server itself (demo content, tests). The file's
    // SHA-256 must equal the key's, else IntegrityMismatch and nothing is stored.
    virtual StorageResult<void> putFile(const BlobKey& key, const std::filesystem::path& file) = 0;
    // NotFound when the blob does not exist.
    virtual StorageResult<BlobInfo> stat(const BlobKey& key) = 0;
    // Reads the stored bytes through SHA-256 without holding them in memory.
    virtual StorageResult<std::string> sha256Of(const BlobKey& key) = 0;
    // Removes a blob (one that failed verification); removing a missing blob succeeds.
    virtual StorageResult<void> remove(const BlobKey& key) = 0;

    virtual StorageResult<PresignedRequest> presignGet(const BlobKey& key,
                                                       std::chrono::seconds ttl) = 0;
    virtual StorageResult<PresignedRequest> presignPut(const BlobKey& key, std::uint64_t size,
                                                       std::chrono::seconds ttl) = 0;

    virtual StorageResult<MultipartUpload> createMultipart(const BlobKey& key) = 0;
    virtual StorageResult<PresignedRequest> presignPart(const MultipartUpload& upload,
                                                        int partNumber,
                                                        std::chrono::seconds ttl) = 0;
    virtual StorageResult<void> completeMultipart(const MultipartUpload& upload,
                                                  const std::vector<CompletedPart>& parts) = 0;
    virtual StorageResult<void> abortMultipart(const MultipartUpload& upload) = 0;

    // Uploads larger than this must use multipart; parts (but the last) must be at least
    // minPartSize() and at most maxPartSize() bytes.
    virtual std::uint64_t maxSinglePutSize() const = 0;
    virtual std::uint64_t minPartSize() const = 0;
    virtual std::uint64_t maxPartSize() const = 0;
};

}  // namespace satchel::storage
