#include "satchel/ui/store_worker.h"

namespace satchel::ui {

StoreWorker::StoreWorker(QObject* parent)
    : QObject(parent),
      worker_(new QObject),
      store_(std::make_shared<std::unique_ptr<client::LocalStore>>()) {
    thread_.setObjectName(QStringLiteral("satchel-store"));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.start();
}

StoreWorker::~StoreWorker() {
    // The store must be destroyed on the thread that opened it, after the jobs queued before.
    // The worker quits its own loop once it has closed the store: a quit() from here could be
    // seen while a job runs, and the loop then leaves the events posted during that job (the
    // close among them) unprocessed, so the store would die here, on the wrong thread.
    QMetaObject::invokeMethod(
        worker_,
        [store = store_] {
            store->reset();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    thread_.wait();
}

void StoreWorker::open(const QString& path, const QObject* context,
                       std::function<void(client::StoreResult<StoreIdentity>)> done) {
    opened_ = true;
    QMetaObject::invokeMethod(
        worker_,
        [path, store = store_, ctx = QPointer<const QObject>(context),
         done = std::move(done)]() mutable {
            auto opened = client::LocalStore::open(path);
            client::StoreResult<StoreIdentity> result =
                opened ? client::StoreResult<StoreIdentity>(
                             StoreIdentity{(*opened)->deviceId(), (*opened)->lastHlc()})
                       : client::StoreResult<StoreIdentity>(fail(opened.error()));
            if (opened)
                *store = std::move(*opened);
            if (!ctx)
                return;
            QMetaObject::invokeMethod(
                const_cast<QObject*>(ctx.data()),
                [result = std::move(result), done = std::move(done)]() mutable {
                    done(std::move(result));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void StoreWorker::post(std::function<void(client::LocalStore*)> task) {
    QMetaObject::invokeMethod(
        worker_,
        [store = store_, task = std::move(task)] {
            if (*store)
                task(store->get());
        },
        Qt::QueuedConnection);
}

}  // namespace satchel::ui
