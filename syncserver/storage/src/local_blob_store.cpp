#include "satchel/storage/local_blob_store.h"

#include <openssl/rand.h>
#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "satchel/storage/atomic_file.h"

namespace fs = std::filesystem;

namespace satchel::storage {
namespace {

StorageError notFound(const std::string& what) {
    return StorageError{StorageErrorCode::NotFound, what, 404};
}

StorageError invalid(const std::string& what) {
    return StorageError{StorageErrorCode::InvalidArgument, what, 0};
}

std::string quoted(const std::string& s) {
    return "\"" + s + "\"";
}

std::string unquoted(std::string s) {
    s.erase(std::remove(s.begin(), s.end(), '"'), s.end());
    return s;
}

std::string readSmallFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace

LocalBlobStore::LocalBlobStore(LocalStoreConfig config) : config_(std::move(config)) {
    fs::create_directories(config_.root / "blobs");
    fs::create_directories(config_.root / "tmp");
    fs::create_directories(config_.root / "uploads");
    while (!config_.publicUrl.empty() && config_.publicUrl.back() == '/')
        config_.publicUrl.pop_back();
}

std::chrono::system_clock::time_point LocalBlobStore::now() const {
    return config_.clock ? config_.clock() : std::chrono::system_clock::now();
}

fs::path LocalBlobStore::pathOf(const BlobKey& key) const {
    return config_.root / key.str();
}

std::string LocalBlobStore::partPath(const std::string& uploadId, int partNumber) {
    return "/blob-uploads/" + uploadId + "/" + std::to_string(partNumber);
}

bool LocalBlobStore::isValidUploadId(std::string_view id) {
    return id.size() == 32 && std::all_of(id.begin(), id.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

fs::path LocalBlobStore::uploadDir(const std::string& uploadId) const {
    return config_.root / "uploads" / uploadId;
}

StorageResult<void> LocalBlobStore::putFile(const BlobKey& key, const fs::path& file) {
    auto writer = AtomicFileWriter::create(config_.root / "tmp");
    if (!writer)
        return fail(writer.error());
    if (auto r = (*writer)->appendFile(file); !r)
        return r;
    const std::string digest = (*writer)->finishHash();
    if (digest != key.sha256())
        return fail(StorageError{StorageErrorCode::IntegrityMismatch,
                                 file.string() + " has SHA-256 " + digest + ", not " + key.sha256(),
                                 0});
    return (*writer)->commit(pathOf(key));
}

StorageResult<BlobInfo> LocalBlobStore::putBytes(const BlobKey& key, std::string_view bytes) {
    auto writer = AtomicFileWriter::create(config_.root / "tmp");
    if (!writer)
        return fail(writer.error());
    if (auto r = (*writer)->write(bytes); !r)
        return fail(r.error());
    const std::string digest = (*writer)->finishHash();
    if (digest != key.sha256())
        return fail(StorageError{StorageErrorCode::IntegrityMismatch,
                                 "upload for " + key.str() + " has SHA-256 " + digest, 0});
    if (auto r = (*writer)->commit(pathOf(key)); !r)
        return fail(r.error());
    return BlobInfo{bytes.size(), quoted(key.sha256())};
}

StorageResult<BlobInfo> LocalBlobStore::stat(const BlobKey& key) {
    struct ::stat st {};
    if (::stat(pathOf(key).c_str(), &st) != 0) {
        if (errno == ENOENT)
            return fail(notFound("no blob " + key.str()));
        return fail(StorageError{StorageErrorCode::Io, "cannot stat " + key.str(), 0});
    }
    return BlobInfo{static_cast<std::uint64_t>(st.st_size), quoted(key.sha256())};
}

StorageResult<std::string> LocalBlobStore::sha256Of(const BlobKey& key) {
    try {
        return hashFile(pathOf(key)).sha256;
    } catch (const std::system_error& e) {
        if (e.code() == std::errc::no_such_file_or_directory)
            return fail(notFound("no blob " + key.str()));
        return fail(StorageError{StorageErrorCode::Io, e.what(), 0});
    }
}

StorageResult<void> LocalBlobStore::remove(const BlobKey& key) {
    std::error_code ec;
    fs::remove(pathOf(key), ec);
    if (ec)
        return fail(StorageError{StorageErrorCode::Io, "cannot remove " + key.str(), 0});
    return {};
}

PresignedRequest LocalBlobStore::signedRequest(const std::string& method, const std::string& path,
                                               std::chrono::seconds ttl, const std::string& bound,
                                               const std::string& extraQuery) const {
    const auto expiresAt = now() + ttl;
    const auto expires =
        std::chrono::duration_cast<std::chrono::seconds>(expiresAt.time_since_epoch()).count();
    const std::string sig = config_.signer.sign(method, path, expires, bound);
    return {method,
            config_.publicUrl + path + "?" + extraQuery + "expires=" + std::to_string(expires) +
                "&sig=" + sig,
            {},
            expiresAt};
}

StorageResult<PresignedRequest> LocalBlobStore::presignGet(const BlobKey& key,
                                                           std::chrono::seconds ttl) {
    return signedRequest("GET", blobPath(key), ttl, {}, {});
}

StorageResult<PresignedRequest> LocalBlobStore::presignPut(const BlobKey& key, std::uint64_t size,
                                                           std::chrono::seconds ttl) {
    if (size > maxSinglePutSize())
        return fail(
            invalid(key.str() + ": " + std::to_string(size) + " bytes need a multipart upload"));
    const std::string sizeText = std::to_string(size);
    return signedRequest("PUT", blobPath(key), ttl, sizeText, "size=" + sizeText + "&");
}

StorageResult<MultipartUpload> LocalBlobStore::createMultipart(const BlobKey& key) {
    unsigned char random[16];
    if (RAND_bytes(random, sizeof random) != 1)
        return fail(StorageError{StorageErrorCode::Io, "no randomness for an upload id", 0});
    const std::string id = toHex(random, sizeof random);
    auto writer = AtomicFileWriter::create(config_.root / "tmp");
    if (!writer)
        return fail(writer.error());
    if (auto r = (*writer)->write(key.str()); !r)
        return fail(r.error());
    if (auto r = (*writer)->commit(uploadDir(id) / "key"); !r)
        return fail(r.error());
    return MultipartUpload{key, id};
}

StorageResult<PresignedRequest> LocalBlobStore::presignPart(const MultipartUpload& upload,
                                                            int partNumber,
                                                            std::chrono::seconds ttl) {
    if (partNumber < 1 || partNumber > 10000)
        return fail(invalid("part number must be 1..10000, got " + std::to_string(partNumber)));
    if (!isValidUploadId(upload.uploadId))
        return fail(notFound("no upload " + upload.uploadId));
    return signedRequest("PUT", partPath(upload.uploadId, partNumber), ttl, {}, {});
}

StorageResult<std::string> LocalBlobStore::putPart(const std::string& uploadId, int partNumber,
                                                   std::string_view bytes) {
    if (!isValidUploadId(uploadId) || !fs::exists(uploadDir(uploadId) / "key"))
        return fail(notFound("no upload " + uploadId));
    if (partNumber < 1 || partNumber > 10000)
        return fail(invalid("part number must be 1..10000, got " + std::to_string(partNumber)));
    if (bytes.size() > kPartLimit)
        return fail(invalid("a part holds at most 32 MiB"));
    auto writer = AtomicFileWriter::create(config_.root / "tmp");
    if (!writer)
        return fail(writer.error());
    if (auto r = (*writer)->write(bytes); !r)
        return fail(r.error());
    const std::string etag = quoted((*writer)->finishHash());
    // The ETag file is written first: a part file without one is never trusted.
    auto etagWriter = AtomicFileWriter::create(config_.root / "tmp");
    if (!etagWriter)
        return fail(etagWriter.error());
    if (auto r = (*etagWriter)->write(etag); !r)
        return fail(r.error());
    const std::string number = std::to_string(partNumber);
    if (auto r = (*etagWriter)->commit(uploadDir(uploadId) / (number + ".etag")); !r)
        return fail(r.error());
    if (auto r = (*writer)->commit(uploadDir(uploadId) / number); !r)
        return fail(r.error());
    return etag;
}

StorageResult<void> LocalBlobStore::completeMultipart(const MultipartUpload& upload,
                                                      const std::vector<CompletedPart>& parts) {
    const fs::path dir = uploadDir(upload.uploadId);
    if (!isValidUploadId(upload.uploadId) || !fs::exists(dir / "key") ||
        readSmallFile(dir / "key") != upload.key.str())
        return fail(notFound("no upload " + upload.uploadId + " for " + upload.key.str()));
    if (parts.empty())
        return fail(invalid("no parts to complete"));
    for (std::size_t i = 1; i < parts.size(); ++i)
        if (parts[i].partNumber <= parts[i - 1].partNumber)
            return fail(invalid("parts must be in ascending order without repeats"));

    auto writer = AtomicFileWriter::create(config_.root / "tmp");
    if (!writer)
        return fail(writer.error());
    for (const auto& part : parts) {
        const std::string number = std::to_string(part.partNumber);
        if (!fs::exists(dir / number) ||
            unquoted(readSmallFile(dir / (number + ".etag"))) != unquoted(part.etag))
            return fail(invalid("part " + number + " of " + upload.key.str() +
                                " is missing or has another ETag"));
        if (auto r = (*writer)->appendFile(dir / number); !r)
            return r;
    }
    const std::string digest = (*writer)->finishHash();
    if (digest != upload.key.sha256())
        return fail(StorageError{StorageErrorCode::IntegrityMismatch,
                                 "the parts of " + upload.key.str() + " have SHA-256 " + digest,
                                 0});
    if (auto r = (*writer)->commit(pathOf(upload.key)); !r)
        return r;
    std::error_code ec;
    fs::remove_all(dir, ec);  // the blob is published; leftovers only cost disk
    return {};
}

StorageResult<void> LocalBlobStore::abortMultipart(const MultipartUpload& upload) {
    if (!isValidUploadId(upload.uploadId))
        return fail(notFound("no upload " + upload.uploadId));
    std::error_code ec;
    if (fs::remove_all(uploadDir(upload.uploadId), ec) == 0 && !ec)
        return fail(notFound("no upload " + upload.uploadId));
    if (ec)
        return fail(
            StorageError{StorageErrorCode::Io, "cannot remove upload " + upload.uploadId, 0});
    return {};
}

}  // namespace satchel::storage
