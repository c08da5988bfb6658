// Media processing through the real satchel-syncd: a small generated video that is not fit for
// offline playback (MPEG-4 Part 2 in Matroska, 960 lines) gets its duration, codecs and
// resolution read, a thumbnail, and an offline rendition that is H.264/AAC MP4, faststart,
// 720 lines, stored in the blob store by its hash. Publishing is what queues the job: the
// trigger on course_versions queues every video asset of the manifest once.
#define BOOST_TEST_MODULE jobs_media
#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include "jobs/media/media_probe.h"
#include "jobs_fixture.h"
#include "satchel/storage/local_blob_store.h"
#include "satchel/testing/process.h"

using namespace satchel;
using namespace satchel::jobs_test;
using std::chrono::seconds;

namespace {

std::string sha256Of(const std::filesystem::path& file) {
    const std::string out = server::jobs::runTool({"sha256sum", file.string()});
    return out.substr(0, 64);
}

}  // namespace

BOOST_FIXTURE_TEST_CASE(published_video_gets_probe_thumbnail_and_offline_rendition, JobsFixture) {
    const auto blobDir = dir / "blobs";
    auto server = startInstance(1, {{"SATCHEL_BLOB_DIR", blobDir.string()}});
    const auto video = dir / "lecture.mkv";
    server::jobs::runTool({"ffmpeg", "-nostdin", "-y", "-v", "error", "-f", "lavfi", "-i",
                           "testsrc=duration=2:size=1280x960:rate=10", "-f", "lavfi", "-i",
                           "sine=frequency=440:duration=2", "-c:v", "mpeg4", "-c:a", "pcm_s16le",
                           video.string()});
    const std::string sha = sha256Of(video);
    storage::LocalStoreConfig config;
    config.root = blobDir;
    config.publicUrl = server->url();
    storage::LocalBlobStore store(config);
    BOOST_REQUIRE(store.putFile(*storage::BlobKey::fromSha256(sha), video));

    auto conn = connect();
    const std::string teacher =
        conn->exec(
                "INSERT INTO users (username, username_key, password_hash, role)"
                " VALUES ('t', 't', 'x', 'instructor') RETURNING id::text")
            .text(0, 0);
    const std::string course = conn->exec(
                                       "INSERT INTO courses (owner_id, title) VALUES ($1::uuid, "
                                       "'Film') RETURNING id::text",
                                       {teacher})
                                   .text(0, 0);
    const nlohmann::json manifest = {{"assets",
                                      {{{"sha256", sha},
                                        {"size", 1},
                                        {"mediaType", "video/x-matroska"},
                                        {"path", "lecture.mkv"}},
                                       {{"sha256", std::string(64, 'a')},
                                        {"size", 1},
                                        {"mediaType", "application/pdf"},
                                        {"path", "n.pdf"}}}}};
    for (int version = 1; version <= 2; ++version)  // the second version reuses the blob: one job
        conn->exec(
            "INSERT INTO course_versions (course_id, version, manifest, manifest_sha256, "
            "published_by)"
            " VALUES ($1::uuid, $2, $3, 'x', $4::uuid)",
            {course, version, manifest.dump(), teacher});
    BOOST_TEST(scalar("SELECT count(*) FROM jobs WHERE type = 'media.process'") == 1);

    BOOST_REQUIRE_MESSAGE(
        testing::waitUntil([&] { return scalar("SELECT count(*) FROM media_assets") == 1; },
                           seconds(100)),
        "media was not processed: " + server->process().log() + jobsSummary());
    const auto row = conn->exec(
        "SELECT duration_ms, video_codec, audio_codec, width, height, thumbnail_sha256,"
        " rendition_sha256 FROM media_assets WHERE sha256 = $1",
        {sha});
    BOOST_TEST(row.integer(0, 0) >= 1900);
    BOOST_TEST(row.integer(0, 0) <= 2100);
    BOOST_TEST(row.text(0, 1) == "mpeg4");
    BOOST_TEST(row.text(0, 2) == "pcm_s16le");
    BOOST_TEST(row.integer(0, 3) == 1280);
    BOOST_TEST(row.integer(0, 4) == 960);
    BOOST_REQUIRE(!row.isNull(0, 5));
    BOOST_REQUIRE(!row.isNull(0, 6));

    const auto thumbnail = store.pathOf(*storage::BlobKey::fromSha256(row.text(0, 5)));
    BOOST_TEST(server::jobs::probeMedia(thumbnail).width == 320);
    const auto rendition = store.pathOf(*storage::BlobKey::fromSha256(row.text(0, 6)));
    BOOST_TEST(sha256Of(rendition) == row.text(0, 6));
    const auto info = server::jobs::probeMedia(rendition);
    BOOST_TEST(info.videoCodec == "h264");
    BOOST_TEST(info.audioCodec == "aac");
    BOOST_TEST(info.height == 720);
    BOOST_TEST(info.faststart);
    BOOST_TEST(server::jobs::fitForOffline(info));

    // Both are tracked blobs (clean-up sees them), verified, with their real sizes.
    for (const int column : {5, 6}) {
        const auto tracked =
            conn->exec("SELECT state, size FROM blobs WHERE sha256 = $1", {row.text(0, column)});
        BOOST_REQUIRE_MESSAGE(tracked.rows() == 1, "no blobs row for " << row.text(0, column));
        BOOST_TEST(tracked.text(0, 0) == "verified");
        BOOST_TEST(static_cast<std::uintmax_t>(tracked.integer(0, 1)) ==
                   std::filesystem::file_size(column == 5 ? thumbnail : rendition));
    }
}
