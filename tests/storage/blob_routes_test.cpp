// The local blob store as the real satchel-syncd serves it: signed URLs over HTTP with HEAD,
// Range (suffix, open-ended, beyond the end), If-Range, ETag, Content-Length and immutable
// caching; signed PUT and multipart part uploads; forged, expired and tricky URLs refused.
// The test signs URLs with its own LocalBlobStore on the same folder and key as the server.
#define BOOST_TEST_MODULE storage_blob_routes
#include <boost/test/unit_test.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <fstream>
#include <random>

#include "satchel/storage/crypto.h"
#include "satchel/storage/local_blob_store.h"
#include "satchel/testing/http.h"
#include "satchel/testing/postgres.h"
#include "satchel/testing/syncd.h"

using namespace satchel::storage;
using satchel::testing::http;

namespace {

const std::string kKeyHex(64, 'c');  // SATCHEL_BLOB_URL_KEY: 32 bytes of 0xcc

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

struct Server {
    satchel::testing::PostgresCluster pg;
    satchel::testing::TempDir blobs{"satchel-blob-routes"};
    std::unique_ptr<satchel::testing::SyncServer> syncd;
    std::unique_ptr<LocalBlobStore> store;
    static inline Server* instance = nullptr;

    Server() {
        syncd = std::make_unique<satchel::testing::SyncServer>(
            pg.createDatabase("blobs"),
            std::map<std::string, std::string>{{"SATCHEL_BLOB_DIR", blobs.path().string()},
                                               {"SATCHEL_BLOB_URL_KEY", kKeyHex}});
        if (!syncd->waitHealthy(30000))
            throw std::runtime_error("satchel-syncd did not start: " + syncd->process().log());
        store = std::make_unique<LocalBlobStore>(
            LocalStoreConfig{blobs.path(), syncd->url(), UrlSigner(std::string(32, '\xcc')), {}});
        instance = this;
    }
};
BOOST_TEST_GLOBAL_FIXTURE(Server);

struct Fixture {
    LocalBlobStore& store = *Server::instance->store;
    std::string base = Server::instance->syncd->url();
    satchel::testing::TempDir dir{"satchel-blob-src"};

    BlobKey stored(const std::string& data) {
        std::ofstream(dir / "src", std::ios::binary) << data;
        const BlobKey key = keyOf(data);
        BOOST_REQUIRE(store.putFile(key, dir / "src").ok());
        return key;
    }
    std::string urlFor(const BlobKey& key) {
        return store.presignGet(key, std::chrono::seconds(300))->url;
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(routes, Fixture)

BOOST_AUTO_TEST_CASE(get_and_head_serve_the_blob_with_validators_and_caching) {
    const std::string data = randomBytes(3 << 20, 1);
    const BlobKey key = stored(data);
    const auto get = http("GET", urlFor(key));
    BOOST_REQUIRE_EQUAL(get.status, 200);
    BOOST_TEST(get.body == data);
    BOOST_TEST(get.header("content-length") == std::to_string(data.size()));
    BOOST_TEST(get.header("etag") == "\"" + key.sha256() + "\"");
    BOOST_TEST(get.header("cache-control").find("immutable") != std::string::npos);
    BOOST_TEST(get.header("accept-ranges") == "bytes");

    const auto head = http("HEAD", urlFor(key));
    BOOST_TEST(head.status == 200);
    BOOST_TEST(head.body.empty());
    BOOST_TEST(head.header("content-length") == std::to_string(data.size()));
}

BOOST_AUTO_TEST_CASE(range_requests) {
    const std::string data = randomBytes(10000, 2);
    const BlobKey key = stored(data);
    const std::string url = urlFor(key);

    const auto suffix = http("GET", url, {}, {{"Range", "bytes=-500"}});
    BOOST_TEST(suffix.status == 206);
    BOOST_TEST(suffix.body == data.substr(9500));
    BOOST_TEST(suffix.header("content-range") == "bytes 9500-9999/10000");

    const auto open = http("GET", url, {}, {{"Range", "bytes=9990-"}});
    BOOST_TEST(open.status == 206);
    BOOST_TEST(open.body == data.substr(9990));

    const auto middle = http("GET", url, {}, {{"Range", "bytes=100-199"}});
    BOOST_TEST(middle.status == 206);
    BOOST_TEST(middle.body == data.substr(100, 100));
    BOOST_TEST(middle.header("content-length") == "100");

    const auto beyond = http("GET", url, {}, {{"Range", "bytes=10000-"}});
    BOOST_TEST(beyond.status == 416);
    BOOST_TEST(beyond.header("content-range") == "bytes */10000");

    const auto stale = http("GET", url, {}, {{"Range", "bytes=0-9"}, {"If-Range", "\"stale\""}});
    BOOST_TEST(stale.status == 200);
    BOOST_TEST(stale.body == data);
    const auto fresh =
        http("GET", url, {}, {{"Range", "bytes=0-9"}, {"If-Range", "\"" + key.sha256() + "\""}});
    BOOST_TEST(fresh.status == 206);
    BOOST_TEST(fresh.body == data.substr(0, 10));
}

BOOST_AUTO_TEST_CASE(forged_expired_and_tricky_urls_are_refused) {
    const BlobKey key = stored("guarded");
    std::string forged = urlFor(key);
    forged.back() = forged.back() == '0' ? '1' : '0';
    const auto f = http("GET", forged);
    BOOST_TEST(f.status == 403);
    BOOST_TEST(f.body.find("url_forged") != std::string::npos);

    LocalBlobStore past(
        LocalStoreConfig{Server::instance->blobs.path(), base, UrlSigner(std::string(32, '\xcc')),
                         [] { return std::chrono::system_clock::now() - std::chrono::hours(1); }});
    const auto e = http("GET", past.presignGet(key, std::chrono::seconds(60))->url);
    BOOST_TEST(e.status == 403);
    BOOST_TEST(e.body.find("url_expired") != std::string::npos);

    BOOST_TEST(http("GET", base + "/blobs/sha256/ab/cd/not-a-hash?expires=1&sig=x").status == 400);
    const auto traversal =
        http("GET", base + "/blobs/sha256/%2e%2e/%2e%2e/etc%2fpasswd?expires=1&sig=x");
    BOOST_TEST((traversal.status == 400 || traversal.status == 404));
    BOOST_TEST(http("GET", urlFor(keyOf("never stored"))).status == 404);
}

BOOST_AUTO_TEST_CASE(signed_put_uploads_and_checks_the_hash) {
    const std::string data = randomBytes(200000, 3);
    const BlobKey key = keyOf(data);
    const auto put = store.presignPut(key, data.size(), std::chrono::seconds(300));
    std::string wrong = data;
    wrong[0] ^= 1;
    const auto bad = http("PUT", put->url, wrong);
    BOOST_TEST(bad.status == 422);
    BOOST_TEST(bad.body.find(key.str()) != std::string::npos);
    BOOST_TEST(http("PUT", put->url, data).status == 200);
    BOOST_TEST(http("GET", urlFor(key)).body == data);
}

BOOST_AUTO_TEST_CASE(multipart_parts_are_uploaded_through_signed_urls) {
    const std::string data = randomBytes(3 << 20, 4);
    const BlobKey key = keyOf(data);
    const auto upload = store.createMultipart(key);
    BOOST_REQUIRE(upload.ok());
    std::vector<CompletedPart> parts;
    for (int n = 1; n <= 3; ++n) {
        const auto url = store.presignPart(*upload, n, std::chrono::seconds(300));
        const auto r = http("PUT", url->url, data.substr((n - 1) << 20, 1 << 20));
        BOOST_REQUIRE_EQUAL(r.status, 200);
        parts.push_back({n, r.header("etag")});
    }
    BOOST_REQUIRE(store.completeMultipart(*upload, parts).ok());
    BOOST_TEST(http("GET", urlFor(key)).body == data);
}

// 40 MiB is far more than a loopback socket buffer holds, so the server's sendfile(2) loop
// meets a full socket many times and must resume exactly where it stopped.
BOOST_AUTO_TEST_CASE(a_blob_larger_than_the_socket_buffer_arrives_whole_and_in_ranges) {
    const std::string data = randomBytes(40 << 20, 7);
    const BlobKey key = stored(data);
    const auto whole = http("GET", urlFor(key));
    BOOST_REQUIRE_EQUAL(whole.status, 200);
    BOOST_TEST(whole.body.size() == data.size());
    BOOST_TEST((whole.body == data));
    const std::size_t from = (13 << 20) + 12345;
    const std::size_t to = (31 << 20) + 777;
    const auto middle =
        http("GET", urlFor(key), {},
             {{"Range", "bytes=" + std::to_string(from) + "-" + std::to_string(to)}});
    BOOST_REQUIRE_EQUAL(middle.status, 206);
    BOOST_TEST((middle.body == data.substr(from, to - from + 1)));
}

// After a file body the connection serves the next request (keep-alive), as after any other.
BOOST_AUTO_TEST_CASE(a_kept_alive_connection_serves_requests_after_a_file_body) {
    const std::string data = randomBytes(2 << 20, 8);
    const BlobKey key = stored(data);
    const std::string url = urlFor(key);
    const std::string target = url.substr(url.find('/', std::string("http://").size()));
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    BOOST_REQUIRE(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(Server::instance->syncd->port()));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    BOOST_REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    timeval timeout{30, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    std::string pending;
    // Reads one answer (header and Content-Length bytes of body); returns its body.
    auto answer = [&]() -> std::string {
        char buffer[65536];
        std::size_t headerEnd;
        while ((headerEnd = pending.find("\r\n\r\n")) == std::string::npos) {
            const auto n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n <= 0)
                return "<connection closed>";
            pending.append(buffer, static_cast<std::size_t>(n));
        }
        const auto lengthAt = pending.find("Content-Length: ");
        BOOST_REQUIRE(lengthAt != std::string::npos && lengthAt < headerEnd);
        const std::size_t length = std::stoull(pending.substr(lengthAt + 16));
        while (pending.size() < headerEnd + 4 + length) {
            const auto n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n <= 0)
                return "<connection closed>";
            pending.append(buffer, static_cast<std::size_t>(n));
        }
        std::string body = pending.substr(headerEnd + 4, length);
        pending.erase(0, headerEnd + 4 + length);
        return body;
    };
    const std::string request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    for (int round = 0; round < 3; ++round) {
        BOOST_REQUIRE(::send(fd, request.data(), request.size(), 0) ==
                      static_cast<ssize_t>(request.size()));
        BOOST_TEST((answer() == data), "round " << round);
    }
    ::close(fd);
}

BOOST_AUTO_TEST_SUITE_END()
