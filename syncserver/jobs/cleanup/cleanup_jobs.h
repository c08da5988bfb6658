#pragma once
// Clean-up (job "cleanup.run", scheduled every --cleanup-interval-minutes): deletes what the
// schema would otherwise keep for ever.
//
//   refresh_tokens      past expires_at (a used or revoked token is kept until then: presenting
//                       it must still revoke its family)
//   password_resets     past expires_at
//   invitations         past expires_at and never used (used ones record who joined by them)
//   jobs                done, finished more than --job-retention-days ago (dead jobs stay for
//                       the admins), and job_effects as old whose job is no longer live
//   learner_activity    days older than 8 (trending reads the last 7; 0011_sync_course_feed.sql)
//   blobs, pending      abandoned uploads: requested more than --upload-grace-hours ago and never
//                       verified; the multipart upload is aborted and any bytes are removed
//   blobs, verified     no published version, media result or certificate names them, verified
//                       more than --orphan-blob-days ago (0: never): the row, then the bytes.
//                       Certificate PDFs and media files are blobs too (jobs/generated_blobs.h);
//                       those written before they were tracked get their rows first.
//   push_events         created more than --push-event-retention-days ago (0: never), except
//                       each user's newest, which numbers their next event (0071). Safe for
//                       every cursor: seqs are never reused (the newest stays; push_user_seq
//                       keeps the last one of users emptied before 0071),
//                       pull and the socket read "seq > cursor" and take gaps in their stride, so
//                       no cursor skips a newer event; the state devices converge on lives in the
//                       sync feed (events, attempts, grades, versions: never cleaned), not here;
//                       and an event's read state is on its own row or in a 'notification.read'
//                       event that is always newer than what it marks, so the age rule deletes a
//                       mark only after its notifications: a lagging device gets both or neither.
//                       What a device offline for longer than the retention misses is the older
//                       notifications themselves (docs/operations.md says to pick the retention
//                       well above the longest offline period). Also, whatever the
//                       retention, events whose user no longer exists (a broadcast chunk
//                       that raced the user's deletion, 0071).
//   push_broadcasts     finished more than --push-event-retention-days ago: the queue record
//                       of a large broadcast (0071), no longer needed once its events exist.
//   sync_rejections     resolved ones at once: a later push stored the very item (same id, same
//                       user; a "conflict" is never resolved this way, its id holds other
//                       content); unresolved ones after --sync-rejection-retention-days (0: kept).
//                       The app keeps its own "needs attention" list; these rows are the server's
//                       record of what it refused, for support.
//
// Every step works in bounded batches, each its own short transaction, so the job never holds
// many locks or a long snapshot; running it twice, or on two instances at once, is harmless
// (rows are locked with SKIP LOCKED and re-checked before deletion).

#include <memory>

#include "jobs/registry.h"

namespace satchel::storage {
class BlobStore;
}

namespace satchel::server::jobs {

inline constexpr const char* kCleanupJob = "cleanup.run";

struct CleanupSettings {
    int intervalMinutes = 60;
    int jobRetentionDays = 7;
    int uploadGraceHours = 24;
    int orphanBlobDays = 7;                // 0: unreferenced verified blobs are never deleted
    int pushEventRetentionDays = 90;       // 0: push events are kept for ever
    int syncRejectionRetentionDays = 365;  // 0: unresolved rejections are kept for ever
};

// What one run deleted, per step (logged, and returned for tests of the step functions).
struct CleanupReport {
    long long refreshTokens = 0;
    long long passwordResets = 0;
    long long invitations = 0;
    long long jobs = 0;
    long long jobEffects = 0;
    long long activityRows = 0;
    long long abandonedUploads = 0;
    long long orphanBlobs = 0;
    long long trackedLegacyBlobs = 0;  // generated blobs given a row (generated_blobs.h)
    long long pushEvents = 0;
    long long pushBroadcasts = 0;
    long long resolvedRejections = 0;
    long long expiredRejections = 0;
    long long total() const;
};

// One whole clean-up pass on `conn` (outside any transaction). Blob bytes are removed through
// `store`; a blob whose bytes cannot be removed keeps its row and is tried again next time.
CleanupReport runCleanup(PgConnection& conn, storage::BlobStore& store,
                         const CleanupSettings& settings);

void addCleanupJobs(JobRegistry& registry, std::shared_ptr<storage::BlobStore> store,
                    const CleanupSettings& settings);

}  // namespace satchel::server::jobs
