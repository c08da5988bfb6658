// A video lesson's "captions" key in an authoring folder's course.json: the WebVTT file
// becomes a text/vtt asset at captionsAssetPath(lesson id) — the shape the editor's publish
// makes — and every way the key can be wrong is refused with the field named.
#define BOOST_TEST_MODULE shared_authoring_captions
#include <boost/test/unit_test.hpp>

#include <fstream>

#include "satchel/hash.h"
#include "satchel/package.h"
#include "satchel/testing/env.h"

using namespace satchel;
namespace fs = std::filesystem;

namespace {

const char* kVideoId = "01932c4e-0000-7000-8000-00000000a001";
const char* kSecondVideoId = "01932c4e-0000-7000-8000-00000000a002";
const char* kReadingId = "01932c4e-0000-7000-8000-00000000a003";
const std::string kCaptions = "WEBVTT\n\n00:00.500 --> 00:02.000\nA star is born.\n";

void writeFile(const fs::path& path, const std::string& content) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
}

using Extra = std::map<std::string, std::string>;  // lesson id -> more JSON members

// A course folder with two videos and a reading; `extra` goes into the lessons named by id,
// e.g. {kVideoId, R"("captions": "media/star.vtt")"}.
struct CourseFolder {
    explicit CourseFolder(const Extra& extra) {
        writeFile(course / "media/star.mp4", "video bytes");
        writeFile(course / "media/planet.mp4", "other video bytes");
        writeFile(course / "text/r.md", "# Reading");
        auto lesson = [&](const char* id, const char* kind, const char* file) {
            std::string json = std::string(R"({"id": ")") + id + R"(", "title": "L", "kind": ")" +
                               kind + R"(", "file": ")" + file + "\"";
            if (std::string(kind) == "video")
                json += R"(, "durationMs": 10000)";
            if (auto more = extra.find(id); more != extra.end())
                json += ", " + more->second;
            return json + "}";
        };
        writeFile(course / "course.json",
                  R"({"id": "01932c4e-0000-7000-8000-00000000c001", "version": 1,
                      "title": "Astronomy", "modules": [{
                        "id": "01932c4e-0000-7000-8000-00000000b001", "title": "Sky",
                        "lessons": [)" +
                      lesson(kVideoId, "video", "media/star.mp4") + "," +
                      lesson(kSecondVideoId, "video", "media/planet.mp4") + "," +
                      lesson(kReadingId, "reading", "text/r.md") + "]}]}");
    }
    PackageResult<BuiltCourse> build() const { return buildCourseFromFolder(course); }

    testing::TempDir root{"satchel-captions"};
    fs::path course = root.path() / "course";  // root holds outside.vtt, beside the folder
};

PackageError refusal(const CourseFolder& folder) {
    auto built = folder.build();
    BOOST_REQUIRE(!built.has_value());
    BOOST_TEST_MESSAGE(built.error().describe());
    return built.error();
}

}  // namespace

BOOST_AUTO_TEST_CASE(captions_become_a_text_vtt_asset_named_after_the_lesson) {
    CourseFolder folder(Extra{{kVideoId, R"("captions": "media/star.en.vtt")"}});
    writeFile(folder.course / "media/star.en.vtt", kCaptions);
    auto built = folder.build();
    BOOST_REQUIRE_MESSAGE(built.ok(), (built.ok() ? std::string() : built.error().describe()));

    const Uuid lessonId = *Uuid::parse(kVideoId);
    BOOST_TEST(captionsAssetPath(lessonId) == std::string("captions/") + kVideoId + ".vtt");
    const Asset* captions = built->manifest.findAsset(sha256Hex(kCaptions));
    BOOST_REQUIRE(captions);
    BOOST_TEST(captions->path == captionsAssetPath(lessonId));
    BOOST_TEST(captions->mediaType == kCaptionsMediaType);
    BOOST_TEST(captions->size == kCaptions.size());
    BOOST_TEST(!captions->durationMs.has_value());
    BOOST_TEST(built->assetFiles.at(captions->sha256) ==
               fs::canonical(folder.course / "media/star.en.vtt"));
    // The lesson still plays its video; the other lessons gained nothing.
    const Lesson* lesson = built->manifest.findLesson(lessonId);
    BOOST_REQUIRE(lesson);
    BOOST_TEST(lesson->assetSha256 == sha256Hex("video bytes"));
    BOOST_TEST(built->manifest.assets.size() == 4u);  // two videos, captions, reading
    BOOST_TEST(validateManifest(built->manifest).has_value());
}

BOOST_AUTO_TEST_CASE(a_byte_order_mark_before_the_signature_is_accepted) {
    CourseFolder folder(Extra{{kVideoId, R"("captions": "media/star.vtt")"}});
    writeFile(folder.course / "media/star.vtt", "\xEF\xBB\xBF" + kCaptions);
    auto built = folder.build();
    BOOST_REQUIRE_MESSAGE(built.ok(), (built.ok() ? std::string() : built.error().describe()));
    BOOST_TEST(built->manifest.assets.size() == 4u);
}

BOOST_AUTO_TEST_CASE(a_missing_captions_file_is_refused_with_its_field) {
    CourseFolder folder(Extra{{kSecondVideoId, R"("captions": "media/planet.vtt")"}});
    const PackageError e = refusal(folder);
    BOOST_TEST((e.code == PackageErrorCode::MissingFile));
    BOOST_TEST(e.where == "modules[0].lessons[1].captions");
    BOOST_TEST(e.message.find("media/planet.vtt") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_file_that_is_not_webvtt_is_refused) {
    for (const std::string& content :
         {std::string("1\n00:00:01,000 --> 00:00:02,000\nSubRip, not WebVTT\n"),
          std::string("WEBVTTX\n\n00:00.000 --> 00:01.000\nno\n"), std::string()}) {
        CourseFolder folder(Extra{{kVideoId, R"("captions": "media/star.vtt")"}});
        writeFile(folder.course / "media/star.vtt", content);
        const PackageError e = refusal(folder);
        BOOST_TEST((e.code == PackageErrorCode::WrongFormat));
        BOOST_TEST(e.where == "modules[0].lessons[0].captions");
        BOOST_TEST(e.message.find("not a WebVTT file") != std::string::npos);
        BOOST_TEST(e.describe().find("(wrongFormat)") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(captions_on_a_lesson_that_is_not_a_video_are_refused) {
    CourseFolder folder(Extra{{kReadingId, R"("captions": "media/star.vtt")"}});
    writeFile(folder.course / "media/star.vtt", kCaptions);
    const PackageError e = refusal(folder);
    BOOST_TEST((e.code == PackageErrorCode::InvalidManifest));
    BOOST_TEST(e.where == "modules[0].lessons[2].captions");
    BOOST_TEST(e.message.find("video lessons only") != std::string::npos);
    BOOST_TEST(e.message.find("reading") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(unsafe_or_malformed_captions_paths_are_refused) {
    const std::pair<std::string, PackageErrorCode> cases[] = {
        {R"("captions": "../outside.vtt")", PackageErrorCode::PathTraversal},
        {R"("captions": "/etc/passwd")", PackageErrorCode::AbsolutePath},
        {R"("captions": 42)", PackageErrorCode::InvalidPath},
        {R"("captions": "")", PackageErrorCode::InvalidPath},
    };
    for (const auto& [key, code] : cases) {
        CourseFolder folder(Extra{{kVideoId, key}});
        writeFile(folder.root.path() / "outside.vtt", kCaptions);
        const PackageError e = refusal(folder);
        BOOST_TEST((e.code == code), key);
        BOOST_TEST(e.where == "modules[0].lessons[0].captions");
    }
}

BOOST_AUTO_TEST_CASE(two_lessons_cannot_share_the_bytes_of_one_captions_file) {
    // One asset per SHA-256, and the captions asset's path names one lesson.
    CourseFolder folder(Extra{{kVideoId, R"("captions": "media/star.vtt")"},
                              {kSecondVideoId, R"("captions": "media/planet.vtt")"}});
    writeFile(folder.course / "media/star.vtt", kCaptions);
    writeFile(folder.course / "media/planet.vtt", kCaptions);
    const PackageError e = refusal(folder);
    BOOST_TEST((e.code == PackageErrorCode::DuplicateId));
    BOOST_TEST(e.where == "modules[0].lessons[1].captions");
    BOOST_TEST(e.message.find("its own captions file") != std::string::npos);
    BOOST_TEST(e.message.find("as media/star.vtt,") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(webvtt_signature_follows_the_spec) {
    BOOST_TEST(hasWebVttSignature("WEBVTT"));
    BOOST_TEST(hasWebVttSignature("WEBVTT\n"));
    BOOST_TEST(hasWebVttSignature("WEBVTT\r\n"));
    BOOST_TEST(hasWebVttSignature("WEBVTT - English"));
    BOOST_TEST(hasWebVttSignature("WEBVTT\tx"));
    BOOST_TEST(hasWebVttSignature("\xEF\xBB\xBFWEBVTT\n"));
    BOOST_TEST(!hasWebVttSignature(""));
    BOOST_TEST(!hasWebVttSignature("WEBVT"));
    BOOST_TEST(!hasWebVttSignature("WEBVTTX"));
    BOOST_TEST(!hasWebVttSignature("webvtt\n"));
    BOOST_TEST(!hasWebVttSignature(" WEBVTT\n"));
    BOOST_TEST(!hasWebVttSignature("\xEF\xBB WEBVTT"));
}
