// configureBlobStore: which store the SATCHEL_* settings select, and the errors that name a
// missing or malformed setting.
#define BOOST_TEST_MODULE storage_settings
#include <boost/test/unit_test.hpp>

#include <map>

#include "satchel/storage/storage_settings.h"
#include "satchel/testing/env.h"

using namespace satchel::storage;

namespace {
SettingLookup from(std::map<std::string, std::string> values) {
    return [values](std::string_view name) -> std::optional<std::string> {
        const auto it = values.find(std::string(name));
        if (it == values.end())
            return std::nullopt;
        return it->second;
    };
}
}  // namespace

BOOST_AUTO_TEST_CASE(local_folder_is_the_default_and_uses_the_configured_key) {
    satchel::testing::TempDir dir;
    const std::string hexKey(64, 'a');  // 32 bytes of 0xaa
    auto configured = configureBlobStore(from({{"SATCHEL_BLOB_DIR", (dir / "blobs").string()},
                                               {"SATCHEL_PUBLIC_URL", "http://h:1"},
                                               {"SATCHEL_BLOB_URL_KEY", hexKey}}));
    BOOST_REQUIRE(configured.ok());
    BOOST_REQUIRE(configured->local != nullptr);
    BOOST_TEST(std::filesystem::is_directory(dir / "blobs" / "tmp"));
    const auto key = *BlobKey::fromSha256(std::string(64, '0'));
    const auto url = configured->store->presignGet(key, std::chrono::seconds(60));
    BOOST_REQUIRE(url.ok());
    BOOST_TEST(url->url.rfind("http://h:1/blobs/sha256/00/00/", 0) == 0);
    // Another instance with the same key accepts the URL: the signature is the key's alone.
    const UrlSigner same(std::string(32, '\xaa'));
    const auto sig = url->url.substr(url->url.find("sig=") + 4);
    const auto expires = url->url.substr(url->url.find("expires=") + 8, 10);
    BOOST_TEST((same.check("GET", "/" + key.str(), expires, sig,
                           std::chrono::system_clock::now()) == UrlCheck::Valid));
}

BOOST_AUTO_TEST_CASE(s3_endpoint_selects_s3) {
    auto configured = configureBlobStore(from({{"SATCHEL_S3_ENDPOINT", "https://s3.example.com"},
                                               {"SATCHEL_S3_BUCKET", "courses"},
                                               {"SATCHEL_S3_ADDRESSING", "virtual"}}));
    BOOST_REQUIRE(configured.ok());
    BOOST_TEST(configured->local == nullptr);
    auto* s3 = dynamic_cast<S3BlobStore*>(configured->store.get());
    BOOST_REQUIRE(s3 != nullptr);
    BOOST_TEST(s3->locate("a b").host == "courses.s3.example.com");
    BOOST_TEST(s3->locate("a b").path == "/a%20b");
}

BOOST_AUTO_TEST_CASE(bad_settings_are_named) {
    auto message = [](std::map<std::string, std::string> values) {
        auto r = configureBlobStore(from(std::move(values)));
        return r.ok() ? std::string("<ok>") : r.error().message;
    };
    BOOST_TEST(message({}).find("SATCHEL_BLOB_DIR") != std::string::npos);
    BOOST_TEST(message({{"SATCHEL_S3_ENDPOINT", "https://x"}}).find("SATCHEL_S3_BUCKET") !=
               std::string::npos);
    BOOST_TEST(message({{"SATCHEL_S3_ENDPOINT", "ftp://x"}, {"SATCHEL_S3_BUCKET", "b"}})
                   .find("SATCHEL_S3_ENDPOINT") != std::string::npos);
    BOOST_TEST(message({{"SATCHEL_S3_ENDPOINT", "https://x"},
                        {"SATCHEL_S3_BUCKET", "b"},
                        {"SATCHEL_S3_ADDRESSING", "dns"}})
                   .find("SATCHEL_S3_ADDRESSING") != std::string::npos);
    BOOST_TEST(message({{"SATCHEL_BLOB_DIR", "/tmp/x"}, {"SATCHEL_BLOB_URL_KEY", "short"}})
                   .find("SATCHEL_BLOB_URL_KEY") != std::string::npos);
    BOOST_TEST(message({{"SATCHEL_BLOB_DIR", "/proc/1/forbidden"}}).find("SATCHEL_BLOB_DIR") !=
               std::string::npos);
}
