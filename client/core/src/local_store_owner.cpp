// LocalStore: whose progress the store holds (see claimProgress in local_store.h). One meta
// row, progress_account = the owner's user id; the check of the outbox, the clearing and the
// new owner are one transaction, so a crash leaves either the old account's progress or the
// new account's empty start, never a mix.
#include <QSqlQuery>

#include "satchel/client/local_store.h"
#include "sql_support.h"

namespace satchel::client {

using detail::execute;
using detail::idText;
using detail::queryError;
using detail::Transaction;

namespace {
const QString kOwnerKey = QStringLiteral("progress_account");

ProgressClaimError storeFailure(StoreError error) {
    ProgressClaimError out;
    out.kind = ProgressClaimError::Kind::Store;
    out.store = std::move(error);
    return out;
}
}  // namespace

StoreResult<std::optional<Uuid>> LocalStore::progressOwner() {
    assertOwningThread();
    auto text = readMeta(kOwnerKey);
    if (!text)
        return fail(text.error());
    if (!text->has_value())
        return std::optional<Uuid>{};
    auto id = Uuid::parse(**text);
    if (!id) {
        return fail(StoreError{StoreError::Kind::Corrupt,
                               QStringLiteral("meta progress_account is not a UUID")});
    }
    return std::optional<Uuid>(*id);
}

ClaimResult<ProgressClaim> LocalStore::claimProgress(const Uuid& account) {
    assertOwningThread();
    Transaction txn(db_);
    if (!txn.begun())
        return fail(storeFailure(txn.begun().error()));
    // Read under the write lock: the sync thread's connection cannot add to the outbox
    // between the count and the clearing.
    auto owner = progressOwner();
    if (!owner)
        return fail(storeFailure(owner.error()));
    if (*owner == account)
        return ProgressClaim{ProgressClaim::Outcome::AlreadyOwned, {}};

    // Only entries the server has not acknowledged block: a rejected one reached the server,
    // which keeps it with its reason (sync_rejections), so clearing it here loses nothing and a
    // refusal nobody can dismiss never locks a shared computer for every other account.
    QSqlQuery count(db_);
    if (!count.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'pending'")) ||
        !count.next())
        return fail(storeFailure(queryError(QStringLiteral("counting the outbox"), count)));
    const std::int64_t waiting = count.value(0).toLongLong();
    count.finish();

    bool clear = owner->has_value();
    if (!owner->has_value()) {
        // No owner: offline work before any sign-in (keep it), or a store made before
        // ownership existed that some unknown account synced (pull cursor set): clear that one
        // unless entries wait, which cannot be told apart and are kept rather than lost.
        auto cursor = readMeta(QStringLiteral("pull_cursor"));
        if (!cursor)
            return fail(storeFailure(cursor.error()));
        clear = cursor->has_value() && !(*cursor)->empty() && waiting == 0;
    } else if (waiting > 0) {
        ProgressClaimError refused;
        refused.kind = ProgressClaimError::Kind::OtherAccountUnsent;
        refused.owner = **owner;
        refused.waiting = waiting;
        return fail(std::move(refused));
    }

    if (clear) {
        QStringList statements{QStringLiteral("DELETE FROM outbox"),
                               QStringLiteral("DELETE FROM lesson_state"),
                               QStringLiteral("DELETE FROM meta WHERE key IN "
                                              "('pull_cursor', 'cache.catalog')")};
        if (schemaVersion_ >= 2) {
            statements << QStringLiteral("DELETE FROM quiz_attempt")
                       << QStringLiteral("DELETE FROM course_version");
        }
        for (const QString& sql : statements) {
            if (auto done = execute(db_, sql); !done)
                return fail(storeFailure(done.error()));
        }
    }
    if (auto written = writeMeta(kOwnerKey, idText(account)); !written)
        return fail(storeFailure(written.error()));
    if (auto committed = txn.commit(); !committed)
        return fail(storeFailure(committed.error()));
    if (!owner->has_value())
        return ProgressClaim{
            clear ? ProgressClaim::Outcome::Switched : ProgressClaim::Outcome::Claimed, {}};
    return ProgressClaim{ProgressClaim::Outcome::Switched, **owner};
}

}  // namespace satchel::client
