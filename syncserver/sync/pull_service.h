#pragma once
// Reads one page of a user's feed: everything with cursor < seq <= cursor + limit that the
// user's devices must learn (progress events from all their devices, quiz attempts, the
// server's grades, notifications, new versions of enrolled courses).
//
// Why no change is ever skipped: the user's head seq is read first. Every seq up to the head
// belongs to a transaction that committed before the head's value became visible (feed seqs
// are reserved under the user's row lock, see 0010_sync.sql), and feed rows never change once
// written, so the page read afterwards sees all of them. The next cursor is the page's upper
// bound, never beyond the head.
//
// A new course version is announced with the SHA-256 of the manifest the user will be served:
// the stored one for a course the user manages (owning instructor, admin), the learner copy
// (graded quizzes' answer keys withheld, api/learner_manifests.h) for everyone else.

#include <cstdint>
#include <string>

#include "api/learner_manifests.h"
#include "auth/authenticator.h"
#include "db/pool.h"
#include "sync/cursor.h"
#include "satchel/protocol/messages.h"

namespace satchel::server::sync {

class PullService {
public:
    explicit PullService(PgPool& db) : db_(db) {}

    // cursor: the last feed seq the client has (0 from the start) and the last notification
    // (push event seq) it has; limit: 1..kMaxPullLimit, for each of the two.
    // Notifications are the user's push events (db/migrations/0050), read the same gap-free
    // way by their own sequence: its counter row is locked until the creating transaction
    // commits, and the page is bounded by the counter read first.
    // A cursor beyond the head (a database restored from an older backup) restarts from the
    // head, so later changes are not hidden behind it.
    PullResponse page(const CurrentUser& user, const PullCursor& cursor, std::int64_t limit);

private:
    PgPool& db_;
    LearnerManifestCache learnerCopies_;
};

}  // namespace satchel::server::sync
