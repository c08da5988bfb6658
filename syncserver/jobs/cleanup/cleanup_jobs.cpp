#include "jobs/cleanup/cleanup_jobs.h"

#include "app/log.h"
#include "db/errors.h"
#include "jobs/generated_blobs.h"
#include "satchel/storage/blob_store.h"

namespace satchel::server::jobs {
namespace {

constexpr int kBatch = 1000;    // rows per delete statement
constexpr int kBlobBatch = 50;  // blobs per transaction (each one is a call to the store)

// Runs a "DELETE ... WHERE ctid IN (SELECT ctid ... LIMIT $1)" until it deletes fewer than a
// batch; returns the rows deleted.
long long deleteInBatches(PgConnection& conn, const std::string& table, const std::string& where,
                          const std::vector<PgParam>& extra = {}) {
    std::vector<PgParam> params{kBatch};
    params.insert(params.end(), extra.begin(), extra.end());
    const std::string sql = "WITH doomed AS (SELECT ctid FROM " + table + " WHERE " + where +
                            " LIMIT $1::integer FOR UPDATE SKIP LOCKED)"
                            " DELETE FROM " +
                            table + " WHERE ctid IN (SELECT ctid FROM doomed)";
    long long total = 0;
    for (;;) {
        const long long n = conn.exec(sql, params).affectedRows();
        total += n;
        if (n < kBatch)
            return total;
    }
}

// Blobs matched by `where` (locked, re-checked by the same condition): abort their open
// multipart upload, delete their row, then remove their bytes. Returns the rows removed.
// Each blob has a savepoint: a row still referenced (the foreign keys of 0062, should a
// reference appear that `where` did not see) or bytes the store will not remove put that one
// blob back, row and all, and the rest of the batch goes on.
long long removeBlobs(PgConnection& conn, storage::BlobStore& store, const std::string& where,
                      int amount) {
    const std::string select = "SELECT sha256, coalesce(upload_id, '') FROM blobs b WHERE " +
                               where +
                               " ORDER BY created_at LIMIT $2::integer FOR UPDATE SKIP LOCKED";
    long long removed = 0;
    for (;;) {
        Transaction tx(conn);
        const auto rows = conn.exec(select, {amount, kBlobBatch});
        int kept = 0;
        for (int r = 0; r < rows.rows(); ++r) {
            const std::string sha = rows.text(r, 0);
            const auto key = storage::BlobKey::fromSha256(sha);
            if (!key)
                continue;  // the table's CHECK makes this impossible
            conn.exec("SAVEPOINT blob");
            try {
                conn.exec("DELETE FROM blobs WHERE sha256 = $1", {sha});
            } catch (const DatabaseError& e) {
                if (e.sqlState() != "23503")  // foreign_key_violation: still referenced
                    throw;
                conn.exec("ROLLBACK TO SAVEPOINT blob");
                ++kept;
                logWarn("cleanup: blob " + sha + " kept, it is still referenced: " + e.what());
                continue;
            }
            if (const std::string upload = rows.text(r, 1); !upload.empty())
                (void)store.abortMultipart({*key, upload});  // gone already is fine
            if (auto gone = store.remove(*key); !gone) {
                conn.exec("ROLLBACK TO SAVEPOINT blob");
                ++kept;
                logWarn("cleanup: blob " + sha +
                        " kept, removing its bytes failed: " + gone.error().message);
                continue;
            }
            conn.exec("RELEASE SAVEPOINT blob");
            ++removed;
        }
        tx.commit();
        // A batch where everything was kept would only repeat itself.
        if (rows.rows() < kBlobBatch || kept == rows.rows())
            return removed;
    }
}

// Blob ids something still needs: assets of any published version, media results, certificates.
constexpr const char* kUnreferenced =
    "b.state = 'verified' AND b.verified_at < now() - make_interval(days => $1::integer)"
    " AND NOT EXISTS (SELECT 1 FROM course_versions v,"
    "   jsonb_array_elements(coalesce(v.manifest::jsonb->'assets', '[]'::jsonb)) a"
    "   WHERE a->>'sha256' = b.sha256)"
    " AND NOT EXISTS (SELECT 1 FROM media_assets m WHERE b.sha256 IN (m.sha256,"
    "   m.thumbnail_sha256, m.rendition_sha256))"
    " AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.pdf_sha256 = b.sha256)";

}  // namespace

long long CleanupReport::total() const {
    return refreshTokens + passwordResets + invitations + jobs + jobEffects + activityRows +
           abandonedUploads + orphanBlobs + trackedLegacyBlobs + pushEvents + pushBroadcasts +
           resolvedRejections + expiredRejections;
}

CleanupReport runCleanup(PgConnection& conn, storage::BlobStore& store, const CleanupSettings& s) {
    CleanupReport r;
    r.refreshTokens = deleteInBatches(conn, "refresh_tokens", "expires_at < now()");
    r.passwordResets = deleteInBatches(conn, "password_resets", "expires_at < now()");
    r.invitations = deleteInBatches(conn, "invitations", "expires_at < now() AND used_at IS NULL");
    r.jobs = deleteInBatches(
        conn, "jobs", "state = 'done' AND finished_at < now() - make_interval(days => $2::integer)",
        {s.jobRetentionDays});
    r.jobEffects = deleteInBatches(
        conn, "job_effects e",
        "e.created_at < now() - make_interval(days => $2::integer) AND NOT EXISTS"
        " (SELECT 1 FROM jobs j WHERE j.id = e.job_id AND j.state IN ('queued', 'running'))",
        {s.jobRetentionDays});
    r.activityRows = deleteInBatches(conn, "learner_activity", "day < current_date - 8");
    r.abandonedUploads = removeBlobs(
        conn, store,
        "b.state = 'pending' AND b.created_at < now() - make_interval(hours => $1::integer)",
        s.uploadGraceHours);
    r.trackedLegacyBlobs = trackLegacyGeneratedBlobs(conn, store);
    if (s.orphanBlobDays > 0)
        r.orphanBlobs = removeBlobs(conn, store, kUnreferenced, s.orphanBlobDays);
    // The rules and why they keep every cursor whole: cleanup_jobs.h.
    // Events of users deleted while a broadcast chunk was writing theirs (0071): nobody can
    // read them. Whatever the retention.
    r.pushEvents = deleteInBatches(conn, "push_events p",
                                   "NOT EXISTS (SELECT 1 FROM users u WHERE u.id = p.user_id)");
    if (s.pushEventRetentionDays > 0) {
        r.pushEvents += deleteInBatches(
            conn, "push_events p",
            "p.created_at < now() - make_interval(days => $2::integer)"
            " AND p.seq < (SELECT max(n.seq) FROM push_events n WHERE n.user_id = p.user_id)",
            {s.pushEventRetentionDays});
        r.pushBroadcasts = deleteInBatches(
            conn, "push_broadcasts", "finished_at < now() - make_interval(days => $2::integer)",
            {s.pushEventRetentionDays});
    }
    r.resolvedRejections =
        deleteInBatches(conn, "sync_rejections r",
                        "r.item_id IS NOT NULL AND r.reason <> 'conflict' AND CASE r.item_kind"
                        " WHEN 'event' THEN EXISTS (SELECT 1 FROM progress_events e"
                        "   WHERE e.id = r.item_id AND e.user_id = r.user_id)"
                        " ELSE EXISTS (SELECT 1 FROM quiz_attempts a WHERE a.id = r.item_id"
                        "   AND a.user_id = r.user_id) END");
    if (s.syncRejectionRetentionDays > 0)
        r.expiredRejections = deleteInBatches(
            conn, "sync_rejections", "received_at < now() - make_interval(days => $2::integer)",
            {s.syncRejectionRetentionDays});
    return r;
}

void addCleanupJobs(JobRegistry& registry, std::shared_ptr<storage::BlobStore> store,
                    const CleanupSettings& settings) {
    registry.addHandler(kCleanupJob, [store, settings](JobContext& ctx) {
        const CleanupReport r = runCleanup(ctx.conn(), *store, settings);
        if (r.total() > 0)
            logInfo("cleanup (job " + std::to_string(ctx.job().id) + "): refresh tokens " +
                    std::to_string(r.refreshTokens) + ", password resets " +
                    std::to_string(r.passwordResets) + ", invitations " +
                    std::to_string(r.invitations) + ", jobs " + std::to_string(r.jobs) +
                    ", job effects " + std::to_string(r.jobEffects) + ", activity rows " +
                    std::to_string(r.activityRows) + ", abandoned uploads " +
                    std::to_string(r.abandonedUploads) + ", unreferenced blobs " +
                    std::to_string(r.orphanBlobs));
    });
    registry.addSchedule({"cleanup.periodic", kCleanupJob, nlohmann::json::object(),
                          std::chrono::seconds(60LL * settings.intervalMinutes), std::nullopt});
}

}  // namespace satchel::server::jobs
