// The demo course generated at build time (resources/demo/make-demo-course) is a valid
// authoring folder: shared's buildCourseFromFolder reads it into a manifest with the three
// videos, the reading and the quiz, and every video is H.264/AAC of the declared length; the
// Welcome video carries English WebVTT captions the player finds and whose cues fit the video.
#define BOOST_TEST_MODULE demo_course
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <set>

#include "satchel/client/webvtt.h"
#include "satchel/package.h"
#include "satchel/testing/env.h"
#include "satchel/testing/process.h"

using namespace satchel;

namespace {
std::filesystem::path demoFolder() {
    return testing::binDir().parent_path() / "demo-course";
}

std::string probe(const std::filesystem::path& file, const std::string& entries) {
    testing::TempDir dir("satchel-probe");
    const std::string out = (dir / "probe.txt").string();
    const int status =
        testing::runCommand({"ffprobe", "-v", "error", "-show_entries", entries, "-of",
                             "default=noprint_wrappers=1:nokey=1", file.string()},
                            out);
    BOOST_REQUIRE(status == 0);
    std::ifstream in(out);
    return {std::istreambuf_iterator<char>(in), {}};
}
}  // namespace

BOOST_AUTO_TEST_CASE(demo_course_builds_into_a_valid_manifest) {
    BOOST_REQUIRE_MESSAGE(std::filesystem::exists(demoFolder() / "course.json"),
                          "no demo course at " << demoFolder() << " (build satchel_demo_course)");
    auto built = buildCourseFromFolder(demoFolder());
    BOOST_REQUIRE_MESSAGE(built.ok(), (built.ok() ? std::string() : built.error().describe()));
    const CourseManifest& m = built->manifest;
    BOOST_TEST(m.title == "Welcome to Satchel");
    BOOST_TEST(m.modules.size() == 2u);
    BOOST_TEST(m.assets.size() == 5u);  // three videos, the Welcome captions and the reading

    std::multiset<LessonKind> kinds;
    for (const Module& module : m.modules) {
        for (const Lesson& lesson : module.lessons)
            kinds.insert(lesson.kind);
    }
    BOOST_TEST(kinds.count(LessonKind::Video) == 3u);
    BOOST_TEST(kinds.count(LessonKind::Reading) == 1u);
    BOOST_TEST(kinds.count(LessonKind::Quiz) == 1u);

    for (const Asset& asset : m.assets) {
        if (asset.mediaType != "video/mp4")
            continue;
        BOOST_TEST_CONTEXT(asset.path) {
            BOOST_REQUIRE(asset.durationMs.has_value());
            BOOST_TEST(*asset.durationMs >= 5000u);
            const auto file = built->assetFiles.at(asset.sha256);
            const std::string codecs = probe(file, "stream=codec_name");
            BOOST_TEST(codecs.find("h264") != std::string::npos);
            BOOST_TEST(codecs.find("aac") != std::string::npos);
        }
    }
}

BOOST_AUTO_TEST_CASE(welcome_video_has_english_captions_within_its_length) {
    auto built = buildCourseFromFolder(demoFolder());
    BOOST_REQUIRE_MESSAGE(built.ok(), (built.ok() ? std::string() : built.error().describe()));
    const CourseManifest& m = built->manifest;
    const Lesson* welcome = m.findLesson(*Uuid::parse("0192a5a0-0000-7000-8000-00000000d201"));
    BOOST_REQUIRE(welcome);
    const Asset* captions = client::captionsAssetFor(m, *welcome);
    BOOST_REQUIRE(captions);
    BOOST_TEST(captions->path == captionsAssetPath(welcome->id));
    BOOST_TEST(captions->mediaType == kCaptionsMediaType);

    std::ifstream in(built->assetFiles.at(captions->sha256), std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), {}};
    auto parsed = client::parseWebVtt(text);
    BOOST_REQUIRE(parsed.ok());
    BOOST_TEST(parsed->skipped == 0u);
    BOOST_REQUIRE(parsed->cues.size() >= 3u);
    const std::uint64_t videoMs = *m.findAsset(welcome->assetSha256)->durationMs;
    for (const client::Cue& cue : parsed->cues)
        BOOST_TEST(std::uint64_t(cue.endMs) <= videoMs, cue.text);

    // The other videos have none: the player shows no captions band for them.
    for (const Module& module : m.modules)
        for (const Lesson& lesson : module.lessons)
            if (lesson.kind == LessonKind::Video && lesson.id != welcome->id)
                BOOST_TEST(!client::captionsAssetFor(m, lesson), lesson.title);
}
