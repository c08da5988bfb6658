// S3BlobStore against a real s3rver: server-side PUT, HEAD, hashing, presigned PUT and GET with
// Range, and a multipart upload larger than one part whose second part is cut off mid-way and
// then sent again. s3rver does not check signatures (the SigV4 suites do); it does check
// multipart part sizes (>= 5 MiB but the last) and ETags.
#define BOOST_TEST_MODULE storage_s3_blob_store
#include <boost/test/unit_test.hpp>

#include <curl/curl.h>

#include <fstream>
#include <random>

#include "satchel/storage/crypto.h"
#include "satchel/storage/s3_blob_store.h"
#include "satchel/testing/http.h"
#include "satchel/testing/s3rver.h"

using namespace satchel::storage;
using satchel::testing::http;

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

struct S3Fixture {
    satchel::testing::S3rver s3;
    satchel::testing::TempDir dir{"satchel-s3-test"};
    S3BlobStore store{
        S3Config{s3.endpoint(),
                 "us-east-1",
                 s3.bucket(),
                 {satchel::testing::S3rver::kAccessKey, satchel::testing::S3rver::kSecretKey, ""},
                 S3Addressing::PathStyle,
                 {}}};

    std::filesystem::path writeFile(const std::string& name, const std::string& data) {
        const auto path = dir / name;
        std::ofstream(path, std::ios::binary) << data;
        return path;
    }
};

// PUTs `data` to `url` but aborts the transfer after `cutAfter` bytes, as a dropped
// connection would. Returns curl's result (never CURLE_OK).
CURLcode putCutOff(const std::string& url, const std::string& data, std::size_t cutAfter) {
    struct Source {
        const std::string* data;
        std::size_t sent = 0, cutAfter = 0;
    } source{&data, 0, cutAfter};
    CURL* curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(data.size()));
    curl_easy_setopt(curl, CURLOPT_READDATA, &source);
    curl_easy_setopt(
        curl, CURLOPT_READFUNCTION, +[](char* buf, size_t size, size_t n, void* user) -> size_t {
            auto* s = static_cast<Source*>(user);
            if (s->sent >= s->cutAfter)
                return CURL_READFUNC_ABORT;
            const size_t chunk =
                std::min({size * n, s->cutAfter - s->sent, s->data->size() - s->sent});
            std::memcpy(buf, s->data->data() + s->sent, chunk);
            s->sent += chunk;
            return chunk;
        });
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
    const CURLcode rc = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    return rc;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(s3, S3Fixture)

BOOST_AUTO_TEST_CASE(put_file_then_stat_hash_and_range_get_through_a_presigned_url) {
    const std::string data = randomBytes(100000, 1);
    const BlobKey key = keyOf(data);
    const auto put = store.putFile(key, writeFile("blob", data));
    BOOST_REQUIRE_MESSAGE(put.ok(), (put.ok() ? "" : put.error().message));

    const auto info = store.stat(key);
    BOOST_REQUIRE(info.ok());
    BOOST_TEST(info->size == data.size());
    BOOST_TEST(!info->etag.empty());
    const auto digest = store.sha256Of(key);
    BOOST_REQUIRE(digest.ok());
    BOOST_TEST(*digest == key.sha256());

    const auto get = store.presignGet(key, std::chrono::seconds(300));
    BOOST_REQUIRE(get.ok());
    BOOST_TEST(get->url.find("X-Amz-Signature=") != std::string::npos);
    const auto range = http("GET", get->url, {}, {{"Range", "bytes=1000-1999"}});
    BOOST_TEST(range.status == 206);
    BOOST_TEST(range.body == data.substr(1000, 1000));
    BOOST_TEST(range.header("content-range") == "bytes 1000-1999/100000");
    const auto openEnded = http("GET", get->url, {}, {{"Range", "bytes=99990-"}});
    BOOST_TEST(openEnded.status == 206);
    BOOST_TEST(openEnded.body == data.substr(99990));
}

BOOST_AUTO_TEST_CASE(client_uploads_through_a_presigned_put) {
    const std::string data = randomBytes(4096, 2);
    const BlobKey key = keyOf(data);
    const auto put = store.presignPut(key, data.size(), std::chrono::seconds(300));
    BOOST_REQUIRE(put.ok());
    BOOST_TEST(put->method == "PUT");
    BOOST_TEST(http("PUT", put->url, data).status == 200);
    const auto digest = store.sha256Of(key);
    BOOST_REQUIRE(digest.ok());
    BOOST_TEST(*digest == key.sha256());
}

BOOST_AUTO_TEST_CASE(missing_blob_is_not_found_and_remove_is_idempotent) {
    const BlobKey key = keyOf("never uploaded");
    const auto info = store.stat(key);
    BOOST_REQUIRE(!info.ok());
    BOOST_TEST((info.error().code == StorageErrorCode::NotFound));
    const std::string data = "short-lived";
    BOOST_REQUIRE(store.putFile(keyOf(data), writeFile("x", data)).ok());
    BOOST_TEST(store.remove(keyOf(data)).ok());
    BOOST_TEST((store.stat(keyOf(data)).error().code == StorageErrorCode::NotFound));
    BOOST_TEST(store.remove(keyOf(data)).ok());
}

BOOST_AUTO_TEST_CASE(put_file_refuses_bytes_that_do_not_match_the_key) {
    const BlobKey key = keyOf("the real content");
    const auto put = store.putFile(key, writeFile("wrong", "other content"));
    BOOST_REQUIRE(!put.ok());
    BOOST_TEST((put.error().code == StorageErrorCode::IntegrityMismatch));
    BOOST_TEST((store.stat(key).error().code == StorageErrorCode::NotFound));
}

BOOST_AUTO_TEST_CASE(multipart_upload_survives_an_interrupted_part) {
    const std::size_t part = store.minPartSize();  // 5 MiB
    const std::string data = randomBytes(2 * part + 123457, 3);
    const BlobKey key = keyOf(data);
    const auto upload = store.createMultipart(key);
    BOOST_REQUIRE_MESSAGE(upload.ok(), (upload.ok() ? "" : upload.error().message));
    BOOST_TEST(!upload->uploadId.empty());

    auto sendPart = [&](int number) {
        const auto url = store.presignPart(*upload, number, std::chrono::seconds(300));
        BOOST_REQUIRE(url.ok());
        const auto r = http("PUT", url->url, data.substr((number - 1) * part, part), {}, 60000);
        BOOST_REQUIRE_EQUAL(r.status, 200);
        return CompletedPart{number, r.header("etag")};
    };
    std::vector<CompletedPart> parts{sendPart(1)};

    // The connection drops 1 MiB into part 2: S3 keeps nothing of it.
    const auto url2 = store.presignPart(*upload, 2, std::chrono::seconds(300));
    BOOST_REQUIRE(url2.ok());
    BOOST_TEST(putCutOff(url2->url, data.substr(part, part), 1 << 20) != CURLE_OK);

    // Resumed later: part 2 again from the start, then the last (short) part.
    parts.push_back(sendPart(2));
    parts.push_back(sendPart(3));
    const auto done = store.completeMultipart(*upload, parts);
    BOOST_REQUIRE_MESSAGE(done.ok(), (done.ok() ? "" : done.error().message));

    const auto info = store.stat(key);
    BOOST_REQUIRE(info.ok());
    BOOST_TEST(info->size == data.size());
    const auto digest = store.sha256Of(key);
    BOOST_REQUIRE(digest.ok());
    BOOST_TEST(*digest == key.sha256());
    const auto get = store.presignGet(key, std::chrono::seconds(60));
    const auto across = http("GET", get->url, {}, {{"Range", "bytes=5242870-5242889"}});
    BOOST_TEST(across.status == 206);
    BOOST_TEST(across.body == data.substr(5242870, 20));
}

BOOST_AUTO_TEST_CASE(completing_an_unknown_upload_fails_with_a_typed_error) {
    // AWS answers 404 NoSuchUpload, s3rver 500; either way the caller gets the store's status.
    const MultipartUpload ghost{keyOf("ghost"), "no-such-upload-id"};
    const auto done = store.completeMultipart(ghost, {{1, "\"0123\""}});
    BOOST_REQUIRE(!done.ok());
    BOOST_TEST((done.error().code == StorageErrorCode::NotFound ||
                done.error().code == StorageErrorCode::Remote));
    BOOST_TEST(done.error().httpStatus >= 400);
    BOOST_TEST(done.error().message.find(ghost.key.str()) != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(unreachable_store_is_a_network_error) {
    S3BlobStore store{S3Config{"http://127.0.0.1:" + std::to_string(satchel::testing::freePort()),
                               "us-east-1",
                               "b",
                               {"k", "s", ""},
                               S3Addressing::PathStyle,
                               {}}};
    const auto info = store.stat(keyOf("x"));
    BOOST_REQUIRE(!info.ok());
    BOOST_TEST((info.error().code == StorageErrorCode::Network));
}
