// LocalBlobStore and the HTTP behaviour of its signed URLs (blob_http.h), on a real folder:
// atomic content-addressed writes, multipart with an interrupted and re-sent part, signed and
// expiring URLs, Range edge cases and path tricks. The same handlers run inside satchel-syncd.
#define BOOST_TEST_MODULE storage_local_blob_store
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <random>
#include <sstream>

#include "satchel/storage/blob_http.h"
#include "satchel/storage/crypto.h"
#include "satchel/storage/local_blob_store.h"
#include "satchel/storage/uri_encoding.h"
#include "satchel/testing/env.h"

namespace fs = std::filesystem;
using namespace satchel::storage;

namespace {

std::string randomBytes(std::size_t size, unsigned seed) {
    std::mt19937_64 rng(seed);
    std::string out(size, '\0');
    for (auto& c : out)
        c = static_cast<char>(rng());
    return out;
}

BlobKey keyOf(const std::string& data) {
    return *BlobKey::fromSha256(sha256Hex(data));
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string header(const BlobHttpResponse& r, const std::string& name) {
    for (const auto& [n, v] : r.headers)
        if (n == name)
            return v;
    return {};
}

// The bytes a listener would send for `r`.
std::string bodyOf(const BlobHttpResponse& r) {
    if (!r.file)
        return r.body;
    return readFile(r.file->path).substr(r.file->offset, r.file->length);
}

struct LocalFixture {
    satchel::testing::TempDir dir{"satchel-local-store"};
    std::chrono::system_clock::time_point clock = std::chrono::system_clock::now();
    LocalBlobStore store{LocalStoreConfig{dir / "root", "http://files.test:8080/",
                                          UrlSigner(std::string(32, 'k')),
                                          [this] { return clock; }}};

    fs::path writeFile(const std::string& name, const std::string& data) {
        std::ofstream(dir / name, std::ios::binary) << data;
        return dir / name;
    }

    // Turns a presigned URL into the request the router would hand over.
    BlobHttpRequest requestFor(const PresignedRequest& url, std::string method = {}) {
        BlobHttpRequest r;
        r.method = method.empty() ? url.method : method;
        const std::string rest = url.url.substr(std::string("http://files.test:8080").size());
        const auto q = rest.find('?');
        r.path = *percentDecode(rest.substr(0, q));
        std::istringstream in(rest.substr(q + 1));
        std::string pair;
        while (std::getline(in, pair, '&')) {
            const auto eq = pair.find('=');
            r.query[pair.substr(0, eq)] = *percentDecode(pair.substr(eq + 1));
        }
        return r;
    }

    BlobKey stored(const std::string& data) {
        const BlobKey key = keyOf(data);
        BOOST_REQUIRE(store.putFile(key, writeFile("src", data)).ok());
        return key;
    }
};

}  // namespace

BOOST_AUTO_TEST_CASE(blob_keys_accept_only_the_canonical_form) {
    const std::string hash(64, 'a');
    BOOST_TEST(BlobKey::fromSha256(hash)->str() == "blobs/sha256/aa/aa/" + hash);
    BOOST_TEST(BlobKey::parse("blobs/sha256/aa/aa/" + hash).has_value());
    for (const std::string& bad :
         {"blobs/sha256/ab/aa/" + hash, "blobs/sha256/aa/aa/" + std::string(64, 'A'),
          std::string("blobs/sha256/aa/aa/../../../etc/passwd"), "blobs/sha256/aa/aa/" + hash + "/",
          "/blobs/sha256/aa/aa/" + hash, "blobs/md5/aa/aa/" + hash, std::string()})
        BOOST_TEST(!BlobKey::parse(bad).has_value(), bad);
    BOOST_TEST(!BlobKey::fromSha256("../" + hash.substr(3)).has_value());
}

BOOST_AUTO_TEST_CASE(url_signer_detects_tampering_and_expiry) {
    const UrlSigner signer(std::string(32, 's'));
    const auto now = std::chrono::system_clock::from_time_t(1'800'000'000);
    const std::string sig = signer.sign("GET", "/blobs/x", 1'800'000'100, "7");
    BOOST_TEST((signer.check("GET", "/blobs/x", "1800000100", sig, now, "7") == UrlCheck::Valid));
    BOOST_TEST((signer.check("PUT", "/blobs/x", "1800000100", sig, now, "7") == UrlCheck::Forged));
    BOOST_TEST((signer.check("GET", "/blobs/y", "1800000100", sig, now, "7") == UrlCheck::Forged));
    BOOST_TEST((signer.check("GET", "/blobs/x", "1800000101", sig, now, "7") == UrlCheck::Forged));
    BOOST_TEST((signer.check("GET", "/blobs/x", "1800000100", sig, now, "8") == UrlCheck::Forged));
    BOOST_TEST((signer.check("GET", "/blobs/x", "18e8", sig, now, "7") == UrlCheck::Forged));
    BOOST_TEST((signer.check("GET", "/blobs/x", "1800000100", sig, now + std::chrono::seconds(101),
                             "7") == UrlCheck::Expired));
    const UrlSigner other(std::string(32, 't'));
    BOOST_TEST((other.check("GET", "/blobs/x", "1800000100", sig, now, "7") == UrlCheck::Forged));
    BOOST_CHECK_THROW(UrlSigner("short"), std::invalid_argument);
}

BOOST_FIXTURE_TEST_SUITE(local, LocalFixture)

BOOST_AUTO_TEST_CASE(put_file_stores_content_addressed_and_leaves_no_temp_files) {
    const std::string data = randomBytes(3 << 20, 1);
    const BlobKey key = stored(data);
    BOOST_TEST(readFile(dir / "root" / key.str()) == data);
    const auto info = store.stat(key);
    BOOST_REQUIRE(info.ok());
    BOOST_TEST(info->size == data.size());
    BOOST_TEST(info->etag == "\"" + key.sha256() + "\"");
    BOOST_TEST(*store.sha256Of(key) == key.sha256());
    BOOST_TEST(fs::is_empty(dir / "root" / "tmp"));
}

BOOST_AUTO_TEST_CASE(wrong_content_is_refused_and_nothing_appears) {
    const BlobKey key = keyOf("expected");
    const auto put = store.putFile(key, writeFile("src", "something else"));
    BOOST_REQUIRE(!put.ok());
    BOOST_TEST((put.error().code == StorageErrorCode::IntegrityMismatch));
    BOOST_TEST(!fs::exists(dir / "root" / key.str()));
    BOOST_TEST(fs::is_empty(dir / "root" / "tmp"));
    BOOST_TEST((store.stat(key).error().code == StorageErrorCode::NotFound));
    BOOST_TEST((store.sha256Of(key).error().code == StorageErrorCode::NotFound));
}

BOOST_AUTO_TEST_CASE(multipart_upload_survives_an_interrupted_part) {
    const std::string data = randomBytes(2500000, 2);
    const BlobKey key = keyOf(data);
    const auto upload = store.createMultipart(key);
    BOOST_REQUIRE(upload.ok());
    const std::size_t part = 1000000;
    auto chunk = [&](int n) { return std::string_view(data).substr((n - 1) * part, part); };
    const auto e1 = store.putPart(upload->uploadId, 1, chunk(1));
    // Part 2 first arrives truncated (a dropped connection the client does not notice), then
    // again in full: the later write replaces the earlier one.
    const auto truncated = store.putPart(upload->uploadId, 2, chunk(2).substr(0, 1000));
    const auto e2 = store.putPart(upload->uploadId, 2, chunk(2));
    const auto e3 = store.putPart(upload->uploadId, 3, chunk(3));
    BOOST_REQUIRE(e1.ok() && truncated.ok() && e2.ok() && e3.ok());
    BOOST_TEST(*truncated != *e2);

    const auto stale = store.completeMultipart(*upload, {{1, *e1}, {2, *truncated}, {3, *e3}});
    BOOST_REQUIRE(!stale.ok());
    BOOST_TEST((stale.error().code == StorageErrorCode::InvalidArgument));
    const auto unordered = store.completeMultipart(*upload, {{2, *e2}, {1, *e1}, {3, *e3}});
    BOOST_TEST((unordered.error().code == StorageErrorCode::InvalidArgument));
    const auto missing = store.completeMultipart(*upload, {{1, *e1}, {3, *e3}});
    BOOST_TEST((missing.error().code == StorageErrorCode::IntegrityMismatch));

    const auto done = store.completeMultipart(*upload, {{1, *e1}, {2, *e2}, {3, *e3}});
    BOOST_REQUIRE_MESSAGE(done.ok(), (done.ok() ? "" : done.error().message));
    BOOST_TEST(readFile(dir / "root" / key.str()) == data);
    BOOST_TEST(!fs::exists(dir / "root" / "uploads" / upload->uploadId));
    BOOST_TEST(
        (store.putPart(upload->uploadId, 4, "late").error().code == StorageErrorCode::NotFound));
}

BOOST_AUTO_TEST_CASE(aborted_upload_is_gone) {
    const auto upload = store.createMultipart(keyOf("abc"));
    BOOST_REQUIRE(upload.ok());
    BOOST_REQUIRE(store.putPart(upload->uploadId, 1, "abc").ok());
    BOOST_TEST(store.abortMultipart(*upload).ok());
    BOOST_TEST(!fs::exists(dir / "root" / "uploads" / upload->uploadId));
    BOOST_TEST((store.abortMultipart(*upload).error().code == StorageErrorCode::NotFound));
    BOOST_TEST(
        (store.completeMultipart(*upload, {{1, "x"}}).error().code == StorageErrorCode::NotFound));
    const MultipartUpload trick{keyOf("abc"), "../../blobs"};
    BOOST_TEST((store.abortMultipart(trick).error().code == StorageErrorCode::NotFound));
    BOOST_TEST((store.putPart("../../etc", 1, "x").error().code == StorageErrorCode::NotFound));
}

BOOST_AUTO_TEST_CASE(signed_get_serves_the_whole_blob_with_cache_headers) {
    const std::string data = randomBytes(1000, 3);
    const BlobKey key = stored(data);
    const auto url = store.presignGet(key, std::chrono::seconds(60));
    BOOST_REQUIRE(url.ok());
    BOOST_TEST(url->url.rfind("http://files.test:8080/blobs/sha256/", 0) == 0);
    const auto r = serveBlob(store, requestFor(*url));
    BOOST_TEST(r.status == 200);
    BOOST_TEST(bodyOf(r) == data);
    BOOST_TEST(header(r, "Content-Length") == "1000");
    BOOST_TEST(header(r, "ETag") == "\"" + key.sha256() + "\"");
    BOOST_TEST(header(r, "Cache-Control").find("immutable") != std::string::npos);
    BOOST_TEST(header(r, "Accept-Ranges") == "bytes");
    BOOST_TEST(!header(r, "Last-Modified").empty());

    const auto head = serveBlob(store, requestFor(*url, "HEAD"));
    BOOST_TEST(head.status == 200);
    BOOST_TEST(header(head, "Content-Length") == "1000");
}

BOOST_AUTO_TEST_CASE(range_requests_on_the_local_store) {
    const std::string data = randomBytes(1000, 4);
    const BlobKey key = stored(data);
    const auto url = *store.presignGet(key, std::chrono::seconds(60));
    auto get = [&](std::map<std::string, std::string> headers) {
        auto request = requestFor(url);
        request.headers = std::move(headers);
        return serveBlob(store, request);
    };
    auto suffix = get({{"range", "bytes=-100"}});
    BOOST_TEST(suffix.status == 206);
    BOOST_TEST(bodyOf(suffix) == data.substr(900));
    BOOST_TEST(header(suffix, "Content-Range") == "bytes 900-999/1000");
    BOOST_TEST(header(suffix, "Content-Length") == "100");

    auto open = get({{"range", "bytes=990-"}});
    BOOST_TEST(open.status == 206);
    BOOST_TEST(bodyOf(open) == data.substr(990));

    auto beyond = get({{"range", "bytes=1000-"}});
    BOOST_TEST(beyond.status == 416);
    BOOST_TEST(header(beyond, "Content-Range") == "bytes */1000");
    BOOST_TEST(!beyond.file.has_value());

    const std::string etag = "\"" + key.sha256() + "\"";
    auto matching = get({{"range", "bytes=10-19"}, {"if-range", etag}});
    BOOST_TEST(matching.status == 206);
    BOOST_TEST(bodyOf(matching) == data.substr(10, 10));
    auto changed = get({{"range", "bytes=10-19"}, {"if-range", "\"stale\""}});
    BOOST_TEST(changed.status == 200);
    BOOST_TEST(bodyOf(changed) == data);
}

BOOST_AUTO_TEST_CASE(forged_expired_and_tricky_urls_are_refused) {
    const BlobKey key = stored("payload");
    const auto url = *store.presignGet(key, std::chrono::seconds(60));

    auto forged = requestFor(url);
    forged.query["sig"][0] = forged.query["sig"][0] == 'a' ? 'b' : 'a';
    const auto f = serveBlob(store, forged);
    BOOST_TEST(f.status == 403);
    BOOST_TEST(f.body.find("url_forged") != std::string::npos);

    auto otherBlob = requestFor(url);
    otherBlob.path = "/" + keyOf("other").str();
    BOOST_TEST(serveBlob(store, otherBlob).status == 403);

    clock += std::chrono::seconds(61);
    const auto e = serveBlob(store, requestFor(url));
    BOOST_TEST(e.status == 403);
    BOOST_TEST(e.body.find("url_expired") != std::string::npos);

    auto trick = requestFor(url);
    trick.path = "/blobs/sha256/../../../etc/passwd";
    BOOST_TEST(serveBlob(store, trick).status == 400);
}

BOOST_AUTO_TEST_CASE(missing_blob_under_a_valid_signature_is_404) {
    const auto url = *store.presignGet(keyOf("never stored"), std::chrono::seconds(60));
    BOOST_TEST(serveBlob(store, requestFor(url)).status == 404);
}

BOOST_AUTO_TEST_CASE(signed_put_checks_size_and_hash) {
    const std::string data = randomBytes(5000, 5);
    const BlobKey key = keyOf(data);
    const auto url = store.presignPut(key, data.size(), std::chrono::seconds(60));
    BOOST_REQUIRE(url.ok());

    auto request = requestFor(*url);
    const std::string shorter = data.substr(1);
    request.body = shorter;
    BOOST_TEST(acceptBlobPut(store, request).status == 400);
    request.query["size"] = std::to_string(shorter.size());  // the size is signed too
    BOOST_TEST(acceptBlobPut(store, request).status == 403);

    request = requestFor(*url);
    const std::string tampered = std::string(1, static_cast<char>(data[0] ^ 1)) + data.substr(1);
    request.body = tampered;
    const auto bad = acceptBlobPut(store, request);
    BOOST_TEST(bad.status == 422);
    BOOST_TEST(bad.body.find(key.str()) != std::string::npos);
    BOOST_TEST(!fs::exists(dir / "root" / key.str()));

    request.body = data;
    BOOST_TEST(acceptBlobPut(store, request).status == 200);
    BOOST_TEST(readFile(dir / "root" / key.str()) == data);
    BOOST_TEST(
        !store.presignPut(key, LocalBlobStore::kPartLimit + 1, std::chrono::seconds(1)).ok());
}

BOOST_AUTO_TEST_CASE(signed_part_put_stores_the_part_and_returns_its_etag) {
    const std::string data = randomBytes(3000, 6);
    const auto upload = *store.createMultipart(keyOf(data));
    const auto url = *store.presignPart(upload, 1, std::chrono::seconds(60));
    auto request = requestFor(url);
    request.body = data;
    const auto r = acceptPartPut(store, request);
    BOOST_TEST(r.status == 200);
    BOOST_TEST(header(r, "ETag") == "\"" + sha256Hex(data) + "\"");
    auto otherPart = request;
    otherPart.path = LocalBlobStore::partPath(upload.uploadId, 2);
    BOOST_TEST(acceptPartPut(store, otherPart).status == 403);
    auto trick = request;
    trick.path = "/blob-uploads/../../blobs/1";
    BOOST_TEST(acceptPartPut(store, trick).status == 400);
    BOOST_TEST(store.completeMultipart(upload, {{1, header(r, "ETag")}}).ok());
    BOOST_TEST(readFile(dir / "root" / keyOf(data).str()) == data);
}

BOOST_AUTO_TEST_SUITE_END()
