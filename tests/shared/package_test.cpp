// Manifest validation and building a course from an authoring folder.
#define BOOST_TEST_MODULE shared_package
#include <boost/test/unit_test.hpp>

#include <fstream>

#include "satchel/hash.h"
#include "satchel/package.h"
#include "satchel/protocol/codec.h"
#include "satchel/testing/env.h"

using namespace satchel;
namespace fs = std::filesystem;

namespace {

const char* kCourseId = "01932c4e-0000-7000-8000-00000000c001";

void writeFile(const fs::path& path, const std::string& content) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
}

CourseManifest validManifest() {
    CourseManifest m;
    m.courseId = *Uuid::parse(kCourseId);
    m.version = 1;
    m.title = "Course";
    Module module;
    module.id = newUuidV7();
    module.title = "M";
    Lesson video;
    video.id = newUuidV7();
    video.title = "V";
    video.kind = LessonKind::Video;
    video.assetSha256 = sha256Hex("video");
    video.completion = defaultCompletionRule(LessonKind::Video);
    Lesson reading;
    reading.id = newUuidV7();
    reading.title = "R";
    reading.kind = LessonKind::Reading;
    reading.assetSha256 = sha256Hex("text");
    module.lessons = {video, reading};
    m.modules = {module};
    m.assets = {Asset{sha256Hex("video"), 5, "video/mp4", "media/v.mp4", 60'000},
                Asset{sha256Hex("text"), 4, "text/markdown", "text/r.md", std::nullopt}};
    return m;
}

PackageErrorCode codeOf(const PackageResult<void>& result) {
    BOOST_REQUIRE(!result.has_value());
    BOOST_TEST_MESSAGE(result.error().describe());
    return result.error().code;
}

// The authoring course.json used by the folder tests.
std::string courseJson(const std::string& videoFile, const std::string& readingFile) {
    return R"({
      "id": ")" +
           std::string(kCourseId) + R"(", "version": 1, "title": "Astronomy", "language": "en",
      "modules": [ { "id": "01932c4e-0000-7000-8000-00000000b001", "title": "Sky", "lessons": [
        { "id": "01932c4e-0000-7000-8000-00000000a001", "title": "Stars", "kind": "video",
          "file": ")" +
           videoFile + R"(", "durationMs": 600000 },
        { "id": "01932c4e-0000-7000-8000-00000000a003", "title": "Read", "kind": "reading",
          "file": ")" +
           readingFile + R"(" },
        { "id": "01932c4e-0000-7000-8000-00000000a002", "title": "Quiz", "kind": "quiz",
          "quiz": { "questions": [ { "id": "q1", "type": "truefalse", "prompt": "Sun is a star", "correct": true } ] } }
      ] } ] })";
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_valid_manifest_passes) {
    BOOST_TEST(validateManifest(validManifest()).has_value());
}

BOOST_AUTO_TEST_CASE(path_rules) {
    BOOST_TEST(isSafeRelativePath("media/intro.mp4"));
    BOOST_TEST(isSafeRelativePath("a b/ü.md"));
    for (const char* bad : {"", "/etc/passwd", "\\windows", "C:/x", "../x", "a/../../x", "a/..",
                            "a\\..\\b", "a//b", "./a", "a/./b", "a/", "a:b", "a\nb"}) {
        BOOST_TEST(!isSafeRelativePath(bad), bad);
    }
}

BOOST_AUTO_TEST_CASE(each_validation_error) {
    auto with = [](auto change) {
        CourseManifest m = validManifest();
        change(m);
        return validateManifest(m);
    };
    BOOST_CHECK(codeOf(with([](auto& m) { m.assets[0].path = "../../etc/passwd"; })) ==
                PackageErrorCode::PathTraversal);
    BOOST_CHECK(codeOf(with([](auto& m) { m.assets[0].path = "/etc/passwd"; })) ==
                PackageErrorCode::AbsolutePath);
    BOOST_CHECK(codeOf(with([](auto& m) { m.assets[0].path = "C:\\x.mp4"; })) ==
                PackageErrorCode::AbsolutePath);
    BOOST_CHECK(codeOf(with([](auto& m) { m.assets[0].path = "a\\b.mp4"; })) ==
                PackageErrorCode::InvalidPath);
    BOOST_CHECK(codeOf(with([](auto& m) { m.assets[1].path = m.assets[0].path; })) ==
                PackageErrorCode::DuplicateId);
    BOOST_CHECK(codeOf(with([](auto& m) { m.assets.push_back(m.assets[0]); })) ==
                PackageErrorCode::DuplicateId);
    BOOST_CHECK(codeOf(with([](auto& m) { m.modules.push_back(m.modules[0]); })) ==
                PackageErrorCode::DuplicateId);
    BOOST_CHECK(codeOf(with([](auto& m) {
                    m.modules[0].lessons[1].id = m.modules[0].lessons[0].id;
                })) == PackageErrorCode::DuplicateId);
    BOOST_CHECK(codeOf(with([](auto& m) {
                    m.modules[0].lessons[1].assetSha256 = sha256Hex("nope");
                })) == PackageErrorCode::DanglingReference);
    BOOST_CHECK(codeOf(with([](auto& m) { m.assets[0].durationMs.reset(); })) ==
                PackageErrorCode::DanglingReference);
    BOOST_CHECK(codeOf(with([](auto& m) { m.assets[0].size = 65ull << 30; })) ==
                PackageErrorCode::SizeLimit);
    BOOST_CHECK(codeOf(with([](auto& m) {
                    m.modules[0].lessons[0].kind = LessonKind::Quiz;
                    m.modules[0].lessons[0].quiz.reset();
                })) == PackageErrorCode::InvalidManifest);
    ManifestLimits small;
    small.maxTotalSize = 8;
    BOOST_CHECK(codeOf(validateManifest(validManifest(), small)) == PackageErrorCode::SizeLimit);
    small = {};
    small.maxAssets = 1;
    BOOST_CHECK(codeOf(validateManifest(validManifest(), small)) == PackageErrorCode::SizeLimit);
}

BOOST_AUTO_TEST_CASE(builds_a_manifest_from_an_authoring_folder) {
    satchel::testing::TempDir dir;
    writeFile(dir / "media/stars.mp4", std::string(100'000, 's'));
    writeFile(dir / "text/read.md", "# Reading\n");
    writeFile(dir / "course.json", courseJson("media/stars.mp4", "text/read.md"));
    auto built = buildCourseFromFolder(dir.path());
    BOOST_REQUIRE_MESSAGE(built.has_value(), (built ? "" : built.error().describe()));
    const auto& m = built->manifest;
    BOOST_TEST(m.courseId.toString() == kCourseId);
    BOOST_TEST(m.modules.at(0).lessons.size() == 3u);
    BOOST_REQUIRE(m.assets.size() == 2u);
    const Asset* video = m.findAsset(m.modules[0].lessons[0].assetSha256);
    BOOST_REQUIRE(video != nullptr);
    BOOST_TEST(video->sha256 == sha256Hex(std::string(100'000, 's')));
    BOOST_TEST(video->size == 100'000u);
    BOOST_TEST(video->mediaType == "video/mp4");
    BOOST_TEST(video->path == "media/stars.mp4");
    BOOST_CHECK(video->durationMs == std::optional<std::uint64_t>(600'000));
    BOOST_TEST(m.findAsset(sha256Hex("# Reading\n"))->mediaType == "text/markdown");
    BOOST_CHECK(built->assetFiles.at(video->sha256) == fs::canonical(dir / "media/stars.mp4"));
    BOOST_CHECK(m.modules[0].lessons[2].quiz.has_value());
    // The result is a publishable manifest: it survives the wire.
    BOOST_CHECK(*decode<CourseManifest>(encode(m)) == m);
}

BOOST_AUTO_TEST_CASE(identical_files_become_one_asset) {
    satchel::testing::TempDir dir;
    writeFile(dir / "a.md", "same");
    writeFile(dir / "b.md", "same");
    std::string json = courseJson("a.md", "b.md");
    writeFile(dir / "course.json", json);
    auto built = buildCourseFromFolder(dir.path());
    BOOST_REQUIRE(built.has_value());
    BOOST_TEST(built->manifest.assets.size() == 1u);
}

BOOST_AUTO_TEST_CASE(authoring_errors_name_the_field) {
    satchel::testing::TempDir dir;
    fs::create_directories(dir / "course");
    writeFile(dir / "outside.mp4", "secret");
    writeFile(dir / "course/ok.md", "ok");
    fs::create_symlink(dir / "outside.mp4", dir / "course/link.mp4");
    auto build = [&](const std::string& json) {
        writeFile(dir / "course/course.json", json);
        return buildCourseFromFolder(dir / "course");
    };
    auto expect = [](const PackageResult<BuiltCourse>& r, PackageErrorCode code,
                     const std::string& where) {
        BOOST_REQUIRE(!r.has_value());
        BOOST_TEST_MESSAGE(r.error().describe());
        BOOST_CHECK(r.error().code == code);
        BOOST_TEST(r.error().where == where);
    };
    expect(build(courseJson("../outside.mp4", "ok.md")), PackageErrorCode::PathTraversal,
           "modules[0].lessons[0].file");
    expect(build(courseJson("link.mp4", "ok.md")), PackageErrorCode::PathTraversal,
           "modules[0].lessons[0].file");
    expect(build(courseJson("/etc/passwd", "ok.md")), PackageErrorCode::AbsolutePath,
           "modules[0].lessons[0].file");
    expect(build(courseJson("missing.mp4", "ok.md")), PackageErrorCode::MissingFile,
           "modules[0].lessons[0].file");
    std::string noTitle = courseJson("ok.md", "ok.md");
    noTitle.replace(noTitle.find("\"title\": \"Stars\""), 16, "\"title\": 7");
    expect(build(noTitle), PackageErrorCode::InvalidManifest, "modules[0].lessons[0].title");
    std::string noFile = courseJson("ok.md", "ok.md");
    noFile.replace(noFile.find("\"file\": \"ok.md\" }"), 17, "\"x\": 1 }");
    expect(build(noFile), PackageErrorCode::InvalidManifest, "modules[0].lessons[1].file");
    fs::remove(dir / "course/course.json");
    BOOST_CHECK(buildCourseFromFolder(dir / "course").error().code ==
                PackageErrorCode::MissingFile);
}

BOOST_AUTO_TEST_CASE(media_types_follow_extensions) {
    BOOST_TEST(mediaTypeForPath("a/b.MP4") == "video/mp4");
    BOOST_TEST(mediaTypeForPath("notes.md") == "text/markdown");
    BOOST_TEST(mediaTypeForPath("x.dir/noext") == "application/octet-stream");
}
