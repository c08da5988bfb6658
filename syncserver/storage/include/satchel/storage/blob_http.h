#pragma once
// The HTTP behaviour of the local store's signed URLs, independent of any HTTP library: the
// server's router hands these functions a plain request and sends back what they return
// (blob_routes.cpp adapts them to satchel-syncd's Router). Responses that carry a blob name
// a slice of its file instead of holding bytes, so the listener can stream it (sendfile).
//
//   GET|HEAD /blobs/sha256/ab/cd/<hash>?expires=&sig=       Range, If-Range, ETag, immutable
//   PUT      /blobs/sha256/ab/cd/<hash>?size=&expires=&sig= body hashed against the key
//   PUT      /blob-uploads/<uploadId>/<part>?expires=&sig=   one multipart part; ETag reply
//
// Bad input: a path that is not a canonical blob key -> 400; a forged or expired URL -> 403
// (codes "url_forged" / "url_expired", so a client re-requests an expired URL silently); a
// missing blob or upload -> 404; wrong size -> 400; wrong hash -> 422 naming the key.

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "satchel/storage/local_blob_store.h"

namespace satchel::storage {

struct BlobHttpRequest {
    std::string method;                          // upper case
    std::string path;                            // decoded, no query
    std::map<std::string, std::string> query;    // decoded
    std::map<std::string, std::string> headers;  // lower-case names
    std::string_view body;
};

struct FileSlice {
    std::filesystem::path path;
    std::uint64_t offset = 0;
    std::uint64_t length = 0;
};

struct BlobHttpResponse {
    int status = 200;
    NameValueList headers;          // Content-Length included whenever a body or file follows
    std::string body;               // small bodies: errors, JSON replies
    std::optional<FileSlice> file;  // set for 200/206 GET: send these bytes after the headers
};

BlobHttpResponse serveBlob(LocalBlobStore& store, const BlobHttpRequest& request);
BlobHttpResponse acceptBlobPut(LocalBlobStore& store, const BlobHttpRequest& request);
BlobHttpResponse acceptPartPut(LocalBlobStore& store, const BlobHttpRequest& request);

// "Sun, 06 Nov 1994 08:49:37 GMT"
std::string httpDate(std::chrono::system_clock::time_point time);

}  // namespace satchel::storage
