#pragma once
// Whose progress a LocalStore holds (LocalStore::claimProgress). The progress tables (outbox,
// lesson_state, quiz_attempt, the pull cursor, the cached catalog, announced course versions)
// belong to one account at a time: a shared computer (a school lab) must never send one
// student's work as another's, nor show it to them.

#include <cstdint>
#include <optional>

#include "satchel/client/store_error.h"
#include "satchel/ids.h"
#include "satchel/result.h"

namespace satchel::client {

// What a successful claim did.
struct ProgressClaim {
    enum class Outcome {
        AlreadyOwned,  // the account owned the progress already: nothing changed
        Claimed,       // the store had no owner: its progress (made offline before any
                       // sign-in) now belongs to the account and will be sent as its own
        Switched,      // another account owned it, all of it on the server: the account-scoped
                       // progress was cleared and the pull starts from the beginning
    };
    Outcome outcome = Outcome::AlreadyOwned;
    std::optional<Uuid> previousOwner;  // set for Switched (when the previous owner was known)
};

// Why a claim was refused; nothing was changed.
struct ProgressClaimError {
    enum class Kind {
        // Another account's changes have not reached the server (pending outbox entries):
        // that account must sign in and sync first, or they would be lost or sent as the new
        // account's. Entries the server refused do not count: the server keeps them with
        // their reason, and they are cleared with the rest of that account's progress.
        OtherAccountUnsent,
        Store,  // the database failed (see `store`)
    };
    Kind kind = Kind::Store;
    Uuid owner;                // OtherAccountUnsent: whose changes wait
    std::int64_t waiting = 0;  // OtherAccountUnsent: how many pending outbox entries
    StoreError store;          // Store
};

template <class T>
using ClaimResult = Result<T, ProgressClaimError>;

}  // namespace satchel::client
