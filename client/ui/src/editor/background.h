#pragma once
// Runs blocking work (hashing, file reads) on the global thread pool and hands its result to
// `done` on `context`'s thread, unless `context` is gone by then. The UI thread never waits.

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <utility>

namespace satchel::ui::editor {

template <class Work, class Done>
void runInBackground(QObject* context, Work work, Done done) {
    QPointer<QObject> guard(context);
    // The relay lives on the context's thread and is deleted only by the delivery itself, so
    // it is always there when the pool thread posts to it.
    auto* relay = new QObject;
    relay->moveToThread(context->thread());
    QThreadPool::globalInstance()->start(
        [guard, relay, work = std::move(work), done = std::move(done)]() mutable {
            auto result = work();
            QMetaObject::invokeMethod(
                relay,
                [guard, relay, done = std::move(done), result = std::move(result)]() mutable {
                    relay->deleteLater();
                    if (guard)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
}

}  // namespace satchel::ui::editor
