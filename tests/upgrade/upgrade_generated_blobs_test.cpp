// Migrations 0060-0062 (a partial index on passing grades, BRIN retention indexes, and foreign
// keys from certificates and media results to `blobs`, NOT VALID for older rows) on a database
// the release before them (schema 56) filled: certificate PDFs, a thumbnail and a rendition in
// the blob folder with no `blobs` rows (that release did not track them), graded attempts, push
// events and a kept rejection, and one thumbnail lost from the store. The real `satchel-syncd
// migrate` upgrades it, the real server's clean-up job gives the old files rows with the sizes in
// the store, PostgreSQL then refuses to drop them, even old and "unreferenced"-aged, refuses a
// certificate naming an untracked file (what an older instance's job writes), and a student still
// downloads her certificate. With the retention settings at 0, as operations.md says, old
// notifications and rejections stay.
#define BOOST_TEST_MODULE upgrade_generated_blobs
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "db/migrations.h"
#include "jobs/queue.h"
#include "old_database.h"
#include "satchel/hash.h"
#include "satchel/storage/local_blob_store.h"
#include "satchel/testing/env.h"
#include "satchel/testing/http.h"

using namespace satchel;
using namespace satchel::upgrade_test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// Every row that must come through the upgrade unchanged.
constexpr const char* kKeptRows =
    "SELECT x FROM ("
    " SELECT 'certificate ' || c::text FROM certificates c"
    " UNION ALL SELECT 'media ' || m::text FROM media_assets m"
    " UNION ALL SELECT 'blob ' || b::text FROM blobs b"
    " UNION ALL SELECT 'attempt ' || a::text FROM quiz_attempts a"
    " UNION ALL SELECT 'grade ' || g::text FROM attempt_grades g"
    " UNION ALL SELECT 'event ' || p::text FROM push_events p"
    " UNION ALL SELECT 'rejection ' || r::text FROM sync_rejections r"
    ") AS kept (x) ORDER BY x";

// Notifications and refused sync items: releases before schema 61 kept them for ever; later ones
// delete them after SATCHEL_PUSH_EVENT_RETENTION_DAYS / SATCHEL_SYNC_REJECTION_RETENTION_DAYS
// unless set to 0, which operations.md tells an operator to do before the first clean-up.
constexpr const char* kNoticesAndRejections =
    "SELECT x FROM (SELECT 'event ' || p::text FROM push_events p"
    " UNION ALL SELECT 'rejection ' || r::text FROM sync_rejections r) AS kept (x) ORDER BY x";

struct LegacyFile {
    std::string bytes;
    std::string sha;
};

struct OldSchool {
    testing::TempDir dir{"satchel-upgrade-blobs"};
    fs::path blobRoot = dir / "blobs";
    OldDatabase old{kBeforeTrackedBlobs};
    // The blob folder the older server wrote into (the same layout, written the same way).
    storage::LocalBlobStore store{storage::LocalStoreConfig{
        blobRoot, "http://127.0.0.1:1", storage::UrlSigner::withRandomKey(), {}}};
    std::string teacher = addUser(*old.db, "teacher", "instructor");
    std::string ada = addUser(*old.db, "ada");
    std::string ben = addUser(*old.db, "ben");
    OldCourse course = createCourse(*old.db, teacher, "Chemistry");
    LegacyFile adaPdf = put("%PDF-1.4 certificate of Ada Lovelace, Chemistry\n%%EOF\n");
    LegacyFile benPdf = put("%PDF-1.4 certificate of Ben, Chemistry, a longer name\n%%EOF\n");
    LegacyFile thumbnail = put(std::string("\xff\xd8\xff\xe0 thumbnail", 14));
    LegacyFile rendition = put(std::string(70'000, 'r'));  // several pages of a file
    std::string missingThumbnail = sha256Hex("a thumbnail nobody stored");

    LegacyFile put(const std::string& bytes) {
        const LegacyFile file{bytes, sha256Hex(bytes)};
        const auto path = dir / ("file-" + file.sha);
        std::ofstream(path, std::ios::binary) << bytes;
        BOOST_REQUIRE(store.putFile(*storage::BlobKey::fromSha256(file.sha), path));
        return file;
    }

    OldSchool() {
        enroll(*old.db, course.id, ada);
        enroll(*old.db, course.id, ben);
        // The uploaded video, a tracked blob since 0003, then the publication.
        const std::string video = "video of Chemistry";  // its SHA-256 is course.videoSha
        BOOST_REQUIRE_EQUAL(put(video).sha, course.videoSha);
        old.db->exec(
            "INSERT INTO blobs (sha256, size, media_type, state, requested_by,"
            " verified_at) VALUES ($1, $2, 'video/mp4', 'verified', $3::uuid, now())",
            {course.videoSha, static_cast<long long>(video.size()), teacher});
        publishVersion(*old.db, course, teacher, 1);
        // The media job ran: its result names the thumbnail and rendition it stored.
        old.db->exec(
            "UPDATE jobs SET state = 'done', attempts = 1, finished_at = now()"
            " WHERE type = 'media.process'");
        old.db->exec(
            "INSERT INTO media_assets (sha256, duration_ms, container, video_codec, audio_codec,"
            " width, height, thumbnail_sha256, rendition_sha256) VALUES ($1, 600000, 'mp4',"
            " 'h264', 'aac', 1280, 720, $2, $3)",
            {course.videoSha, thumbnail.sha, rendition.sha});
        // Another video's result whose thumbnail is gone from the store (lost before the upgrade).
        old.db->exec(
            "INSERT INTO media_assets (sha256, duration_ms, container, video_codec, audio_codec,"
            " width, height, thumbnail_sha256) VALUES ($1, 1000, 'mp4', 'h264', 'aac', 640, 360,"
            " $2)",
            {sha256Hex("another video"), missingThumbnail});
        // Certificates as the certificate job stored them.
        for (const auto& [user, pdf, code] : {std::tuple{ada, adaPdf, "SAT-AAAA-BBBB-CCCC"},
                                              std::tuple{ben, benPdf, "SAT-DDDD-EEEE-FFFF"}})
            old.db->exec(
                "INSERT INTO certificates (code, user_id, course_id, student_name,"
                " course_title, issued_on, payload, signature, pdf_sha256) VALUES ($1,"
                " $2::uuid, $3::uuid, 'Student', 'Chemistry', current_date, '{}', 'sig',"
                " $4)",
                {code, user, course.id, pdf.sha});
        // A graded attempt (0060's index) and a kept rejection (0061's).
        const std::string attempt = newUuidV7().toString();
        old.db->exec("SELECT sync_reserve_seq($1::uuid, 2)", {ada});
        old.db->exec(
            "INSERT INTO quiz_attempts (id, user_id, seq, course_id, lesson_id, course_version,"
            " device_id, submitted_at_ms, body) VALUES ($1::uuid, $2::uuid, 1, $3::uuid,"
            " $4::uuid, 1, $5::uuid, 1767225600000, '{}')",
            {attempt, ada, course.id, course.reading.toString(), newUuidV7().toString()});
        old.db->exec(
            "INSERT INTO attempt_grades (attempt_id, user_id, seq, course_id, lesson_id, points,"
            " max_points, passed, graded_at_ms) VALUES ($1::uuid, $2::uuid, 2, $3::uuid,"
            " $4::uuid, 3, 3, true, 1767225600001)",
            {attempt, ada, course.id, course.reading.toString()});
        old.db->exec(
            "INSERT INTO sync_rejections (user_id, item_kind, reason, message, payload,"
            " received_at) VALUES ($1::uuid, 'event', 'invalid', 'end before start', '{}',"
            " now() - interval '400 days')",
            {ben});
        // Ada's enrolment was announced long ago.
        BOOST_REQUIRE_EQUAL(old.db
                                ->exec("UPDATE push_events SET created_at = now() - interval"
                                       " '200 days' WHERE user_id = $1::uuid AND kind ="
                                       " 'enrollment.added'",
                                       {ada})
                                .affectedRows(),
                            1);
        BOOST_REQUIRE_EQUAL(old.scalar("SELECT count(*) FROM blobs"), 1);
    }

    std::unique_ptr<testing::SyncServer> serve() {
        return old.serve({{"SATCHEL_BLOB_DIR", blobRoot.string()},
                          {"SATCHEL_JOB_WORKERS", "1"},
                          {"SATCHEL_JOB_POLL_MS", "500"},
                          {"SATCHEL_ORPHAN_BLOB_DAYS", "1"},
                          {"SATCHEL_PUSH_EVENT_RETENTION_DAYS", "0"},
                          {"SATCHEL_SYNC_REJECTION_RETENTION_DAYS", "0"}});
    }

    void runCleanup(testing::SyncServer& server) {
        const auto id = server::jobs::enqueue(*old.db, "cleanup.run", json::object());
        BOOST_REQUIRE(id);
        BOOST_REQUIRE_MESSAGE(
            testing::waitUntil(
                [&] {
                    return old.db->exec("SELECT state FROM jobs WHERE id = $1", {*id}).text(0, 0) ==
                           "done";
                },
                std::chrono::seconds(60)),
            "the clean-up job did not finish: " + server.process().log() +
                old.rows("SELECT j::text FROM jobs j ORDER BY id"));
    }

    std::string blobRow(const LegacyFile& file) {
        return old.rows(
            "SELECT size || ' ' || media_type || ' ' || state FROM blobs"
            " WHERE sha256 = $1",
            {file.sha});
    }
    bool stored(const LegacyFile& file) {
        return fs::exists(store.pathOf(*storage::BlobKey::fromSha256(file.sha)));
    }
};

}  // namespace

BOOST_AUTO_TEST_CASE(old_generated_files_are_tracked_kept_and_still_served_after_the_upgrade) {
    OldSchool s;
    const std::string rowsBefore = s.old.rows(kKeptRows);
    std::string out;
    BOOST_REQUIRE_MESSAGE(s.old.migrateWithSyncd(out) == 0, out);
    BOOST_TEST(
        out.find("migrated schema from version " + std::to_string(kBeforeTrackedBlobs) + " to " +
                 std::to_string(server::latestSchemaVersion())) != std::string::npos,
        out);
    BOOST_TEST(s.old.rows(kKeptRows) == rowsBefore);
    BOOST_TEST(s.old.rows("SELECT conname || ' ' || convalidated FROM pg_constraint WHERE"
                          " conname LIKE '%\\_blob' ORDER BY conname") ==
               "certificates_pdf_blob false\n"
               "media_assets_rendition_blob false\n"
               "media_assets_thumbnail_blob false\n");

    // The first clean-up gives every old file a row with the size the store has.
    const std::string notices = s.old.rows(kNoticesAndRejections);
    auto server = s.serve();
    s.runCleanup(*server);
    BOOST_TEST(s.old.rows(kNoticesAndRejections) == notices);
    BOOST_TEST(s.blobRow(s.adaPdf) ==
               std::to_string(s.adaPdf.bytes.size()) + " application/pdf verified\n");
    BOOST_TEST(s.blobRow(s.benPdf) ==
               std::to_string(s.benPdf.bytes.size()) + " application/pdf verified\n");
    BOOST_TEST(s.blobRow(s.thumbnail) == "14 image/jpeg verified\n");
    BOOST_TEST(s.blobRow(s.rendition) == "70000 video/mp4 verified\n");
    BOOST_TEST(s.old.scalar("SELECT count(*) FROM blobs") == 5);  // none for the lost thumbnail
    BOOST_TEST(server->process().log().find("generated blob " + s.missingThumbnail +
                                            " is named by a certificate or media result but"
                                            " cannot be read from the store") != std::string::npos,
               server->process().log());
    // Every file the store has now has its row: those constraints would validate; the one
    // naming the lost thumbnail cannot (each tried in a transaction that is rolled back: the
    // upgrade itself leaves them NOT VALID).
    auto validates = [&](const std::string& table, const std::string& constraint) {
        server::Transaction tx(*s.old.db);
        try {
            s.old.db->exec("ALTER TABLE " + table + " VALIDATE CONSTRAINT " + constraint);
            return true;
        } catch (const server::DatabaseError&) {
            return false;
        }
    };
    BOOST_TEST(validates("certificates", "certificates_pdf_blob"));
    BOOST_TEST(validates("media_assets", "media_assets_rendition_blob"));
    BOOST_TEST(!validates("media_assets", "media_assets_thumbnail_blob"));

    // Old and verified long ago, they are still named: clean-up keeps them, bytes and rows,
    // and PostgreSQL refuses to drop a row a certificate or media result names.
    s.old.db->exec("UPDATE blobs SET verified_at = now() - interval '30 days'");
    const std::string blobsAged = s.old.rows("SELECT b::text FROM blobs b ORDER BY sha256");
    s.runCleanup(*server);
    BOOST_TEST(s.old.rows("SELECT b::text FROM blobs b ORDER BY sha256") == blobsAged);
    for (const auto* file : {&s.adaPdf, &s.benPdf, &s.thumbnail, &s.rendition}) {
        BOOST_TEST(s.stored(*file));
        BOOST_CHECK_THROW(s.old.db->exec("DELETE FROM blobs WHERE sha256 = $1", {file->sha}),
                          server::DatabaseError);
    }

    // What the previous release's certificate job wrote (the file stored, no `blobs` row) is
    // refused from now on: an older instance's jobs fail during a rolling upgrade (see
    // operations.md, Upgrades).
    const LegacyFile late = s.put("%PDF-1.4 written by an older instance\n%%EOF\n");
    BOOST_CHECK_THROW(
        s.old.db->exec("INSERT INTO certificates (code, user_id, course_id, student_name,"
                       " course_title, issued_on, payload, signature, pdf_sha256) VALUES"
                       " ('SAT-GGGG-HHHH-IIII', $1::uuid, $2::uuid, 'Teacher', 'Chemistry',"
                       " current_date, '{}', 'sig', $3)",
                       {s.teacher, s.course.id, late.sha}),
        server::DatabaseError);

    // Ada downloads her certificate as before the upgrade: the very bytes.
    const std::map<std::string, std::string> auth{
        {"Authorization", "Bearer " + s.old.accessToken(s.ada, "student")}};
    const auto list = testing::httpGet(server->url() + "/api/v1/me/certificates", auth);
    BOOST_REQUIRE_MESSAGE(list.status == 200, list.body);
    const auto certificates = json::parse(list.body).at("certificates");
    BOOST_REQUIRE_EQUAL(certificates.size(), 1u);
    BOOST_TEST(certificates[0].at("pdf_sha256") == s.adaPdf.sha);
    const auto link = testing::httpGet(
        server->url() + certificates[0].at("download_path").get<std::string>(), auth);
    BOOST_REQUIRE_MESSAGE(link.status == 200, link.body);
    const auto pdf = testing::httpGet(json::parse(link.body).at("url").get<std::string>());
    BOOST_TEST(pdf.status == 200);
    BOOST_TEST(pdf.body == s.adaPdf.bytes);

    // Migrating again changes nothing.
    server.reset();
    const auto schema = s.old.schemaFingerprint();
    const auto rowsAfter = s.old.rows(kKeptRows);
    BOOST_REQUIRE_MESSAGE(s.old.migrateWithSyncd(out) == 0, out);
    BOOST_TEST(out.find("schema already current") != std::string::npos, out);
    BOOST_TEST(s.old.schemaFingerprint() == schema);
    BOOST_TEST(s.old.rows(kKeptRows) == rowsAfter);
}
