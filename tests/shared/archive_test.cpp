// .satchel archives: a round trip, and hostile archives (zip slip, zip bombs, overlapping
// entries, truncation, junk) each refused with its error and nothing written outside the
// target folder. Hostile zips are made with libzip or, where libzip would not produce them,
// byte by byte (zip_bytes.h).
#define BOOST_TEST_MODULE shared_archive
#include <boost/test/unit_test.hpp>

#include <zip.h>

#include <fstream>
#include <random>
#include <set>

#include "random_model.h"
#include "satchel/hash.h"
#include "satchel/package.h"
#include "satchel/protocol/codec.h"
#include "satchel/testing/env.h"
#include "zip_bytes.h"

using namespace satchel;
namespace fs = std::filesystem;

namespace {

void writeFile(const fs::path& path, const std::string& content) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// Every file below root, as relative paths.
std::set<std::string> listTree(const fs::path& root) {
    std::set<std::string> out;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        out.insert(fs::relative(entry.path(), root).string());
    }
    return out;
}

struct CourseFixture {
    satchel::testing::TempDir dir{"satchel-archive"};
    BuiltCourse built;
    std::string video = std::string(300'000, 'v') + "end";
    std::string reading = "# Read me\n";

    CourseFixture() {
        writeFile(dir / "src/media/v.mp4", video);
        writeFile(dir / "src/text/r.md", reading);
        writeFile(dir / "src/course.json", R"({
          "id": "01932c4e-0000-7000-8000-00000000c001", "version": 1, "title": "T",
          "modules": [ { "id": "01932c4e-0000-7000-8000-00000000b001", "title": "M", "lessons": [
            { "id": "01932c4e-0000-7000-8000-00000000a001", "title": "V", "kind": "video",
              "file": "media/v.mp4", "durationMs": 1000 },
            { "id": "01932c4e-0000-7000-8000-00000000a002", "title": "R", "kind": "reading",
              "file": "text/r.md" } ] } ] })");
        auto result = buildCourseFromFolder(dir / "src");
        BOOST_REQUIRE(result.has_value());
        built = std::move(*result);
        fs::create_directories(dir / "out");
    }

    fs::path target() const { return dir / "out/target"; }

    // Extraction must fail with code, leaving no file anywhere in out/ but (empty) folders
    // inside the target.
    void expectRefused(const fs::path& archive, PackageErrorCode code,
                       const ArchiveLimits& limits = {}) {
        auto before = listTree(dir / "out");
        auto result = extractCourseArchive(archive, target(), limits);
        BOOST_REQUIRE_MESSAGE(!result.has_value(), "extraction of " << archive << " succeeded");
        BOOST_TEST_MESSAGE(archive.filename() << ": " << result.error().describe());
        BOOST_CHECK_MESSAGE(result.error().code == code,
                            "got " << toString(result.error().code) << ", want " << toString(code));
        auto after = listTree(dir / "out");
        for (const auto& path : after) {
            bool allowed = before.count(path) || path == "target" || path == "target/assets";
            BOOST_CHECK_MESSAGE(allowed, "left behind: " << path);
        }
    }

    std::string manifestText() const { return encode(built.manifest); }
    std::string videoEntry() const { return "assets/" + sha256Hex(video); }
    std::string readingEntry() const { return "assets/" + sha256Hex(reading); }
};

// A zip built with libzip from (name, bytes) pairs.
void libzipArchive(const fs::path& path,
                   const std::vector<std::pair<std::string, std::string>>& entries,
                   bool deflate = true) {
    int code = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    BOOST_REQUIRE(z != nullptr);
    for (const auto& [name, bytes] : entries) {
        zip_source_t* source = zip_source_buffer(z, bytes.data(), bytes.size(), 0);
        zip_int64_t index = zip_file_add(z, name.c_str(), source, ZIP_FL_ENC_UTF_8);
        BOOST_REQUIRE(index >= 0);
        zip_set_file_compression(z, static_cast<zip_uint64_t>(index),
                                 deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 9);
    }
    BOOST_REQUIRE(zip_close(z) == 0);
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(archives, CourseFixture)

BOOST_AUTO_TEST_CASE(round_trip_through_a_satchel_file) {
    fs::path archive = dir / "out/course.satchel";
    auto written = writeCourseArchive(archive, built);
    BOOST_REQUIRE_MESSAGE(written.has_value(), (written ? "" : written.error().describe()));
    BOOST_CHECK(!fs::exists(dir / "out/course.satchel.part"));
    auto manifest = readArchiveManifest(archive);
    BOOST_REQUIRE(manifest.has_value());
    BOOST_CHECK(*manifest == built.manifest);
    auto extracted = extractCourseArchive(archive, target());
    BOOST_REQUIRE_MESSAGE(extracted.has_value(), (extracted ? "" : extracted.error().describe()));
    BOOST_CHECK(extracted->manifest == built.manifest);
    BOOST_TEST(readFile(extracted->assetDir / sha256Hex(video)) == video);
    BOOST_TEST(readFile(extracted->assetDir / sha256Hex(reading)) == reading);
    BOOST_TEST(listTree(target()).size() == 3u);  // assets/, two files
}

BOOST_AUTO_TEST_CASE(writer_refuses_a_file_that_changed_since_hashing) {
    writeFile(dir / "src/media/v.mp4", "tampered");
    auto written = writeCourseArchive(dir / "out/x.satchel", built);
    BOOST_REQUIRE(!written.has_value());
    BOOST_CHECK(written.error().code == PackageErrorCode::HashMismatch);
    BOOST_CHECK(!fs::exists(dir / "out/x.satchel"));
}

BOOST_AUTO_TEST_CASE(zip_slip_entries_are_refused) {
    libzipArchive(dir / "slip.satchel",
                  {{"manifest.json", manifestText()}, {"../../evil.sh", "#!/bin/sh\n"}});
    expectRefused(dir / "slip.satchel", PackageErrorCode::PathTraversal);
    libzipArchive(dir / "slip2.satchel",
                  {{"manifest.json", manifestText()}, {"assets/../../evil.sh", "x"}});
    expectRefused(dir / "slip2.satchel", PackageErrorCode::PathTraversal);
    libzipArchive(dir / "abs.satchel", {{"manifest.json", manifestText()}, {"/tmp/evil.sh", "x"}});
    expectRefused(dir / "abs.satchel", PackageErrorCode::AbsolutePath);
    BOOST_CHECK(!fs::exists(dir / "evil.sh"));
    BOOST_CHECK(!fs::exists(dir.path().parent_path() / "evil.sh"));
}

BOOST_AUTO_TEST_CASE(unexpected_and_duplicate_entries_are_refused) {
    libzipArchive(dir / "extra.satchel", {{"manifest.json", manifestText()}, {"run.sh", "x"}});
    expectRefused(dir / "extra.satchel", PackageErrorCode::UnexpectedEntry);
    // libzip will not write one name twice; the byte writer will.
    satchel::testing::ZipBytes zip;
    zip.add("manifest.json", manifestText());
    zip.add("manifest.json", manifestText());
    zip.save(dir / "twice.satchel");
    expectRefused(dir / "twice.satchel", PackageErrorCode::UnexpectedEntry);
}

BOOST_AUTO_TEST_CASE(zip_bombs_are_refused) {
    // 16 MiB of zeros deflates about 1000:1.
    std::string zeros(16u << 20, '\0');
    libzipArchive(dir / "ratio.satchel",
                  {{"manifest.json", manifestText()}, {"assets/" + sha256Hex(zeros), zeros}});
    expectRefused(dir / "ratio.satchel", PackageErrorCode::ZipBomb);

    libzipArchive(
        dir / "total.satchel",
        {{"manifest.json", manifestText()}, {videoEntry(), video}, {readingEntry(), reading}},
        false);
    ArchiveLimits limits;
    limits.maxTotalUncompressed = 200'000;
    expectRefused(dir / "total.satchel", PackageErrorCode::ZipBomb, limits);
    limits = {};
    limits.maxEntryUncompressed = 1000;
    expectRefused(dir / "total.satchel", PackageErrorCode::ZipBomb, limits);

    // An entry whose headers under-declare its size (and a manifest that agrees with the
    // headers): reading must stop once the declared size is passed.
    std::uint32_t declared = static_cast<std::uint32_t>(video.size() - 1000);
    CourseManifest lying = built.manifest;
    std::string shortSha = sha256Hex(video.substr(0, declared));
    for (auto& asset : lying.assets) {
        if (asset.sha256 == sha256Hex(video)) {
            asset.sha256 = shortSha;
            asset.size = declared;
        }
    }
    lying.modules[0].lessons[0].assetSha256 = shortSha;
    satchel::testing::ZipBytes liar;
    liar.add("manifest.json", encode(lying));
    liar.add("assets/" + shortSha, video, declared);
    liar.add(readingEntry(), reading);
    liar.save(dir / "liar.satchel");
    expectRefused(dir / "liar.satchel", PackageErrorCode::ZipBomb);
}

BOOST_AUTO_TEST_CASE(too_many_entries_are_refused) {
    ArchiveLimits limits;
    limits.maxEntries = 2;
    libzipArchive(
        dir / "many.satchel",
        {{"manifest.json", manifestText()}, {videoEntry(), video}, {readingEntry(), reading}});
    expectRefused(dir / "many.satchel", PackageErrorCode::TooManyEntries, limits);
}

BOOST_AUTO_TEST_CASE(overlapping_entries_are_refused) {
    satchel::testing::ZipBytes zip;
    zip.add("manifest.json", manifestText());
    zip.add(videoEntry(), video);
    zip.add(readingEntry(), reading);
    zip.pointEntryAt(2, 1);  // the reading entry's directory record reuses the video's bytes
    zip.save(dir / "overlap.satchel");
    expectRefused(dir / "overlap.satchel", PackageErrorCode::OverlappingEntries);
}

BOOST_AUTO_TEST_CASE(truncated_and_junk_files_are_refused) {
    fs::path good = dir / "good.satchel";
    BOOST_REQUIRE(writeCourseArchive(good, built).has_value());
    std::string bytes = readFile(good);
    writeFile(dir / "half.satchel", bytes.substr(0, bytes.size() / 2));
    expectRefused(dir / "half.satchel", PackageErrorCode::Truncated);
    writeFile(dir / "short.satchel", bytes.substr(0, bytes.size() - 10));
    expectRefused(dir / "short.satchel", PackageErrorCode::Truncated);
    writeFile(dir / "junk.satchel", "this is not a zip file at all");
    expectRefused(dir / "junk.satchel", PackageErrorCode::NotAnArchive);
    expectRefused(dir / "absent.satchel", PackageErrorCode::MissingFile);
}

BOOST_AUTO_TEST_CASE(content_that_does_not_match_its_hash_is_refused) {
    std::string forged = video;
    forged[0] = 'X';
    libzipArchive(
        dir / "forged.satchel",
        {{"manifest.json", manifestText()}, {videoEntry(), forged}, {readingEntry(), reading}});
    expectRefused(dir / "forged.satchel", PackageErrorCode::HashMismatch);
    libzipArchive(dir / "missing.satchel",
                  {{"manifest.json", manifestText()}, {videoEntry(), video}});
    expectRefused(dir / "missing.satchel", PackageErrorCode::MissingFile);
    libzipArchive(dir / "nomanifest.satchel", {{videoEntry(), video}});
    expectRefused(dir / "nomanifest.satchel", PackageErrorCode::MissingFile);
    libzipArchive(dir / "badmanifest.satchel", {{"manifest.json", "{\"protocol\": 2}"}});
    expectRefused(dir / "badmanifest.satchel", PackageErrorCode::InvalidManifest);
}

BOOST_AUTO_TEST_CASE(a_symlinked_asset_folder_is_not_followed) {
    fs::path good = dir / "good.satchel";
    BOOST_REQUIRE(writeCourseArchive(good, built).has_value());
    fs::create_directories(dir / "elsewhere");
    fs::create_directories(target());
    fs::create_directory_symlink(dir / "elsewhere", target() / "assets");
    auto result = extractCourseArchive(good, target());
    BOOST_REQUIRE(!result.has_value());
    BOOST_CHECK(result.error().code == PackageErrorCode::Io);
    BOOST_CHECK(fs::is_empty(dir / "elsewhere"));
}

BOOST_AUTO_TEST_CASE(corrupted_archives_never_escape_or_crash) {
    fs::path good = dir / "good.satchel";
    BOOST_REQUIRE(writeCourseArchive(good, built).has_value());
    const std::string bytes = readFile(good);
    std::mt19937_64 random(satchel::testing::testSeed());
    auto pick = [&](std::size_t high) {
        return std::uniform_int_distribution<std::size_t>(0, high)(random);
    };
    // Corruption near the structures (headers, directory, end record) matters most: half of
    // the flips land in the last 4 KiB or the first 1 KiB.
    int refused = 0;
    for (int i = 0; i < 150; ++i) {
        std::string corrupt = bytes;
        for (std::size_t k = 0, n = 1 + pick(3); k < n; ++k) {
            std::size_t at =
                pick(1) ? corrupt.size() - 1 - pick(std::min<std::size_t>(4095, corrupt.size() - 1))
                        : pick(std::min<std::size_t>(1023, corrupt.size() - 1));
            if (pick(3) == 0)
                at = pick(corrupt.size() - 1);
            corrupt[at] = static_cast<char>(pick(255));
        }
        writeFile(dir / "corrupt.satchel", corrupt);
        auto result = extractCourseArchive(dir / "corrupt.satchel", target());
        if (!result) {
            ++refused;
            BOOST_REQUIRE(!result.error().message.empty());
        } else {
            // Whatever was accepted is exactly the course: hashes were checked.
            BOOST_REQUIRE(readFile(target() / "assets" / sha256Hex(video)) == video);
        }
        for (const auto& path : listTree(dir / "out")) {
            BOOST_REQUIRE_MESSAGE(path == "target" || path.starts_with("target/assets"),
                                  "wrote " << path);
        }
        fs::remove_all(target());
    }
    BOOST_TEST(refused > 0);
}

BOOST_AUTO_TEST_SUITE_END()
