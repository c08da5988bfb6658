// Satchel's S3 signing against AWS's own JavaScript signer (@smithy/signature-v4, run by
// smithy_sign.js under node) over many random object keys — spaces, unicode, reserved and
// sub-delimiter characters, empty and dot segments — and random upload ids, times, expiries
// and session tokens; path-style and virtual-hosted addressing. Both the presigned-URL form
// and the Authorization-header form.
#define BOOST_TEST_MODULE storage_sigv4_smithy_compare
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <random>
#include <sstream>

#include <nlohmann/json.hpp>

#include "satchel/storage/s3_blob_store.h"
#include "satchel/storage/uri_encoding.h"
#include "satchel/testing/env.h"
#include "satchel/testing/process.h"

using namespace satchel::storage;
using nlohmann::json;

namespace {

constexpr int kCases = 400;

// Pieces keys are made of: ASCII letters, every reserved and sub-delimiter character, space,
// percent, plus multi-byte UTF-8 (2, 3 and 4 bytes) and path-ish segments.
const std::vector<std::string> kPieces = {
    "a",   "Z",    "7",  "-", "_", ".",    "~", " ", "  ", "!",        "*", "'", "(",
    ")",   ";",    ":",  "@", "&", "=",    "+", "$", ",",  "?",        "#", "[", "]",
    "%",   "%20",  "\"", "<", ">", "\\",   "^", "`", "{",  "|",        "}", "/", "//",
    "/./", "/../", "é",  "ü", "ß", "日本", "ሴ", "😀", "\t", "video.mp4"};

std::string randomKey(std::mt19937& rng) {
    std::uniform_int_distribution<std::size_t> piece(0, kPieces.size() - 1);
    std::uniform_int_distribution<int> length(1, 12);
    std::string key;
    const int n = length(rng);
    for (int i = 0; i < n; ++i)
        key += kPieces[piece(rng)];
    return key;
}

std::string randomToken(std::mt19937& rng, std::size_t size) {
    static const std::string chars =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_.~";
    std::string out;
    for (std::size_t i = 0; i < size; ++i)
        out += chars[rng() % chars.size()];
    return out;
}

struct Case {
    json spec;
    std::unique_ptr<S3BlobStore> store;
};

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// "path?a=b&c=d" from a URL: the path (still encoded) and the decoded query.
std::pair<std::string, std::map<std::string, std::string>> splitUrl(const std::string& url) {
    const auto pathStart = url.find('/', url.find("://") + 3);
    const auto q = url.find('?');
    std::map<std::string, std::string> query;
    std::istringstream in(url.substr(q + 1));
    std::string pair;
    while (std::getline(in, pair, '&')) {
        const auto eq = pair.find('=');
        query[percentDecode(pair.substr(0, eq)).value_or("<bad>")] =
            percentDecode(pair.substr(eq + 1)).value_or("<bad>");
    }
    return {url.substr(pathStart, q - pathStart), query};
}

}  // namespace

BOOST_AUTO_TEST_CASE(satchel_signs_exactly_as_the_aws_sdk_does) {
    std::mt19937 rng(20260529);
    const std::vector<std::string> regions = {"us-east-1", "eu-west-3", "ap-southeast-2"};
    std::vector<Case> cases;
    json specs = json::array();
    for (int i = 0; i < kCases; ++i) {
        const bool presign = i % 2 == 0;
        const std::string method =
            std::vector<std::string>{"GET", "PUT", "HEAD", "POST"}[rng() % 4];
        const auto time = std::chrono::system_clock::time_point(
            std::chrono::seconds(1400000000 + static_cast<long>(rng() % 400000000)));
        S3Config config;
        config.endpoint = "http://127.0.0.1:" + std::to_string(1024 + rng() % 60000);
        config.region = regions[rng() % regions.size()];
        config.bucket = "bucket-" + std::to_string(rng() % 100);
        config.credentials = {randomToken(rng, 20), randomToken(rng, 40),
                              i % 3 == 0 ? randomToken(rng, 64) : ""};
        config.clock = [time] { return time; };
        const bool virtualHosted = (i / 2) % 2 == 1;
        config.addressing = virtualHosted ? S3Addressing::VirtualHosted : S3Addressing::PathStyle;
        Case c{{}, std::make_unique<S3BlobStore>(config)};

        json query = json::object();
        if (i % 4 == 0) {
            query["partNumber"] = std::to_string(1 + rng() % 10000);
            query["uploadId"] = randomKey(rng);  // ids from other stores may hold anything
        }
        const std::string payload =
            presign ? kUnsignedPayload : (i % 3 == 0 ? kUnsignedPayload : kEmptyPayloadHash);
        c.spec = {
            {"kind", presign ? "presign" : "header"},
            {"virtual", virtualHosted},
            {"method", method},
            {"host", config.endpoint.substr(7)},
            {"bucket", config.bucket},
            {"key", randomKey(rng)},
            {"query", query},
            {"expires", 1 + static_cast<int>(rng() % 604800)},
            {"time",
             std::chrono::duration_cast<std::chrono::seconds>(time.time_since_epoch()).count()},
            {"region", config.region},
            {"accessKeyId", config.credentials.accessKeyId},
            {"secretAccessKey", config.credentials.secretAccessKey},
            {"sessionToken", config.credentials.sessionToken},
            {"payloadHash", payload}};
        specs.push_back(c.spec);
        cases.push_back(std::move(c));
    }

    satchel::testing::TempDir dir("satchel-smithy");
    std::ofstream(dir / "cases.json") << specs.dump();
    const int status = satchel::testing::runCommand(
        {"node", (satchel::testing::sourceDir() / "tests/storage/smithy_sign.js").string(),
         (dir / "cases.json").string()},
        (dir / "out.json").string());
    const std::string output = readFile(dir / "out.json");
    BOOST_REQUIRE_MESSAGE(status == 0, "node failed: " << output);
    const json results = json::parse(output);
    BOOST_REQUIRE_EQUAL(results.size(), cases.size());

    int presigned = 0, headers = 0;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const json& spec = cases[i].spec;
        const json& expected = results[i];
        const std::string key = spec["key"];
        NameValueList query;
        for (const auto& [name, value] : spec["query"].items())
            query.emplace_back(name, value);
        BOOST_TEST_CONTEXT("case " << i << " key \"" << key << "\"") {
            BOOST_TEST(cases[i].store->locate(key).path == expected["path"].get<std::string>());
            BOOST_TEST(cases[i].store->locate(key).host == expected["host"].get<std::string>());
            if (spec["kind"] == "presign") {
                ++presigned;
                const auto url = cases[i].store->presign(spec["method"], key, query,
                                                         std::chrono::seconds(spec["expires"]));
                const auto [path, params] = splitUrl(url.url);
                BOOST_TEST(
                    url.url.rfind("http://" + expected["host"].get<std::string>() + "/", 0) == 0);
                BOOST_TEST(path == expected["path"].get<std::string>());
                BOOST_TEST(json(params).dump() == expected["query"].dump());
            } else {
                ++headers;
                const auto signature =
                    cases[i].store->signRequest(spec["method"], key, query, spec["payloadHash"]);
                BOOST_TEST(signature.authorization == expected["authorization"].get<std::string>());
            }
        }
    }
    BOOST_TEST(presigned == kCases / 2);
    BOOST_TEST(headers == kCases / 2);
}
