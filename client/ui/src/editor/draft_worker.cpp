#include "satchel/ui/editor/draft_worker.h"

namespace satchel::ui::editor {

DraftWorker::DraftWorker(QString databasePath, client::DraftOwner owner, QObject* parent)
    : QObject(parent),
      path_(std::move(databasePath)),
      owner_(std::move(owner)),
      onThread_(new QObject) {
    onThread_->moveToThread(&thread_);
    thread_.setObjectName(QStringLiteral("satchel-drafts"));
    thread_.start();
}

DraftWorker::~DraftWorker() {
    // The store must be closed on the thread that opened it.
    QMetaObject::invokeMethod(
        onThread_, [this] { store_.reset(); }, Qt::BlockingQueuedConnection);
    thread_.quit();
    thread_.wait();
    delete onThread_;
}

template <class T>
void DraftWorker::run(std::function<client::StoreResult<T>(client::DraftStore&)> work,
                      QObject* context, Done<T> done) {
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        onThread_, [this, work = std::move(work), guard, done = std::move(done)]() mutable {
            client::StoreResult<T> result = [&]() -> client::StoreResult<T> {
                if (!store_) {
                    auto opened = client::DraftStore::open(path_, owner_);
                    if (!opened)
                        return fail(opened.error());
                    // Opening the editor is when an account claims drafts that predate
                    // ownership; kept unopened on failure, so the next call tries again.
                    if (auto claimed = (*opened)->claimUnowned(); !claimed)
                        return fail(claimed.error());
                    store_ = std::move(*opened);
                }
                return work(*store_);
            }();
            // Back through `this` (alive until the thread has stopped), where the guard is read on
            // its own thread.
            QMetaObject::invokeMethod(
                this,
                [guard, done = std::move(done), result = std::move(result)]() mutable {
                    if (guard)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
}

void DraftWorker::list(QObject* context, Done<std::vector<client::DraftSummary>> done) {
    run<std::vector<client::DraftSummary>>([](client::DraftStore& s) { return s.list(); }, context,
                                           std::move(done));
}

void DraftWorker::load(const Uuid& id, QObject* context, Done<client::CourseDraft> done) {
    run<client::CourseDraft>([id](client::DraftStore& s) { return s.load(id); }, context,
                             std::move(done));
}

void DraftWorker::save(client::CourseDraft draft, QObject* context,
                       Done<client::CourseDraft> done) {
    run<client::CourseDraft>(
        [draft = std::move(draft)](
            client::DraftStore& s) mutable -> client::StoreResult<client::CourseDraft> {
            if (auto saved = s.save(draft); !saved)
                return fail(saved.error());
            return draft;
        },
        context, std::move(done));
}

void DraftWorker::remove(const Uuid& id, QObject* context, Done<void> done) {
    run<void>([id](client::DraftStore& s) { return s.remove(id); }, context, std::move(done));
}

}  // namespace satchel::ui::editor
