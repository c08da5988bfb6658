// WebVTT parsing (pure logic): timestamps, identifiers, markup, line endings, the blocks the
// spec says to skip, malformed cues, and where course manifests put a lesson's captions.
#define BOOST_TEST_MODULE webvtt
#include <boost/test/unit_test.hpp>

#include <fstream>

#include "satchel/client/draft_manifest.h"
#include "satchel/client/webvtt.h"
#include "satchel/hash.h"
#include "satchel/package.h"
#include "satchel/testing/env.h"

using satchel::client::Captions;
using satchel::client::cueTextAt;
using satchel::client::parseWebVtt;

namespace {
Captions parsed(std::string_view text) {
    auto result = parseWebVtt(text);
    BOOST_REQUIRE_MESSAGE(result, "parse failed: " << (result ? "" : result.error().message));
    return *result;
}
}  // namespace

BOOST_AUTO_TEST_CASE(reads_cues_with_and_without_hours_and_identifiers) {
    const auto captions = parsed(
        "WEBVTT - the demo\n"
        "Kind: captions\n"
        "\n"
        "intro\n"
        "00:00.500 --> 00:02.000\n"
        "Welcome to Satchel.\n"
        "\n"
        "01:02:03.004 --> 01:02:05.000 align:start position:10%\n"
        "Two lines,\n"
        "one cue.\n");
    BOOST_REQUIRE_EQUAL(captions.cues.size(), 2u);
    BOOST_TEST(captions.cues[0].startMs == 500);
    BOOST_TEST(captions.cues[0].endMs == 2000);
    BOOST_TEST(captions.cues[0].text == "Welcome to Satchel.");
    BOOST_TEST(captions.cues[1].startMs == ((1 * 60 + 2) * 60 + 3) * 1000 + 4);
    BOOST_TEST(captions.cues[1].endMs == ((1 * 60 + 2) * 60 + 5) * 1000);
    BOOST_TEST(captions.cues[1].text == "Two lines,\none cue.");
    BOOST_TEST(captions.skipped == 0u);
}

BOOST_AUTO_TEST_CASE(accepts_crlf_cr_and_a_byte_order_mark) {
    const auto crlf = parsed("\xEF\xBB\xBFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nHi\r\n");
    const auto cr = parsed("WEBVTT\r\r00:01.000 --> 00:02.000\rHi\r");
    for (const auto* captions : {&crlf, &cr}) {
        BOOST_REQUIRE_EQUAL(captions->cues.size(), 1u);
        BOOST_TEST(captions->cues[0].text == "Hi");
        BOOST_TEST(captions->cues[0].startMs == 1000);
    }
}

BOOST_AUTO_TEST_CASE(removes_markup_and_decodes_character_references) {
    const auto captions = parsed(
        "WEBVTT\n\n"
        "00:00.000 --> 00:01.000\n"
        "<v Ada>Hello</v> <b>bold</b> <c.yellow>&amp; &lt;tags&gt;</c><00:00.500> now\n");
    BOOST_REQUIRE_EQUAL(captions.cues.size(), 1u);
    BOOST_TEST(captions.cues[0].text == "Hello bold & <tags> now");
}

BOOST_AUTO_TEST_CASE(skips_notes_styles_regions_and_malformed_cues) {
    const auto captions = parsed(
        "WEBVTT\n\n"
        "NOTE a comment\nspanning lines\n\n"
        "STYLE\n::cue { color: red }\n\n"
        "REGION\nid:fred\n\n"
        "00:05.000 --> 00:04.000\nends before it starts\n\n"
        "0:01.000 --> 00:02.000\nminutes need two digits\n\n"
        "00:01.00 --> 00:02.000\nmilliseconds need three digits\n\n"
        "00:61.000 --> 00:62.000\nseconds over 59\n\n"
        "just an identifier\n\n"
        "00:03.000 --> 00:04.000\nkept\n");
    BOOST_REQUIRE_EQUAL(captions.cues.size(), 1u);
    BOOST_TEST(captions.cues[0].text == "kept");
    BOOST_TEST(captions.skipped == 5u);
}

BOOST_AUTO_TEST_CASE(refuses_a_file_without_the_signature) {
    for (std::string_view text : {"", "1\n00:00:01,000 --> 00:00:02,000\nan SRT file\n",
                                  "WEBVTTX\n\n00:01.000 --> 00:02.000\nno\n"}) {
        const auto result = parseWebVtt(text);
        BOOST_TEST(!result);
        if (!result)
            BOOST_TEST(result.error().line == 1u);
    }
}

BOOST_AUTO_TEST_CASE(finds_the_cues_showing_at_a_position) {
    const auto captions = parsed(
        "WEBVTT\n\n"
        "00:01.000 --> 00:03.000\nfirst\n\n"
        "00:02.000 --> 00:04.000\noverlapping\n\n"
        "00:10.000 --> 00:11.000\nlater\n");
    BOOST_TEST(cueTextAt(captions, 0) == "");
    BOOST_TEST(cueTextAt(captions, 1000) == "first");
    BOOST_TEST(cueTextAt(captions, 2500) == "first\noverlapping");
    BOOST_TEST(cueTextAt(captions, 3000) == "overlapping");  // the end is exclusive
    BOOST_TEST(cueTextAt(captions, 5000) == "");
    BOOST_TEST(cueTextAt(captions, 10999) == "later");
}

BOOST_AUTO_TEST_CASE(finds_a_lessons_captions_file_by_its_path) {
    satchel::CourseManifest manifest;
    auto asset = [](std::string sha, std::string path, std::string type) {
        satchel::Asset a;
        a.sha256 = std::move(sha);
        a.path = std::move(path);
        a.mediaType = std::move(type);
        return a;
    };
    manifest.assets = {asset("a1", "videos/01-welcome.mp4", "video/mp4"),
                       asset("a2", "videos/01-welcome.en.vtt", "text/vtt"),
                       asset("a3", "videos/02-sync.mp4", "video/mp4"),
                       asset("a4", "videos/02-sync.vtt", "text/vtt"),
                       asset("a5", "videos/02-sync.de.vtt", "text/vtt"),
                       asset("a6", "videos/03-quiet.mp4", "video/mp4"),
                       asset("a7", "videos/03-quiet-extra.vtt", "text/vtt"),
                       asset("a8", "other/03-quiet.vtt", "text/vtt")};
    satchel::Lesson lesson;
    lesson.assetSha256 = "a1";
    BOOST_REQUIRE(satchel::client::captionsAssetFor(manifest, lesson));
    BOOST_TEST(satchel::client::captionsAssetFor(manifest, lesson)->sha256 == "a2");
    lesson.assetSha256 = "a3";  // the untagged file wins over a language-tagged one
    BOOST_TEST(satchel::client::captionsAssetFor(manifest, lesson)->sha256 == "a4");
    lesson.assetSha256 = "a6";  // neither a longer stem nor another folder counts
    BOOST_TEST(!satchel::client::captionsAssetFor(manifest, lesson));
    lesson.assetSha256 = "missing";
    BOOST_TEST(!satchel::client::captionsAssetFor(manifest, lesson));
}

// One shape: the editor's publish (planPublish) and an authoring folder's "captions" key both
// put a lesson's captions where captionsAssetFor finds them, at the same path and media type.
BOOST_AUTO_TEST_CASE(editor_and_authoring_folder_publish_captions_the_player_finds) {
    const std::string vtt = "WEBVTT\n\n00:00.000 --> 00:01.000\nHello.\n";
    const auto lessonId = *satchel::Uuid::parse("01932c4e-0000-7000-8000-00000000a001");

    satchel::client::CourseDraft draft;
    draft.title = "Course";
    satchel::client::DraftLesson lesson;
    lesson.id = lessonId;
    lesson.title = "Video";
    lesson.kind = satchel::LessonKind::Video;
    lesson.video = satchel::client::DraftFile{"/videos/intro.mp4", satchel::sha256Hex("video"), 5,
                                              "video/mp4", 1000};
    lesson.captions = satchel::client::DraftFile{"/videos/intro.vtt", satchel::sha256Hex(vtt),
                                                 vtt.size(), "text/vtt", std::nullopt};
    draft.modules.push_back(satchel::client::DraftModule{satchel::newUuidV7(), "M", {lesson}});
    const auto plan = satchel::client::planPublish(draft);
    BOOST_REQUIRE(plan.publishable());
    const satchel::Asset* fromEditor =
        satchel::client::captionsAssetFor(plan.manifest, *plan.manifest.findLesson(lessonId));
    BOOST_REQUIRE(fromEditor);
    BOOST_TEST(fromEditor->sha256 == satchel::sha256Hex(vtt));

    satchel::testing::TempDir folder("satchel-captions-shape");
    std::ofstream(folder / "intro.mp4") << "video";
    std::ofstream(folder / "intro-captions.vtt") << vtt;
    std::ofstream(folder / "course.json") << R"({"id": "01932c4e-0000-7000-8000-00000000c001",
        "version": 1, "title": "Course", "modules": [{"id": "01932c4e-0000-7000-8000-00000000b001",
        "title": "M", "lessons": [{"id": ")" + lessonId.toString() +
                                                 R"(", "title": "Video",
        "kind": "video", "file": "intro.mp4", "durationMs": 1000,
        "captions": "intro-captions.vtt"}]}]})";
    auto built = satchel::buildCourseFromFolder(folder.path());
    BOOST_REQUIRE_MESSAGE(built.ok(), (built.ok() ? std::string() : built.error().describe()));
    const satchel::Asset* fromFolder =
        satchel::client::captionsAssetFor(built->manifest, *built->manifest.findLesson(lessonId));
    BOOST_REQUIRE(fromFolder);
    // The same asset, byte for byte in the manifest.
    BOOST_TEST((*fromFolder == *fromEditor));
}
