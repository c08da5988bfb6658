#include "satchel/storage/s3_blob_store.h"

#include <stdexcept>

#include "satchel/storage/crypto.h"
#include "satchel/storage/curl_transport.h"
#include "satchel/storage/s3_xml.h"
#include "satchel/storage/uri_encoding.h"

namespace satchel::storage {
namespace {

// One signed server-side call on an object.
struct Call {
    std::string method;
    std::string objectKey;
    NameValueList query;
    std::string body;
    std::optional<std::filesystem::path> bodyFile;
    std::string payloadHash;  // empty: SHA-256 of `body`
    std::function<void(std::string_view)> onBody;
};

StorageError remoteError(const TransportResponse& r, const std::string& what) {
    StorageError e;
    e.httpStatus = static_cast<int>(r.status);
    e.code = r.status == 404 ? StorageErrorCode::NotFound : StorageErrorCode::Remote;
    const auto code = xmlElementText(r.body, "Code");
    const auto message = xmlElementText(r.body, "Message");
    e.message = what + ": HTTP " + std::to_string(r.status) + (code ? " " + *code : "") +
                (message ? " (" + *message + ")" : "");
    if (code && *code == "NoSuchUpload")
        e.code = StorageErrorCode::NotFound;
    if (code &&
        (*code == "InvalidPart" || *code == "InvalidPartOrder" || *code == "EntityTooSmall"))
        e.code = StorageErrorCode::InvalidArgument;
    return e;
}

StorageResult<TransportResponse> send(const S3BlobStore& store, Call call) {
    const S3Location where = store.locate(call.objectKey);
    const HeaderSignature signature =
        store.signRequest(call.method, call.objectKey, call.query,
                          call.payloadHash.empty() ? sha256Hex(call.body) : call.payloadHash);

    TransportRequest transport;
    transport.method = call.method;
    transport.url = where.url(call.query);
    transport.headers = signature.headersToAdd;
    transport.headers.emplace_back("Authorization", signature.authorization);
    transport.body = std::move(call.body);
    transport.bodyFile = std::move(call.bodyFile);
    transport.onBody = std::move(call.onBody);
    auto response = perform(transport);
    if (!response)
        return fail(StorageError{
            StorageErrorCode::Network,
            "S3 " + call.method + " " + call.objectKey + ": " + response.error().message, 0});
    return std::move(response).value();
}

bool isSuccess(const TransportResponse& r) {
    return r.status >= 200 && r.status < 300;
}

}  // namespace

std::string S3Location::url(const NameValueList& query) const {
    std::string out = scheme + "://" + host + path;
    if (!query.empty())
        out += "?" + encodeQueryString(query);
    return out;
}

S3BlobStore::S3BlobStore(S3Config config) : config_(std::move(config)) {
    const auto sep = config_.endpoint.find("://");
    if (sep == std::string::npos)
        throw std::invalid_argument("S3 endpoint needs a scheme");
    scheme_ = config_.endpoint.substr(0, sep);
    authority_ = config_.endpoint.substr(sep + 3);
    while (!authority_.empty() && authority_.back() == '/')
        authority_.pop_back();
    if ((scheme_ != "http" && scheme_ != "https") || authority_.empty() ||
        authority_.find('/') != std::string::npos)
        throw std::invalid_argument("S3 endpoint must be http(s)://host[:port]: " +
                                    config_.endpoint);
    // Clients leave default ports out of Host; the signature must match what they send.
    const std::string defaultPort = scheme_ == "https" ? ":443" : ":80";
    if (authority_.size() > defaultPort.size() &&
        authority_.compare(authority_.size() - defaultPort.size(), defaultPort.size(),
                           defaultPort) == 0)
        authority_.resize(authority_.size() - defaultPort.size());
    if (config_.bucket.empty())
        throw std::invalid_argument("S3 bucket is empty");
}

std::chrono::system_clock::time_point S3BlobStore::now() const {
    return config_.clock ? config_.clock() : std::chrono::system_clock::now();
}

S3Location S3BlobStore::locate(const std::string& objectKey) const {
    const std::string encodedKey = awsUriEncode(objectKey, true);
    if (config_.addressing == S3Addressing::VirtualHosted)
        return {scheme_, config_.bucket + "." + authority_, "/" + encodedKey};
    return {scheme_, authority_, "/" + config_.bucket + "/" + encodedKey};
}

HeaderSignature S3BlobStore::signRequest(const std::string& method, const std::string& objectKey,
                                         const NameValueList& query,
                                         const std::string& payloadHash) const {
    const S3Location where = locate(objectKey);
    SigningRequest request;
    request.method = method;
    request.path = where.path;
    request.query = query;
    request.headers = {{"host", where.host}};
    request.payloadHash = payloadHash;
    return signWithHeaders(request, config_.credentials, s3SigningOptions(config_.region, now()));
}

PresignedRequest S3BlobStore::presign(const std::string& method, const std::string& objectKey,
                                      const NameValueList& query, std::chrono::seconds ttl) const {
    const S3Location where = locate(objectKey);
    SigningRequest request;
    request.method = method;
    request.path = where.path;
    request.query = query;
    request.headers = {{"host", where.host}};
    request.payloadHash = kUnsignedPayload;
    const auto time = now();
    const QuerySignature signature =
        signWithQuery(request, config_.credentials, s3SigningOptions(config_.region, time), ttl);
    NameValueList fullQuery = query;
    fullQuery.insert(fullQuery.end(), signature.queryToAdd.begin(), signature.queryToAdd.end());
    return {method, where.url(fullQuery), {}, time + ttl};
}

StorageResult<void> S3BlobStore::putFile(const BlobKey& key, const std::filesystem::path& file) {
    FileHash digest;
    try {
        digest = hashFile(file);
    } catch (const std::system_error& e) {
        return fail(StorageError{StorageErrorCode::Io, std::string("cannot read ") + e.what(), 0});
    }
    if (digest.sha256 != key.sha256())
        return fail(StorageError{
            StorageErrorCode::IntegrityMismatch,
            file.string() + " has SHA-256 " + digest.sha256 + ", not " + key.sha256(), 0});
    Call call{"PUT", key.str(), {}, {}, file, key.sha256(), {}};  // S3 checks the payload hash
    auto response = send(*this, std::move(call));
    if (!response)
        return fail(response.error());
    if (!isSuccess(*response))
        return fail(remoteError(*response, "PUT " + key.str()));
    return {};
}

StorageResult<BlobInfo> S3BlobStore::stat(const BlobKey& key) {
    auto response = send(*this, Call{"HEAD", key.str(), {}, {}, {}, {}, {}});
    if (!response)
        return fail(response.error());
    if (!isSuccess(*response))
        return fail(remoteError(*response, "HEAD " + key.str()));
    BlobInfo info;
    try {
        info.size = std::stoull(response->header("content-length"));
    } catch (const std::exception&) {
        return fail(
            StorageError{StorageErrorCode::Remote, "HEAD " + key.str() + ": no Content-Length", 0});
    }
    info.etag = response->header("etag");
    return info;
}

StorageResult<std::string> S3BlobStore::sha256Of(const BlobKey& key) {
    Sha256Stream hash;
    Call call{"GET", key.str(), {}, {}, {}, {}, [&](std::string_view chunk) {
                  hash.update(chunk.data(), chunk.size());
              }};
    auto response = send(*this, std::move(call));
    if (!response)
        return fail(response.error());
    if (!isSuccess(*response))
        return fail(remoteError(*response, "GET " + key.str()));
    return hash.finishHex();
}

StorageResult<void> S3BlobStore::remove(const BlobKey& key) {
    auto response = send(*this, Call{"DELETE", key.str(), {}, {}, {}, {}, {}});
    if (!response)
        return fail(response.error());
    if (!isSuccess(*response) && response->status != 404)
        return fail(remoteError(*response, "DELETE " + key.str()));
    return {};
}

StorageResult<PresignedRequest> S3BlobStore::presignGet(const BlobKey& key,
                                                        std::chrono::seconds ttl) {
    return presign("GET", key.str(), {}, ttl);
}

StorageResult<PresignedRequest> S3BlobStore::presignPut(const BlobKey& key, std::uint64_t size,
                                                        std::chrono::seconds ttl) {
    if (size > maxSinglePutSize())
        return fail(StorageError{
            StorageErrorCode::InvalidArgument,
            key.str() + ": " + std::to_string(size) + " bytes need a multipart upload", 0});
    return presign("PUT", key.str(), {}, ttl);
}

StorageResult<MultipartUpload> S3BlobStore::createMultipart(const BlobKey& key) {
    auto response = send(*this, Call{"POST", key.str(), {{"uploads", ""}}, {}, {}, {}, {}});
    if (!response)
        return fail(response.error());
    if (!isSuccess(*response))
        return fail(remoteError(*response, "create upload " + key.str()));
    const auto uploadId = xmlElementText(response->body, "UploadId");
    if (!uploadId || uploadId->empty())
        return fail(StorageError{StorageErrorCode::Remote,
                                 "create upload " + key.str() + ": no UploadId in reply", 0});
    return MultipartUpload{key, *uploadId};
}

StorageResult<PresignedRequest> S3BlobStore::presignPart(const MultipartUpload& upload,
                                                         int partNumber, std::chrono::seconds ttl) {
    if (partNumber < 1 || partNumber > 10000)
        return fail(StorageError{StorageErrorCode::InvalidArgument,
                                 "part number must be 1..10000, got " + std::to_string(partNumber),
                                 0});
    return presign("PUT", upload.key.str(),
                   {{"partNumber", std::to_string(partNumber)}, {"uploadId", upload.uploadId}},
                   ttl);
}

StorageResult<void> S3BlobStore::completeMultipart(const MultipartUpload& upload,
                                                   const std::vector<CompletedPart>& parts) {
    if (parts.empty())
        return fail(StorageError{StorageErrorCode::InvalidArgument, "no parts to complete", 0});
    std::string xml = "<CompleteMultipartUpload>";
    for (const auto& part : parts)
        xml += "<Part><PartNumber>" + std::to_string(part.partNumber) + "</PartNumber><ETag>" +
               xmlEscape(part.etag) + "</ETag></Part>";
    xml += "</CompleteMultipartUpload>";
    auto response = send(
        *this, Call{"POST", upload.key.str(), {{"uploadId", upload.uploadId}}, xml, {}, {}, {}});
    if (!response)
        return fail(response.error());
    // S3 may answer 200 and still report an error in the body once the parts are assembled.
    if (!isSuccess(*response) || response->body.find("<Error>") != std::string::npos)
        return fail(remoteError(*response, "complete upload " + upload.key.str()));
    return {};
}

StorageResult<void> S3BlobStore::abortMultipart(const MultipartUpload& upload) {
    auto response = send(
        *this, Call{"DELETE", upload.key.str(), {{"uploadId", upload.uploadId}}, {}, {}, {}, {}});
    if (!response)
        return fail(response.error());
    if (!isSuccess(*response))
        return fail(remoteError(*response, "abort upload " + upload.key.str()));
    return {};
}

}  // namespace satchel::storage
