// The asset journeys through the real satchel-syncd with its embedded local store: an
// instructor asks for upload URLs (dedup, single PUT, multipart), uploads straight to the
// signed URLs, completes, publishes; an enrolled student asks for download URLs and fetches
// with Range. Students who are not enrolled, and assets outside the version, get 404.
#define BOOST_TEST_MODULE storage_asset_flow
#include <boost/test/unit_test.hpp>

#include <random>

#include "api_client.h"
#include "satchel/hash.h"
#include "satchel/ids.h"
#include "satchel/protocol/codec.h"

using namespace satchel::testing;
using nlohmann::json;

namespace {

ServerUnderTest& server() {
    static ServerUnderTest instance;
    return instance;
}

std::string randomBytes(std::size_t size, unsigned seed) {
    std::mt19937_64 rng(seed);
    std::string out(size, '\0');
    for (auto& c : out)
        c = static_cast<char>(rng());
    return out;
}

json uploadRequest(const std::string& data, const std::string& mediaType) {
    return satchel::toJson(
        satchel::AssetUploadRequest{satchel::sha256Hex(data), data.size(), mediaType});
}

// The manifest of a course with one reading and one video lesson over the two assets.
json publishBody(const std::string& reading, const std::string& video) {
    satchel::CourseManifest m;
    m.version = 1;
    m.title = "Assets";
    m.language = "en";
    m.assets.push_back(
        {satchel::sha256Hex(reading), reading.size(), "text/markdown", "one.md", {}});
    m.assets.push_back(
        {satchel::sha256Hex(video), video.size(), "video/mp4", "clip.mp4", std::uint64_t{1000}});
    satchel::Module module;
    module.id = satchel::newUuidV7();
    module.title = "Module";
    for (const auto& [kind, sha] : {std::pair{satchel::LessonKind::Reading, m.assets[0].sha256},
                                    std::pair{satchel::LessonKind::Video, m.assets[1].sha256}}) {
        satchel::Lesson lesson;
        lesson.id = satchel::newUuidV7();
        lesson.title = "Lesson";
        lesson.kind = kind;
        lesson.assetSha256 = sha;
        lesson.completion = satchel::defaultCompletionRule(kind);
        module.lessons.push_back(lesson);
    }
    m.modules.push_back(module);
    return satchel::toJson(satchel::PublishRequest{m});
}

}  // namespace

BOOST_AUTO_TEST_CASE(instructor_uploads_and_publishes_student_downloads) {
    const auto instructor = bearer(server().createWithRole("prof", "instructor"));
    const auto student = bearer(server().signUp("stu"));
    const auto outsider = bearer(server().signUp("out"));
    const std::string reading = "# Reading\n\nSome text.\n";
    const std::string video = randomBytes((32u << 20) + 123456, 1);  // more than one part

    // Students may not upload.
    BOOST_TEST(server()
                   .call("POST", "/api/v1/assets/uploads", uploadRequest(reading, "text/markdown"),
                         student)
                   .status == 403);

    // Small asset: one presigned PUT, straight to the blob URL.
    auto small = server().call("POST", "/api/v1/assets/uploads",
                               uploadRequest(reading, "text/markdown"), instructor);
    BOOST_REQUIRE_MESSAGE(small.status == 200, small.raw.body);
    BOOST_TEST(small.json["alreadyPresent"] == false);
    const std::string putUrl = small.json["uploadUrl"];
    BOOST_TEST(putUrl.rfind(server().url() + "/blobs/sha256/", 0) == 0);
    BOOST_TEST(http("PUT", putUrl, reading).status == 200);
    // Asking again: the server finds the bytes and says so (dedup).
    BOOST_TEST(server()
                   .call("POST", "/api/v1/assets/uploads", uploadRequest(reading, "text/markdown"),
                         instructor)
                   .json["alreadyPresent"] == true);

    // Large asset: multipart, parts PUT to signed part URLs, then completed.
    auto large = server().call("POST", "/api/v1/assets/uploads", uploadRequest(video, "video/mp4"),
                               instructor);
    BOOST_REQUIRE_MESSAGE(large.status == 200, large.raw.body);
    const std::uint64_t partSize = large.json["partSize"];
    const auto partUrls = large.json["partUrls"].get<std::vector<std::string>>();
    BOOST_REQUIRE_EQUAL(partUrls.size(), 2u);
    json complete = {{"protocol", 1},
                     {"sha256", satchel::sha256Hex(video)},
                     {"uploadId", large.json["uploadId"]},
                     {"parts", json::array()}};
    for (std::size_t i = 0; i < partUrls.size(); ++i) {
        const auto r = http("PUT", partUrls[i], video.substr(i * partSize, partSize), {}, 120000);
        BOOST_REQUIRE_MESSAGE(r.status == 200, r.status << " " << r.body);
        complete["parts"].push_back({{"number", i + 1}, {"etag", r.header("etag")}});
    }
    json wrong = complete;
    wrong["parts"][1]["etag"] = "\"0000\"";
    BOOST_TEST(server().call("POST", "/api/v1/assets/uploads/complete", wrong, instructor).status ==
               400);
    const auto done =
        server().call("POST", "/api/v1/assets/uploads/complete", complete, instructor);
    BOOST_REQUIRE_MESSAGE(done.status == 204, done.raw.body);
    BOOST_TEST(
        server()
            .call("POST", "/api/v1/assets/uploads", uploadRequest(video, "video/mp4"), instructor)
            .json["alreadyPresent"] == true);

    // Publish, enroll, download.
    const auto course = server().call("POST", "/api/v1/courses", {{"title", "Assets"}}, instructor);
    BOOST_REQUIRE_EQUAL(course.status, 201);
    const std::string id = course.json["id"];
    const auto published = server().call("POST", "/api/v1/courses/" + id + "/versions",
                                         publishBody(reading, video), instructor);
    BOOST_REQUIRE_MESSAGE(published.status == 201, published.raw.body);
    const auto enrolled =
        server().call("POST", "/api/v1/courses/" + id + "/enroll", nullptr, student);
    BOOST_REQUIRE_MESSAGE(enrolled.status / 100 == 2, enrolled.raw.body);

    const std::string assetUrl =
        "/api/v1/courses/" + id + "/versions/1/assets/" + satchel::sha256Hex(video) + "/url";
    const auto url = server().call("GET", assetUrl, nullptr, student);
    BOOST_REQUIRE_MESSAGE(url.status == 200, url.raw.body);
    BOOST_TEST(url.json["expiresAtMs"].get<std::int64_t>() > 0);
    const std::string blobUrl = url.json["url"];
    const auto tail = http("GET", blobUrl, {}, {{"Range", "bytes=-1000"}});
    BOOST_TEST(tail.status == 206);
    BOOST_TEST(tail.body == video.substr(video.size() - 1000));
    const auto whole = http("GET", blobUrl, {}, {}, 120000);
    BOOST_TEST(whole.status == 200);
    BOOST_TEST(satchel::sha256Hex(whole.body) == satchel::sha256Hex(video));

    // Not enrolled, not in this version, no such version: 404 all.
    BOOST_TEST(server().call("GET", assetUrl, nullptr, outsider).status == 404);
    BOOST_TEST(
        server()
            .call("GET",
                  "/api/v1/courses/" + id + "/versions/1/assets/" + std::string(64, 'e') + "/url",
                  nullptr, student)
            .status == 404);
    BOOST_TEST(server()
                   .call("GET",
                         "/api/v1/courses/" + id + "/versions/7/assets/" +
                             satchel::sha256Hex(video) + "/url",
                         nullptr, student)
                   .status == 404);
    // The course owner may fetch too.
    BOOST_TEST(server().call("GET", assetUrl, nullptr, instructor).status == 200);
}
