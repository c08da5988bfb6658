#pragma once
// StoreWorker: the UI's LocalStore, on a thread of its own, so that the UI thread never waits
// for SQLite. A job is a function of the store run on the worker thread; its result comes back
// to `context`'s thread (queued), unless `context` was destroyed meanwhile.
//
// Jobs run one at a time in submission order, so a write submitted before a read is seen by
// that read.

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

#include "satchel/client/local_store.h"

namespace satchel::ui {

// What the UI needs to know about the device once the store is open.
struct StoreIdentity {
    Uuid deviceId;
    Hlc lastHlc;
};

class StoreWorker : public QObject {
    Q_OBJECT
public:
    explicit StoreWorker(QObject* parent = nullptr);
    ~StoreWorker() override;  // finishes queued jobs, closes the store, joins the thread

    // Opens (and migrates) the database at `path` on the worker thread.
    void open(const QString& path, const QObject* context,
              std::function<void(client::StoreResult<StoreIdentity>)> done);

    template <class R>
    void run(std::function<R(client::LocalStore&)> job, const QObject* context,
             std::function<void(R)> done) {
        post([job = std::move(job), ctx = QPointer<const QObject>(context),
              done = std::move(done)](client::LocalStore* store) mutable {
            auto result = std::make_shared<R>(job(*store));
            if (!ctx)
                return;
            QMetaObject::invokeMethod(
                const_cast<QObject*>(ctx.data()),
                [result, done = std::move(done)] { done(std::move(*result)); },
                Qt::QueuedConnection);
        });
    }
    bool isOpen() const { return opened_; }

private:
    // Runs `task` on the worker thread with the open store (jobs posted before open() has
    // finished run after it).
    void post(std::function<void(client::LocalStore*)> task);

    QThread thread_;
    QObject* worker_;  // lives on thread_; owns nothing but is the queue's receiver
    std::shared_ptr<std::unique_ptr<client::LocalStore>> store_;
    bool opened_ = false;
};

}  // namespace satchel::ui
