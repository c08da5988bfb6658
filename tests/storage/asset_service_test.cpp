// The asset flows (AssetService) against a real PostgreSQL with the server's migrations and a
// real S3 server: dedup, presigned PUT, multipart with a resumed upload, verification before
// publish (a wrong upload is refused, named and removed), and signed download URLs.
#define BOOST_TEST_MODULE storage_asset_service
#include <boost/test/unit_test.hpp>

#include <random>

#include "db/connection.h"
#include "db/migrations.h"
#include "http/types.h"
#include "satchel/storage/crypto.h"
#include "satchel/storage/s3_blob_store.h"
#include "satchel/testing/http.h"
#include "satchel/testing/postgres.h"
#include "satchel/testing/s3rver.h"
#include "storage/server/asset_service.h"

using namespace satchel;
using namespace satchel::server;
using satchel::testing::http;

namespace {

std::string randomBytes(std::size_t size, unsigned seed) {
    std::mt19937_64 rng(seed);
    std::string out(size, '\0');
    for (auto& c : out)
        c = static_cast<char>(rng());
    return out;
}

// One PostgreSQL and one s3rver for the whole module (starting them dominates the run time);
// every test uses its own random assets, so they do not see each other's rows.
struct Services {
    satchel::testing::PostgresCluster pg;
    satchel::testing::S3rver s3;
    std::unique_ptr<PgConnection> conn;
    std::shared_ptr<storage::S3BlobStore> store;
    std::string instructorId;
    static inline Services* instance = nullptr;

    Services() {
        conn = std::make_unique<PgConnection>(pg.createDatabase("assets"));
        migrate(*conn);
        instructorId = conn->exec(
                               "INSERT INTO users (username, username_key, password_hash, role) "
                               "VALUES ('ina', 'ina', 'x', 'instructor') RETURNING id")
                           .text(0, 0);
        store = std::make_shared<storage::S3BlobStore>(storage::S3Config{
            s3.endpoint(),
            "us-east-1",
            s3.bucket(),
            {satchel::testing::S3rver::kAccessKey, satchel::testing::S3rver::kSecretKey, ""},
            storage::S3Addressing::PathStyle,
            {}});
        instance = this;
    }
    ~Services() { instance = nullptr; }
};
BOOST_TEST_GLOBAL_FIXTURE(Services);

struct Fixture {
    PgConnection* conn = Services::instance->conn.get();
    std::shared_ptr<storage::S3BlobStore> store = Services::instance->store;
    std::unique_ptr<AssetService> assets = std::make_unique<AssetService>(store);
    std::string instructorId = Services::instance->instructorId;

    AssetUploadResponse ask(const std::string& data) {
        return assets->prepareUpload(
            *conn, AssetUploadRequest{storage::sha256Hex(data), data.size(), "video/mp4"},
            instructorId);
    }

    static CourseManifest manifestOf(
        const std::vector<std::pair<std::string, std::string>>& files) {
        CourseManifest m;
        for (const auto& [path, data] : files)
            m.assets.push_back(Asset{storage::sha256Hex(data), data.size(), "video/mp4", path, {}});
        return m;
    }

    std::string state(const std::string& sha256) {
        const auto r = conn->exec("SELECT state FROM blobs WHERE sha256 = $1", {sha256});
        return r.empty() ? "<none>" : r.text(0, 0);
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(assets, Fixture)

BOOST_AUTO_TEST_CASE(single_put_upload_is_verified_at_publish_then_deduplicated) {
    const std::string data = randomBytes(100000, 1);
    const auto answer = ask(data);
    BOOST_TEST(!answer.alreadyPresent);
    BOOST_TEST(answer.partUrls.empty());
    BOOST_REQUIRE(!answer.uploadUrl.empty());
    BOOST_TEST(state(storage::sha256Hex(data)) == "pending");
    BOOST_REQUIRE_EQUAL(http("PUT", answer.uploadUrl, data).status, 200);

    BOOST_CHECK_NO_THROW(assets->requirePublishable(*conn, manifestOf({{"intro.mp4", data}})));
    BOOST_TEST(state(storage::sha256Hex(data)) == "verified");
    BOOST_TEST(ask(data).alreadyPresent);

    const auto url = assets->downloadUrl(storage::sha256Hex(data));
    BOOST_TEST(url.expiresAtMs > 0);
    const auto range = http("GET", url.url, {}, {{"Range", "bytes=10-19"}});
    BOOST_TEST(range.status == 206);
    BOOST_TEST(range.body == data.substr(10, 10));
}

BOOST_AUTO_TEST_CASE(wrong_bytes_block_publish_and_name_the_asset) {
    const std::string promised = randomBytes(5000, 2);
    const auto answer = ask(promised);
    std::string other = promised;
    other[100] ^= 1;  // same size, different content
    BOOST_REQUIRE_EQUAL(http("PUT", answer.uploadUrl, other).status, 200);

    const std::string missing = randomBytes(10, 3);
    try {
        assets->requirePublishable(*conn,
                                   manifestOf({{"lecture.mp4", promised}, {"notes.md", missing}}));
        BOOST_FAIL("publish was allowed");
    } catch (const ApiError& e) {
        BOOST_TEST(e.status() == 422);
        BOOST_TEST(e.code() == "asset_hash_mismatch");
        BOOST_TEST(std::string(e.what()).find("lecture.mp4") != std::string::npos);
        BOOST_TEST(std::string(e.what()).find("notes.md") != std::string::npos);
    }
    const auto key = *storage::BlobKey::fromSha256(storage::sha256Hex(promised));
    BOOST_TEST((store->stat(key).error().code == storage::StorageErrorCode::NotFound));
    BOOST_TEST(state(storage::sha256Hex(promised)) == "pending");

    // The instructor uploads again, correctly this time, and publishing goes through.
    BOOST_REQUIRE_EQUAL(http("PUT", ask(promised).uploadUrl, promised).status, 200);
    const auto problems = assets->checkAssets(*conn, manifestOf({{"lecture.mp4", promised}}));
    BOOST_TEST(problems.empty());
}

BOOST_AUTO_TEST_CASE(large_asset_goes_multipart_and_resumes_the_same_upload) {
    const std::uint64_t part = assets->partSize(40 << 20);
    const std::string data = randomBytes(part + (3 << 20), 4);
    const auto first = ask(data);
    BOOST_REQUIRE(!first.uploadId.empty());
    BOOST_TEST(first.partSize == part);
    BOOST_REQUIRE_EQUAL(first.partUrls.size(), 2u);

    std::vector<UploadedPart> parts;
    const auto r1 = http("PUT", first.partUrls[0], data.substr(0, part), {}, 120000);
    BOOST_REQUIRE_EQUAL(r1.status, 200);
    parts.push_back({1, r1.header("etag")});

    // The editor restarts and asks again: the same upload, so part 1 need not be sent again.
    const auto again = ask(data);
    BOOST_TEST(again.uploadId == first.uploadId);
    const auto r2 = http("PUT", again.partUrls[1], data.substr(part), {}, 120000);
    BOOST_REQUIRE_EQUAL(r2.status, 200);
    parts.push_back({2, r2.header("etag")});

    assets->completeUpload(*conn,
                           CompleteUploadRequest{storage::sha256Hex(data), first.uploadId, parts});
    BOOST_TEST(state(storage::sha256Hex(data)) == "verified");
    BOOST_TEST(ask(data).alreadyPresent);
    // Completing twice is harmless.
    BOOST_CHECK_NO_THROW(assets->completeUpload(
        *conn, CompleteUploadRequest{storage::sha256Hex(data), first.uploadId, parts}));
}

BOOST_AUTO_TEST_CASE(completing_an_unknown_upload_is_404) {
    const std::string data = randomBytes(100, 5);
    (void)ask(data);
    try {
        assets->completeUpload(*conn,
                               CompleteUploadRequest{storage::sha256Hex(data), "nope", {{1, "e"}}});
        BOOST_FAIL("completed an unknown upload");
    } catch (const ApiError& e) {
        BOOST_TEST(e.status() == 404);
        BOOST_TEST(e.code() == "upload_not_found");
    }
}

BOOST_AUTO_TEST_CASE(a_size_that_contradicts_the_stored_asset_is_a_conflict) {
    const std::string data = randomBytes(1000, 6);
    BOOST_REQUIRE_EQUAL(http("PUT", ask(data).uploadUrl, data).status, 200);
    assets->requirePublishable(*conn, manifestOf({{"a.bin", data}}));
    try {
        (void)assets->prepareUpload(*conn, AssetUploadRequest{storage::sha256Hex(data), 999, "x/y"},
                                    instructorId);
        BOOST_FAIL("accepted a contradicting size");
    } catch (const ApiError& e) {
        BOOST_TEST(e.status() == 409);
    }
}

BOOST_AUTO_TEST_SUITE_END()
