#pragma once
// DraftStore: one instructor account's drafts in the app's local database (LocalStore's file,
// table course_draft from local migrations 4 and 7). Works offline; nothing here talks to a
// server.
//
// Ownership: a DraftStore is opened for one account (DraftOwner) and every call sees and
// touches only that account's drafts. On a shared computer another instructor's drafts are
// neither listed, nor loaded, saved over or removed: an id of theirs answers NotFound exactly
// like an id that does not exist, so nothing of theirs leaks. They are never deleted either:
// they reappear when their owner signs in again (an instructor's unpublished work is never
// lost).
//
// Opening runs LocalStore's migrations (so the table exists and a too-new file is refused),
// then keeps a connection of its own. Threading as LocalStore: one DraftStore per thread, used
// and destroyed on the thread that opened it; the UI keeps one on a worker thread.
// Every call is one statement or transaction: on failure nothing changed.

#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

#include "satchel/client/draft_model.h"
#include "satchel/client/store_error.h"

namespace satchel::client {

class LocalStore;

// The account drafts belong to, named as the app names accounts elsewhere (meta
// session_account:<server>, the cached roles): the server's key and the user's id on it. The
// same user id on two servers is two owners.
struct DraftOwner {
    QString server;  // the app's key for the server: its URL without a trailing slash
    Uuid account;    // the user's id on that server
    bool operator==(const DraftOwner&) const = default;
};

struct DraftSummary {
    Uuid id;
    std::string title;
    std::int64_t updatedAtMs = 0;
    std::optional<std::uint32_t> publishedVersion;  // of the last publish, if any
};

class DraftStore {
public:
    // Invalid (nothing opened) when the owner has an empty server key or a nil account.
    static StoreResult<std::unique_ptr<DraftStore>> open(const QString& path, DraftOwner owner);
    ~DraftStore();
    DraftStore(const DraftStore&) = delete;
    DraftStore& operator=(const DraftStore&) = delete;

    const DraftOwner& owner() const { return owner_; }

    // Drafts with no owner were written before local migration 7, when drafts belonged to the
    // computer: they become this owner's (the editor calls this when an instructor account
    // opens it, so the first one to do so gets them, as the first sign-in claims offline
    // progress). Returns how many were claimed; 0 once none is left.
    StoreResult<int> claimUnowned();

    // A new id is inserted as the owner's; the owner's draft with that id is replaced. An id
    // held by another account (or still unowned) fails with NotFound and writes nothing.
    // Stamps updatedAtMs with the current time.
    StoreResult<void> save(CourseDraft& draft);
    // NotFound when the owner has no draft with that id; Corrupt when its row does not decode.
    StoreResult<CourseDraft> load(const Uuid& id);
    // The owner's drafts, most recently changed first.
    StoreResult<std::vector<DraftSummary>> list();
    // NotFound when the owner has no draft with that id (nothing is removed).
    StoreResult<void> remove(const Uuid& id);

private:
    DraftStore(std::unique_ptr<LocalStore> local, QString connectionName, DraftOwner owner);
    StoreError notFound(const Uuid& id) const;

    std::unique_ptr<LocalStore> local_;  // keeps the migrated file open (and its identity)
    QString connectionName_;
    DraftOwner owner_;
    QSqlDatabase db_;
};

}  // namespace satchel::client
