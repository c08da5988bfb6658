// The clean-up job through the real satchel-syncd: expired refresh tokens, reset codes and
// unused invitations, finished jobs and effect keys past retention, old activity days,
// abandoned uploads (multipart aborted, bytes removed) and verified blobs nothing references
// are deleted; everything still live or still referenced is kept. A second run deletes
// nothing more. Push events older than their retention go without breaking any pull cursor
// (seqs are never reused; newer events still arrive); sync rejections go once a later push
// stored the refused item, or when unresolved past their retention. Certificate PDFs and media
// files are tracked blobs: those written before tracking get rows, a certificate's PDF and a
// media result's files are never deleted (the database refuses it too), a job's abandoned or
// unreferenced output is.
#define BOOST_TEST_MODULE jobs_cleanup
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>

#include "course_seed.h"
#include "jobs/queue.h"
#include "jobs_fixture.h"
#include "satchel/hash.h"
#include "satchel/hlc.h"
#include "satchel/protocol/codec.h"
#include "satchel/storage/local_blob_store.h"
#include "satchel/testing/http.h"

using namespace satchel;
using namespace satchel::jobs_test;
using std::chrono::seconds;
namespace fs = std::filesystem;

namespace {

struct CleanupFixture : JobsFixture {
    fs::path blobRoot = dir / "blobs";
    std::unique_ptr<testing::SyncServer> server =
        startInstance(1, {{"SATCHEL_BLOB_DIR", blobRoot.string()},
                          {"SATCHEL_JOB_RETENTION_DAYS", "3"},
                          {"SATCHEL_UPLOAD_GRACE_HOURS", "12"},
                          {"SATCHEL_ORPHAN_BLOB_DAYS", "2"},
                          {"SATCHEL_PUSH_EVENT_RETENTION_DAYS", "30"},
                          {"SATCHEL_SYNC_REJECTION_RETENTION_DAYS", "60"}});
    std::unique_ptr<server::PgConnection> db = connect();
    // The same folder as the server's store, for putting bytes where uploads would leave them.
    storage::LocalBlobStore store{storage::LocalStoreConfig{
        blobRoot, server->url(), storage::UrlSigner::withRandomKey(), {}}};

    void runCleanup() {
        const auto id = server::jobs::enqueue(*db, "cleanup.run", nlohmann::json::object());
        BOOST_REQUIRE(id);
        BOOST_REQUIRE_MESSAGE(
            testing::waitUntil(
                [&] {
                    return db->exec("SELECT state FROM jobs WHERE id = $1", {*id}).text(0, 0) ==
                           "done";
                },
                seconds(60)),
            "the clean-up job did not finish: " + server->process().log() + jobsSummary());
    }
    // A blob row with stored bytes; `age` back-dates it (created and verified).
    std::string blob(const std::string& content, const std::string& state, const std::string& age,
                     const std::string& uploadId = {}) {
        const std::string sha = sha256Hex(content);
        const auto file = dir / ("blob-" + sha);
        std::ofstream(file, std::ios::binary) << content;
        BOOST_REQUIRE(store.putFile(*storage::BlobKey::fromSha256(sha), file));
        db->exec(
            "INSERT INTO blobs (sha256, size, state, upload_id, created_at, verified_at)"
            " VALUES ($1, $2, $3, nullif($5, ''), now() - $4::interval,"
            " CASE WHEN $3 = 'verified' THEN now() - $4::interval END)",
            {sha, static_cast<long long>(content.size()), state, age, uploadId});
        return sha;
    }
    bool stored(const std::string& sha) {
        return fs::exists(store.pathOf(*storage::BlobKey::fromSha256(sha)));
    }
    long long rows(const std::string& sql) { return scalar(sql); }

    // One page of the user's pull from `cursor`: the notification titles and the next cursor.
    std::pair<std::vector<std::string>, std::string> pullNotices(const std::string& token,
                                                                 const std::string& cursor) {
        const auto reply = testing::httpGet(
            server->url() + "/api/v1/sync/pull" + (cursor.empty() ? "" : "?cursor=" + cursor),
            {{"Authorization", "Bearer " + token}});
        BOOST_REQUIRE_MESSAGE(reply.status == 200, reply.body);
        const auto page = decode<PullResponse>(reply.body);
        BOOST_REQUIRE_MESSAGE(page, reply.body);
        BOOST_REQUIRE(!page->hasMore);
        std::vector<std::string> titles;
        for (const auto& n : page->notifications)
            titles.push_back(n.title);
        return {titles, page->cursor};
    }
    long pushAs(const std::string& token, const PushRequest& request, std::string& body) {
        const auto reply = testing::http(
            "POST", server->url() + "/api/v1/sync/push", encode(request),
            {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}}, 60000);
        body = reply.body;
        return reply.status;
    }
};

using Titles = std::vector<std::string>;

}  // namespace

BOOST_FIXTURE_TEST_SUITE(cleanup, CleanupFixture)

BOOST_AUTO_TEST_CASE(expired_and_unreferenced_rows_go_live_ones_stay) {
    const std::string user = addAccount(*db, "ada", "Ada", "");
    const std::string teacher = addAccount(*db, "teacher", "Teacher", "", "instructor");
    auto exec = [&](const std::string& sql) { db->exec(sql, {user}); };

    // Tokens and codes: one expired, one live each.
    exec(
        "INSERT INTO refresh_tokens (token_hash, family_id, user_id, expires_at) VALUES"
        " ('rt-old', gen_random_uuid(), $1::uuid, now() - interval '1 minute'),"
        " ('rt-live', gen_random_uuid(), $1::uuid, now() + interval '1 day')");
    exec(
        "INSERT INTO password_resets (code_hash, user_id, expires_at) VALUES"
        " ('pr-old', $1::uuid, now() - interval '1 minute'),"
        " ('pr-live', $1::uuid, now() + interval '10 minutes')");
    exec(
        "INSERT INTO invitations (code_hash, role, created_by, expires_at, used_by, used_at) VALUES"
        " ('inv-old', 'student', $1::uuid, now() - interval '1 day', NULL, NULL),"
        " ('inv-used', 'student', $1::uuid, now() - interval '1 day', $1::uuid, now() - interval "
        "'2 days'),"
        " ('inv-live', 'student', $1::uuid, now() + interval '1 day', NULL, NULL)");
    // Jobs: done long ago, done recently, dead long ago; effect keys old and recent.
    db->exec(
        "INSERT INTO jobs (type, state, finished_at, dedup_key) VALUES"
        " ('test.noop', 'done', now() - interval '4 days', 'old-done'),"
        " ('test.noop', 'done', now() - interval '1 day', 'recent-done'),"
        " ('test.noop', 'dead', now() - interval '30 days', 'old-dead')");
    db->exec(
        "INSERT INTO job_effects (effect_key, job_id, created_at) VALUES"
        " ('effect-old', NULL, now() - interval '4 days'), ('effect-new', NULL, now())");
    // Activity: a day trending no longer reads, and today.
    db->exec(
        "INSERT INTO learner_activity (day, course_id, lesson_id, user_id) VALUES"
        " (current_date - 20, gen_random_uuid(), gen_random_uuid(), gen_random_uuid()),"
        " (current_date, gen_random_uuid(), gen_random_uuid(), gen_random_uuid())");

    // Blobs: an abandoned multipart upload, a fresh pending one, an old verified one no
    // version uses, an old verified one a published version uses, a new unreferenced one.
    const auto abandonedKey = storage::BlobKey::fromSha256(sha256Hex("abandoned"));
    const auto upload = store.createMultipart(*abandonedKey);
    BOOST_REQUIRE(upload);
    const std::string abandoned = blob("abandoned", "pending", "13 hours", upload->uploadId);
    const std::string uploading = blob("uploading", "pending", "1 hour");
    const std::string orphan = blob("orphan", "verified", "3 days");
    const std::string fresh = blob("fresh", "verified", "1 hour");
    publishCourse(*db, teacher, "Kept", 1);
    const std::string used =
        db->exec("SELECT manifest::jsonb->'assets'->0->>'sha256' FROM course_versions").text(0, 0);
    db->exec(
        "INSERT INTO blobs (sha256, size, state, created_at, verified_at)"
        " VALUES ($1, 100, 'verified', now() - interval '30 days', now() - interval '30 days')",
        {used});
    const fs::path uploadDir = blobRoot / "uploads" / upload->uploadId;
    BOOST_REQUIRE(fs::exists(uploadDir));

    runCleanup();

    BOOST_TEST(rows("SELECT count(*) FROM refresh_tokens WHERE token_hash = 'rt-old'") == 0);
    BOOST_TEST(rows("SELECT count(*) FROM refresh_tokens WHERE token_hash = 'rt-live'") == 1);
    BOOST_TEST(rows("SELECT count(*) FROM password_resets WHERE code_hash = 'pr-old'") == 0);
    BOOST_TEST(rows("SELECT count(*) FROM password_resets WHERE code_hash = 'pr-live'") == 1);
    BOOST_TEST(db->exec("SELECT string_agg(code_hash, ',' ORDER BY code_hash) FROM invitations")
                   .text(0, 0) == "inv-live,inv-used");
    BOOST_TEST(db->exec("SELECT string_agg(dedup_key, ',' ORDER BY dedup_key) FROM jobs"
                        " WHERE type = 'test.noop'")
                   .text(0, 0) == "old-dead,recent-done");
    BOOST_TEST(db->exec("SELECT string_agg(effect_key, ',') FROM job_effects").text(0, 0) ==
               "effect-new");
    BOOST_TEST(rows("SELECT count(*) FROM learner_activity") == 1);
    BOOST_TEST(rows("SELECT count(*) FROM learner_activity WHERE day = current_date") == 1);

    auto hasRow = [&](const std::string& sha) {
        return !db->exec("SELECT 1 FROM blobs WHERE sha256 = $1", {sha}).empty();
    };
    BOOST_TEST(!hasRow(abandoned));
    BOOST_TEST(!stored(abandoned));
    BOOST_TEST(!fs::exists(uploadDir), "the abandoned multipart upload was not aborted");
    BOOST_TEST(hasRow(uploading));
    BOOST_TEST(stored(uploading));
    BOOST_TEST(!hasRow(orphan));
    BOOST_TEST(!stored(orphan));
    BOOST_TEST(hasRow(fresh));
    BOOST_TEST(stored(fresh));
    BOOST_TEST(hasRow(used));

    // Nothing left to delete: a second run keeps every survivor.
    const long long before = rows("SELECT count(*) FROM blobs") +
                             rows("SELECT count(*) FROM refresh_tokens") +
                             rows("SELECT count(*) FROM invitations");
    runCleanup();
    BOOST_TEST(rows("SELECT count(*) FROM blobs") + rows("SELECT count(*) FROM refresh_tokens") +
                   rows("SELECT count(*) FROM invitations") ==
               before);
    BOOST_TEST(rows("SELECT count(*) FROM job_schedules WHERE name = 'cleanup.periodic'") == 1);
}

BOOST_AUTO_TEST_CASE(old_push_events_go_and_every_pull_cursor_still_gets_what_is_newer) {
    const std::string user = addAccount(*db, "ben", "Ben", "");
    const std::string token = tokenForExisting(user, "student");
    auto announce = [&](const std::string& title, const std::string& age) {
        const auto seq = db->exec(
                               "SELECT push_create_event($1::uuid, 'course.announcement',"
                               " jsonb_build_object('title', $2::text, 'body', 'b'))",
                               {user, title})
                             .integer(0, 0);
        db->exec(
            "UPDATE push_events SET created_at = now() - $3::interval"
            " WHERE user_id = $1::uuid AND seq = $2",
            {user, seq, age});
    };
    announce("old 1", "45 days");
    announce("old 2", "31 days");
    announce("recent 1", "29 days");
    announce("recent 2", "1 hour");
    // One device has pulled everything so far; a new device has pulled nothing.
    const auto [seenBefore, caughtUp] = pullNotices(token, "");
    BOOST_TEST(seenBefore == (Titles{"old 1", "old 2", "recent 1", "recent 2"}),
               boost::test_tools::per_element());
    // A recent event of a user who no longer exists (a broadcast chunk that raced the
    // deletion): nobody can read it, so it goes whatever its age.
    db->exec("INSERT INTO push_events (user_id, seq, kind) VALUES (gen_random_uuid(), 1, 'x')");

    runCleanup();
    BOOST_TEST(rows("SELECT count(*) FROM push_events WHERE kind = 'x'") == 0);

    BOOST_TEST(db->exec("SELECT string_agg(seq::text, ',' ORDER BY seq) FROM push_events"
                        " WHERE user_id = $1::uuid",
                        {user})
                   .text(0, 0) == "3,4");
    // The new device gets what is left; the caught-up device gets exactly the next event, whose
    // seq is new (never one of the deleted ones).
    BOOST_TEST(pullNotices(token, "").first == (Titles{"recent 1", "recent 2"}),
               boost::test_tools::per_element());
    announce("after clean-up", "0 seconds");
    BOOST_TEST(rows("SELECT max(seq) FROM push_events") == 5);
    BOOST_TEST(pullNotices(token, caughtUp).first == (Titles{"after clean-up"}),
               boost::test_tools::per_element());

    runCleanup();
    BOOST_TEST(rows("SELECT count(*) FROM push_events") == 3);

    // Every event of the user is old: the newest stays, since it numbers the next one (an id
    // given twice would be skipped by every device that had the first).
    db->exec(
        "UPDATE push_events SET created_at = now() - interval '60 days'"
        " WHERE user_id = $1::uuid",
        {user});
    runCleanup();
    BOOST_TEST(
        db->exec("SELECT string_agg(seq::text, ',') FROM push_events WHERE user_id = $1::uuid",
                 {user})
            .text(0, 0) == "5");
    announce("much later", "0 seconds");
    BOOST_TEST(rows("SELECT max(seq) FROM push_events") == 6);
    BOOST_TEST(pullNotices(token, caughtUp).first == (Titles{"after clean-up", "much later"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(sync_rejections_go_when_resolved_or_past_retention) {
    const std::string teacher = addAccount(*db, "teacher", "Teacher", "", "instructor");
    const std::string user = addAccount(*db, "cai", "Cai", "");
    const std::string other = addAccount(*db, "dee", "Dee", "");
    const std::string token = tokenForExisting(user, "student");
    const SeededCourse course = publishCourse(*db, teacher, "Optics", 1);

    // Pushed before the enrolment: refused. The same event after it: stored, so resolved.
    PushRequest request;
    request.deviceId = newUuidV7();
    ProgressEvent opened;
    opened.id = newUuidV7();
    opened.courseId = *Uuid::parse(course.id);
    opened.lessonId = course.lessons[0];
    opened.deviceId = request.deviceId;
    opened.hlc = HybridClock().now();
    opened.kind = ProgressKind::Opened;
    request.events.push_back(opened);
    std::string body;
    BOOST_REQUIRE_MESSAGE(pushAs(token, request, body) == 200, body);
    BOOST_REQUIRE_MESSAGE(body.find("notEnrolled") != std::string::npos, body);
    enroll(*db, user, course.id);
    BOOST_REQUIRE_MESSAGE(pushAs(token, request, body) == 200, body);
    BOOST_REQUIRE_MESSAGE(body.find("applied") != std::string::npos, body);

    // Unresolved ones: recent, past retention; a "conflict" whose id is stored (with other
    // content) and an id stored only under another account are not resolved by that.
    const std::string stranger = newUuidV7().toString();
    db->exec(
        "INSERT INTO progress_events (id, user_id, seq, course_id, lesson_id, device_id, hlc, kind)"
        " VALUES ($1::uuid, $2::uuid, 1, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(),"
        " 1, 3)",
        {stranger, other});
    const std::string conflicted = newUuidV7().toString();
    db->exec(
        "INSERT INTO quiz_attempts (id, user_id, seq, course_id, lesson_id, course_version,"
        " device_id, submitted_at_ms, body) VALUES ($1::uuid, $2::uuid, 99, gen_random_uuid(),"
        " gen_random_uuid(), 1, gen_random_uuid(), 0, '{}')",
        {conflicted, user});
    db->exec(
        "INSERT INTO sync_rejections (user_id, item_id, item_kind, reason, message, payload,"
        " received_at) VALUES"
        " ($1::uuid, gen_random_uuid(), 'event', 'unknownLesson', 'recent', '{}',"
        "  now() - interval '59 days'),"
        " ($1::uuid, gen_random_uuid(), 'event', 'unknownLesson', 'expired', '{}',"
        "  now() - interval '61 days'),"
        " ($1::uuid, NULL, 'event', 'invalid', 'no id', '{}', now()),"
        " ($1::uuid, $2::uuid, 'event', 'forbidden', 'stranger', '{}', now()),"
        " ($1::uuid, $3::uuid, 'attempt', 'conflict', 'conflict', '{}', now())",
        {user, stranger, conflicted});
    BOOST_TEST(rows("SELECT count(*) FROM sync_rejections") == 6);

    runCleanup();

    BOOST_TEST(db->exec("SELECT string_agg(message, ',' ORDER BY message) FROM sync_rejections")
                   .text(0, 0) == "conflict,no id,recent,stranger");
    runCleanup();
    BOOST_TEST(rows("SELECT count(*) FROM sync_rejections") == 4);
}

BOOST_AUTO_TEST_CASE(generated_blobs_are_tracked_and_kept_while_referenced) {
    const std::string user = addAccount(*db, "eve", "Eve", "");
    const std::string teacher = addAccount(*db, "teacher", "Teacher", "", "instructor");
    const SeededCourse course = publishCourse(*db, teacher, "Acoustics", 1);
    // Written before blobs were tracked: bytes in the store, rows naming them, no blobs rows
    // (replica mode skips the foreign keys' checks, as rows from before 0062 never had them).
    auto bytes = [&](const std::string& content) {
        const std::string sha = sha256Hex(content);
        const auto file = dir / ("file-" + sha);
        std::ofstream(file, std::ios::binary) << content;
        BOOST_REQUIRE(store.putFile(*storage::BlobKey::fromSha256(sha), file));
        return sha;
    };
    const std::string pdf = bytes("certificate pdf"), thumb = bytes("thumbnail jpeg"),
                      clip = bytes("rendition mp4");
    {
        server::Transaction tx(*db);
        db->exec("SET LOCAL session_replication_role = replica");
        db->exec(
            "INSERT INTO certificates (code, user_id, course_id, student_name, course_title,"
            " issued_on, payload, signature, pdf_sha256) VALUES ('SAT-AAAA-BBBB-CCCC', $1::uuid,"
            " $2::uuid, 'Eve', 'Acoustics', current_date, '{}', 'x', $3)",
            {user, course.id, pdf});
        db->exec(
            "INSERT INTO media_assets (sha256, duration_ms, container, video_codec, audio_codec,"
            " width, height, thumbnail_sha256, rendition_sha256) VALUES (repeat('cd', 32), 1000,"
            " 'mov', 'h264', 'aac', 640, 480, $1, $2)",
            {thumb, clip});
        tx.commit();
    }
    // A job's output nothing names: an old verified one, and the claim of a job that died
    // after writing its bytes.
    const std::string unused = blob("rendition nobody uses", "verified", "3 days");
    const std::string crashed = blob("thumbnail of a crashed job", "pending", "13 hours");
    // A row that names a blob clean-up's own queries take for abandoned (still 'pending'): the
    // foreign key stops the delete, and the bytes stay with the row.
    const std::string named = blob("pdf named while pending", "pending", "13 hours");
    db->exec(
        "INSERT INTO certificates (code, user_id, course_id, student_name, course_title,"
        " issued_on, payload, signature, pdf_sha256) VALUES ('SAT-DDDD-EEEE-FFFF', $1::uuid,"
        " $2::uuid, 'Eve', 'Acoustics 2', current_date, '{}', 'x', $3)",
        {addAccount(*db, "fay", "Fay", ""), course.id, named});

    runCleanup();

    for (const auto& [sha, size] :
         std::vector<std::pair<std::string, int>>{{pdf, 15}, {thumb, 14}, {clip, 13}}) {
        BOOST_TEST_CONTEXT(sha) {
            BOOST_TEST(rows("SELECT count(*) FROM blobs WHERE state = 'verified' AND size = " +
                            std::to_string(size) + " AND sha256 = '" + sha + "'") == 1);
            BOOST_TEST(stored(sha));
        }
    }
    BOOST_TEST(!stored(unused));
    BOOST_TEST(!stored(crashed));
    BOOST_TEST(rows("SELECT count(*) FROM blobs WHERE sha256 IN ('" + unused + "', '" + crashed +
                    "')") == 0);
    BOOST_TEST(rows("SELECT count(*) FROM blobs WHERE sha256 = '" + named + "'") == 1);
    BOOST_TEST(stored(named));

    // Long past the grace period the referenced ones stay: a certificate names its PDF for
    // ever. PostgreSQL refuses to drop their rows as well.
    db->exec("UPDATE blobs SET verified_at = now() - interval '400 days'");
    runCleanup();
    for (const auto& sha : {pdf, thumb, clip}) {
        BOOST_TEST(rows("SELECT count(*) FROM blobs WHERE sha256 = '" + sha + "'") == 1);
        BOOST_TEST(stored(sha));
    }
    BOOST_CHECK_THROW(db->exec("DELETE FROM blobs WHERE sha256 = $1", {pdf}),
                      server::DatabaseError);
    BOOST_CHECK_THROW(db->exec("DELETE FROM blobs WHERE sha256 = $1", {clip}),
                      server::DatabaseError);
}

BOOST_AUTO_TEST_SUITE_END()
