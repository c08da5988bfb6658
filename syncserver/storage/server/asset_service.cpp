#include "storage/server/asset_service.h"

#include <algorithm>

#include "http/types.h"

namespace satchel::server {
namespace {

using storage::BlobKey;
using storage::StorageErrorCode;

std::int64_t toMs(std::chrono::system_clock::time_point t) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

ApiError storageUnavailable(const storage::StorageError& e) {
    return ApiError(502, "storage_unavailable",
                    "the blob store could not be reached (" + std::string(toString(e.code)) + ")");
}

BlobKey keyOf(const std::string& sha256) {
    auto key = BlobKey::fromSha256(sha256);
    if (!key)
        throw badRequest("sha256 must be 64 lower-case hex digits", "invalid_field");
    return *key;
}

struct BlobRow {
    std::string state;
    std::uint64_t size = 0;
    std::string uploadId;
};

std::optional<BlobRow> findBlob(PgConnection& conn, const std::string& sha256) {
    const auto r = conn.exec(
        "SELECT state, size, coalesce(upload_id, '') FROM blobs WHERE sha256 = $1", {sha256});
    if (r.empty())
        return std::nullopt;
    return BlobRow{r.text(0, 0), static_cast<std::uint64_t>(r.integer(0, 1)), r.text(0, 2)};
}

}  // namespace

AssetService::AssetService(std::shared_ptr<storage::BlobStore> store, std::chrono::seconds urlTtl)
    : store_(std::move(store)), urlTtl_(urlTtl) {}

std::uint64_t AssetService::partSize(std::uint64_t assetSize) const {
    // 32 MiB parts keep a lost part cheap to resend; very large assets get bigger parts so
    // that no upload needs more than 10,000 of them (S3's limit).
    constexpr std::uint64_t kDefault = 32ull << 20;
    const std::uint64_t needed = (assetSize + 9999) / 10000;
    return std::clamp(std::max(kDefault, needed), store_->minPartSize(), store_->maxPartSize());
}

AssetUploadResponse AssetService::prepareUpload(PgConnection& conn,
                                                const AssetUploadRequest& request,
                                                const std::string& userId) {
    const BlobKey key = keyOf(request.sha256);
    AssetUploadResponse out;
    out.sha256 = request.sha256;
    const auto row = findBlob(conn, request.sha256);
    if (row && row->state == "verified") {
        if (row->size != request.size)
            throw ApiError(409, "asset_size_conflict",
                           "asset " + request.sha256 + " is stored with " +
                               std::to_string(row->size) + " bytes, not " +
                               std::to_string(request.size));
        out.alreadyPresent = true;
        return out;
    }

    // Bytes already in the store (uploaded before, by anyone) count once they check out.
    if (const auto info = store_->stat(key);
        info && info->size == request.size && !verify(conn, request.sha256, request.size, {})) {
        out.alreadyPresent = true;
        return out;
    }

    const std::uint64_t part = partSize(request.size);
    std::string uploadId;
    if (request.size <= part && request.size <= store_->maxSinglePutSize()) {
        auto put = store_->presignPut(key, request.size, urlTtl_);
        if (!put)
            throw storageUnavailable(put.error());
        out.uploadUrl = put->url;
        for (const auto& [name, value] : put->headers)
            out.headers[name] = value;
        out.expiresAtMs = toMs(put->expiresAt);
    } else {
        // Asking again for the same asset resumes the open upload: parts already sent stay.
        if (row && !row->uploadId.empty() && row->size == request.size) {
            uploadId = row->uploadId;
        } else {
            auto created = store_->createMultipart(key);
            if (!created)
                throw storageUnavailable(created.error());
            uploadId = created->uploadId;
        }
        const storage::MultipartUpload upload{key, uploadId};
        const std::uint64_t parts = (request.size + part - 1) / part;
        for (std::uint64_t n = 1; n <= parts; ++n) {
            auto url = store_->presignPart(upload, static_cast<int>(n), urlTtl_);
            if (!url)
                throw storageUnavailable(url.error());
            out.partUrls.push_back(url->url);
            out.expiresAtMs = toMs(url->expiresAt);
        }
        out.uploadId = uploadId;
        out.partSize = part;
    }
    conn.exec(
        "INSERT INTO blobs (sha256, size, media_type, state, upload_id, requested_by) "
        "VALUES ($1, $2, $3, 'pending', NULLIF($4, ''), $5) "
        "ON CONFLICT (sha256) DO UPDATE SET size = EXCLUDED.size, media_type = "
        "EXCLUDED.media_type, "
        "upload_id = EXCLUDED.upload_id, requested_by = EXCLUDED.requested_by "
        "WHERE blobs.state = 'pending'",
        {request.sha256, static_cast<long long>(request.size), request.mediaType, uploadId,
         userId});
    return out;
}

void AssetService::completeUpload(PgConnection& conn, const CompleteUploadRequest& request) {
    const BlobKey key = keyOf(request.sha256);
    const auto row = findBlob(conn, request.sha256);
    if (row && row->state == "verified")
        return;  // completed before: nothing to do
    if (!row || row->uploadId != request.uploadId)
        throw ApiError(404, "upload_not_found",
                       "no open upload " + request.uploadId + " for asset " + request.sha256);
    std::vector<storage::CompletedPart> parts;
    for (const auto& p : request.parts)
        parts.push_back({static_cast<int>(p.number), p.etag});
    const auto done = store_->completeMultipart({key, request.uploadId}, parts);
    if (!done) {
        switch (done.error().code) {
            case StorageErrorCode::NotFound:
                conn.exec("UPDATE blobs SET upload_id = NULL WHERE sha256 = $1", {request.sha256});
                throw ApiError(404, "upload_not_found",
                               "upload " + request.uploadId + " is gone; ask for a new one");
            case StorageErrorCode::InvalidArgument:
                throw ApiError(400, "invalid_parts", done.error().message);
            case StorageErrorCode::IntegrityMismatch:
                throw ApiError(
                    422, "asset_hash_mismatch",
                    "the uploaded parts of asset " + request.sha256 + " do not have that SHA-256");
            default:
                throw storageUnavailable(done.error());
        }
    }
    conn.exec("UPDATE blobs SET upload_id = NULL WHERE sha256 = $1", {request.sha256});
    if (auto problem = verify(conn, request.sha256, row->size, {}))
        throw ApiError(422, problem->code, problem->message);
}

std::optional<AssetProblem> AssetService::verify(PgConnection& conn, const std::string& sha256,
                                                 std::uint64_t size, const std::string& path) {
    const std::string name =
        "asset " + (path.empty() ? sha256 : "\"" + path + "\" (" + sha256 + ")");
    const auto row = findBlob(conn, sha256);
    if (row && row->state == "verified") {
        if (row->size == size)
            return std::nullopt;
        return AssetProblem{
            sha256, path, "asset_size_mismatch",
            name + " has " + std::to_string(row->size) + " bytes, not " + std::to_string(size)};
    }
    const BlobKey key = keyOf(sha256);
    const auto info = store_->stat(key);
    if (!info) {
        if (info.error().code == StorageErrorCode::NotFound)
            return AssetProblem{sha256, path, "asset_missing", name + " has not been uploaded"};
        throw storageUnavailable(info.error());
    }
    if (info->size != size) {
        (void)store_->remove(key);  // wrong bytes under a content address: let a retry replace them
        return AssetProblem{sha256, path, "asset_size_mismatch",
                            name + " was uploaded with " + std::to_string(info->size) +
                                " bytes, not " + std::to_string(size)};
    }
    const auto digest = store_->sha256Of(key);
    if (!digest)
        throw storageUnavailable(digest.error());
    if (*digest != sha256) {
        (void)store_->remove(key);
        return AssetProblem{
            sha256, path, "asset_hash_mismatch",
            name + " was uploaded with different content (SHA-256 " + *digest + ")"};
    }
    conn.exec(
        "INSERT INTO blobs (sha256, size, state, verified_at) VALUES ($1, $2, 'verified', now()) "
        "ON CONFLICT (sha256) DO UPDATE SET state = 'verified', size = EXCLUDED.size, "
        "upload_id = NULL, verified_at = now()",
        {sha256, static_cast<long long>(size)});
    return std::nullopt;
}

std::vector<AssetProblem> AssetService::checkAssets(PgConnection& conn,
                                                    const CourseManifest& manifest) {
    std::vector<AssetProblem> problems;
    for (const Asset& asset : manifest.assets)
        if (auto p = verify(conn, asset.sha256, asset.size, asset.path))
            problems.push_back(*p);
    return problems;
}

void AssetService::requirePublishable(PgConnection& conn, const CourseManifest& manifest) {
    const auto problems = checkAssets(conn, manifest);
    if (problems.empty())
        return;
    std::string message;
    for (const auto& p : problems)
        message += (message.empty() ? "" : "; ") + p.message;
    throw ApiError(422, problems.front().code, message);
}

AssetUrlResponse AssetService::downloadUrl(const std::string& sha256) {
    const auto url = store_->presignGet(keyOf(sha256), urlTtl_);
    if (!url)
        throw storageUnavailable(url.error());
    return AssetUrlResponse{sha256, url->url, toMs(url->expiresAt)};
}

}  // namespace satchel::server
