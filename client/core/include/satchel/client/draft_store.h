#pragma once
// DraftStore: the instructor's drafts in the app's local database (LocalStore's file, table
// course_draft from local migration 4). Works offline; nothing here talks to a server.
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

struct DraftSummary {
    Uuid id;
    std::string title;
    std::int64_t updatedAtMs = 0;
    std::optional<std::uint32_t> publishedVersion;  // of the last publish, if any
};

class DraftStore {
public:
    static StoreResult<std::unique_ptr<DraftStore>> open(const QString& path);
    ~DraftStore();
    DraftStore(const DraftStore&) = delete;
    DraftStore& operator=(const DraftStore&) = delete;

    // Inserts or replaces the draft (by id). Stamps updatedAtMs with the current time.
    StoreResult<void> save(CourseDraft& draft);
    // nullopt when there is no such draft; Corrupt when its row does not decode.
    StoreResult<std::optional<CourseDraft>> load(const Uuid& id);
    // Most recently changed first.
    StoreResult<std::vector<DraftSummary>> list();
    // Removing a missing draft is not an error.
    StoreResult<void> remove(const Uuid& id);

private:
    DraftStore(std::unique_ptr<LocalStore> local, QString connectionName);
    std::unique_ptr<LocalStore> local_;  // keeps the migrated file open (and its identity)
    QString connectionName_;
    QSqlDatabase db_;
};

}  // namespace satchel::client
