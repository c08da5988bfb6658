#include "satchel/storage/blob_http.h"

#include <sys/stat.h>

#include <charconv>
#include <cstdio>
#include <ctime>

#include <nlohmann/json.hpp>

#include "satchel/storage/byte_range.h"

namespace satchel::storage {
namespace {

constexpr const char* kImmutable = "public, max-age=31536000, immutable";

BlobHttpResponse error(int status, const std::string& code, const std::string& message) {
    BlobHttpResponse r;
    r.status = status;
    // The server's one error shape, {"error":{"code","message"}} (shared's ErrorResponse).
    const nlohmann::json body{{"error", {{"code", code}, {"message", message}}}};
    r.body = body.dump();
    r.headers = {{"Content-Type", "application/json"},
                 {"Content-Length", std::to_string(r.body.size())},
                 {"Cache-Control", "no-store"}};
    return r;
}

std::string queryValue(const BlobHttpRequest& request, const std::string& name) {
    const auto it = request.query.find(name);
    return it == request.query.end() ? std::string{} : it->second;
}

std::string headerValue(const BlobHttpRequest& request, const std::string& name) {
    const auto it = request.headers.find(name);
    return it == request.headers.end() ? std::string{} : it->second;
}

// Checks the URL's signature; nullopt when it is good, else the 403 to send.
std::optional<BlobHttpResponse> refuseUnsigned(const LocalBlobStore& store,
                                               const BlobHttpRequest& request,
                                               const std::string& method,
                                               const std::string& bound = {}) {
    switch (store.signer().check(method, request.path, queryValue(request, "expires"),
                                 queryValue(request, "sig"), store.now(), bound)) {
        case UrlCheck::Valid:
            return std::nullopt;
        case UrlCheck::Expired:
            return error(403, "url_expired", "this link has expired");
        case UrlCheck::Forged:
            break;
    }
    return error(403, "url_forged", "this link is not valid");
}

std::optional<BlobKey> keyFromPath(const std::string& path) {
    if (path.empty() || path[0] != '/')
        return std::nullopt;
    return BlobKey::parse(std::string_view(path).substr(1));
}

}  // namespace

std::string httpDate(std::chrono::system_clock::time_point time) {
    const std::time_t t = std::chrono::system_clock::to_time_t(time);
    std::tm tm{};
    gmtime_r(&t, &tm);
    static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[40];
    std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays[tm.tm_wday],
                  tm.tm_mday, kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
                  tm.tm_sec);
    return buf;
}

BlobHttpResponse serveBlob(LocalBlobStore& store, const BlobHttpRequest& request) {
    const auto key = keyFromPath(request.path);
    if (!key)
        return error(400, "bad_blob_key", "not a blob address");
    // HEAD is answered under a GET signature: it reveals nothing GET would not.
    if (auto refused = refuseUnsigned(store, request, "GET"))
        return *refused;

    const auto path = store.pathOf(*key);
    struct ::stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return error(404, "not_found", "no such blob");
    const auto size = static_cast<std::uint64_t>(st.st_size);
    const std::string etag = "\"" + key->sha256() + "\"";
    const std::string lastModified =
        httpDate(std::chrono::system_clock::from_time_t(st.st_mtim.tv_sec));

    BlobHttpResponse r;
    r.headers = {{"ETag", etag},
                 {"Last-Modified", lastModified},
                 {"Cache-Control", kImmutable},
                 {"Accept-Ranges", "bytes"}};
    const RangeDecision range =
        request.method == "GET"
            ? decideRange(headerValue(request, "range"), headerValue(request, "if-range"), size,
                          etag, lastModified)
            : RangeDecision{200, 0, size, {}};
    r.status = range.status;
    if (!range.contentRange.empty())
        r.headers.emplace_back("Content-Range", range.contentRange);
    if (range.status == 416) {
        r.headers.emplace_back("Content-Length", "0");
        return r;
    }
    r.headers.emplace_back("Content-Type", "application/octet-stream");
    r.headers.emplace_back("Content-Length", std::to_string(range.length));
    r.file = FileSlice{path, range.offset, range.length};  // HEAD: the listener sends no body
    return r;
}

BlobHttpResponse acceptBlobPut(LocalBlobStore& store, const BlobHttpRequest& request) {
    const auto key = keyFromPath(request.path);
    if (!key)
        return error(400, "bad_blob_key", "not a blob address");
    const std::string declared = queryValue(request, "size");
    if (auto refused = refuseUnsigned(store, request, "PUT", declared))
        return *refused;
    if (declared != std::to_string(request.body.size()))
        return error(400, "size_mismatch",
                     "expected " + declared + " bytes, got " + std::to_string(request.body.size()));
    const auto stored = store.putBytes(*key, request.body);
    if (!stored) {
        if (stored.error().code == StorageErrorCode::IntegrityMismatch)
            return error(422, "hash_mismatch", "the bytes do not match " + key->str());
        return error(500, "storage_failed", "the blob could not be stored");
    }
    BlobHttpResponse r;
    r.headers = {{"ETag", stored->etag}, {"Content-Length", "0"}};
    return r;
}

BlobHttpResponse acceptPartPut(LocalBlobStore& store, const BlobHttpRequest& request) {
    // The upload id and part number come from the signed path itself, never from elsewhere.
    constexpr std::string_view kPrefix = "/blob-uploads/";
    const std::string_view path = request.path;
    if (path.substr(0, kPrefix.size()) != kPrefix)
        return error(400, "bad_path", "not a part");
    const std::string_view rest = path.substr(kPrefix.size());
    const auto slash = rest.find('/');
    if (slash == std::string_view::npos)
        return error(400, "bad_path", "not a part");
    const std::string uploadId(rest.substr(0, slash));
    const std::string partNumber(rest.substr(slash + 1));
    if (!LocalBlobStore::isValidUploadId(uploadId))
        return error(400, "bad_upload_id", "not an upload id");
    int number = 0;
    const auto [end, ec] =
        std::from_chars(partNumber.data(), partNumber.data() + partNumber.size(), number);
    if (ec != std::errc() || end != partNumber.data() + partNumber.size())
        return error(400, "bad_part_number", "not a part number");
    if (auto refused = refuseUnsigned(store, request, "PUT"))
        return *refused;
    const auto etag = store.putPart(uploadId, number, request.body);
    if (!etag) {
        switch (etag.error().code) {
            case StorageErrorCode::NotFound:
                return error(404, "not_found", "no such upload");
            case StorageErrorCode::InvalidArgument:
                return error(400, "bad_part", etag.error().message);
            default:
                return error(500, "storage_failed", "the part could not be stored");
        }
    }
    BlobHttpResponse r;
    r.headers = {{"ETag", *etag}, {"Content-Length", "0"}};
    return r;
}

}  // namespace satchel::storage
