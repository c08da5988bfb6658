#pragma once
// DraftWorker: the editor's DraftStore on a thread of its own, so saving and loading drafts
// never blocks the UI thread. Each call returns at once; `done` runs later on the UI thread,
// unless `context` was destroyed first. Calls run in the order made.
//
// One worker serves one account (`owner`, fixed for its life): every call sees only that
// account's drafts (see DraftStore). When the store is first opened, drafts with no owner
// (written before local migration 7) are claimed for the account before any other call runs.

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

#include "satchel/client/draft_store.h"

namespace satchel::ui::editor {

class DraftWorker : public QObject {
    Q_OBJECT
public:
    DraftWorker(QString databasePath, client::DraftOwner owner, QObject* parent = nullptr);
    ~DraftWorker() override;  // waits for the call in progress, then closes the store

    const client::DraftOwner& owner() const { return owner_; }

    template <class T>
    using Done = std::function<void(client::StoreResult<T>)>;

    void list(QObject* context, Done<std::vector<client::DraftSummary>> done);
    void load(const Uuid& id, QObject* context, Done<client::CourseDraft> done);
    void save(client::CourseDraft draft, QObject* context, Done<client::CourseDraft> done);
    void remove(const Uuid& id, QObject* context, Done<void> done);

private:
    template <class T>
    void run(std::function<client::StoreResult<T>(client::DraftStore&)> work, QObject* context,
             Done<T> done);

    QString path_;
    client::DraftOwner owner_;
    QThread thread_;
    QObject* onThread_;                          // lives on thread_, runs the work
    std::unique_ptr<client::DraftStore> store_;  // opened and closed on thread_
};

}  // namespace satchel::ui::editor
