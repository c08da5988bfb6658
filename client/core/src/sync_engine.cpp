#include "satchel/client/sync_engine.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

#include "satchel/client/api_client.h"
#include "satchel/client/local_store.h"

namespace satchel::client {

SyncEngine::SyncEngine(SyncSettings settings, QObject* parent)
    : QObject(parent), settings_(std::move(settings)), interval_(this), retry_(this) {
    // The timers are children so that moveToThread() takes them along.
    qRegisterMetaType<SyncStatus>();
    interval_.setSingleShot(false);
    retry_.setSingleShot(true);
    connect(&interval_, &QTimer::timeout, this, &SyncEngine::requestSync);
    connect(&retry_, &QTimer::timeout, this, &SyncEngine::requestSync);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::start() {
    stopped_ = false;
    if (!store_) {
        auto store = LocalStore::open(settings_.databasePath);
        if (!store) {
            publish(SyncStatus::State::Failed, store.error().message);
            return;
        }
        store_ = std::move(*store);
        api_ = std::make_unique<ApiClient>(settings_.server, store_->deviceId(), settings_.session);
        api_->setTimeout(settings_.requestTimeout);
        if (!api_->signedIn() && !settings_.refreshToken.empty()) {
            api_->restoreSession(settings_.refreshToken);
        }
        connect(api_.get(), &ApiClient::refreshTokenChanged, this,
                &SyncEngine::refreshTokenChanged);
        // Connectivity regained: sync at once instead of waiting for the backoff.
        connect(api_.get(), &ApiClient::onlineChanged, this, [this](bool online) {
            if (online && retry_.isActive()) {
                retry_.stop();
                requestSync();
            }
        });
    }
    interval_.start(settings_.interval);
    requestSync();
}

void SyncEngine::stop() {
    stopped_ = true;
    interval_.stop();
    retry_.stop();
}

void SyncEngine::setRefreshToken(const QString& token) {
    settings_.refreshToken = token.toStdString();
    if (api_)
        api_->restoreSession(settings_.refreshToken);
    failures_ = 0;
    requestSync();
}

void SyncEngine::requestSync() {
    if (stopped_ || !store_)
        return;
    if (running_) {
        again_ = true;
        return;
    }
    runCycle();
}

void SyncEngine::publish(SyncStatus::State state, const QString& error) {
    status_.state = state;
    status_.lastError = error;
    if (store_) {
        if (auto pending = store_->pendingCount())
            status_.pending = *pending;
        if (auto rejected = store_->rejectedOutbox()) {
            status_.rejected = static_cast<std::int64_t>(rejected->size());
        }
    }
    emit statusChanged(status_);
}

void SyncEngine::runCycle() {
    running_ = true;
    again_ = false;
    if (!api_->signedIn()) {
        finishCycle(ApiError{ApiError::Kind::Unauthorized, 0, {}, QStringLiteral("not signed in")});
        return;
    }
    publish(SyncStatus::State::Syncing);
    pushNext();
}

void SyncEngine::pushNext() {
    if (stopped_)
        return finishCycle(std::nullopt);
    auto batch = store_->pendingOutbox(settings_.pushBatch);
    if (!batch)
        return finishCycle(std::nullopt, batch.error());
    if (batch->empty())
        return pullNext();

    PushRequest request;
    request.deviceId = store_->deviceId();
    for (const OutboxEntry& entry : *batch) {
        if (entry.progress)
            request.events.push_back(*entry.progress);
        // The protocol caps attempts per push lower than events: the rest go next time.
        if (entry.attempt && request.attempts.size() < wire::kMaxAttemptsPerPush) {
            request.attempts.push_back(*entry.attempt);
        }
    }
    api_->push(request, this, [this](ApiResult<PushResponse> response) {
        if (!response)
            return finishCycle(response.error());
        if (response->acks.empty()) {
            return finishCycle(ApiError{ApiError::Kind::Protocol,
                                        200,
                                        {},
                                        QStringLiteral("the server acknowledged nothing")});
        }
        const auto before = store_->pendingCount();
        if (auto recorded = store_->applyAcks(response->acks); !recorded) {
            return finishCycle(std::nullopt, recorded.error());
        }
        const auto after = store_->pendingCount();
        if (!before || !after)
            return finishCycle(std::nullopt, (before ? after : before).error());
        if (*after >= *before) {
            // Acks that match nothing pushed: stop rather than push the same batch forever.
            return finishCycle(
                ApiError{ApiError::Kind::Protocol,
                         200,
                         {},
                         QStringLiteral("the acknowledgements match no pushed entry")});
        }
        pushNext();
    });
}

void SyncEngine::pullNext() {
    if (stopped_)
        return finishCycle(std::nullopt);
    auto cursor = store_->pullCursor();
    if (!cursor)
        return finishCycle(std::nullopt, cursor.error());
    api_->pull(*cursor, settings_.pullLimit, this, [this](ApiResult<PullResponse> page) {
        if (!page)
            return finishCycle(page.error());
        if (auto applied = store_->applyPull(*page); !applied) {
            return finishCycle(std::nullopt, applied.error());
        }
        if (page->hasMore)
            return pullNext();
        finishCycle(std::nullopt);
    });
}

void SyncEngine::finishCycle(std::optional<ApiError> error, std::optional<StoreError> storeError) {
    running_ = false;
    if (!error && !storeError) {
        failures_ = 0;
        publish(SyncStatus::State::UpToDate);
        emit cycleFinished(true);
        if (again_)
            requestSync();
        return;
    }
    if (error && error->kind == ApiError::Kind::Unauthorized) {
        publish(SyncStatus::State::NeedsSignIn, error->message);
        emit cycleFinished(false);
        return;  // nothing to retry until setRefreshToken()
    }
    const bool offline =
        error && (error->kind == ApiError::Kind::Offline || error->kind == ApiError::Kind::Timeout);
    publish(offline ? SyncStatus::State::Offline : SyncStatus::State::Failed,
            error ? error->message : storeError->message);
    emit cycleFinished(false);
    if (stopped_)
        return;
    // Exponential backoff with jitter (half to full delay), so devices do not retry in step.
    ++failures_;
    const double base = static_cast<double>(settings_.minBackoff.count()) *
                        std::pow(2.0, std::min(failures_ - 1, 20));
    const double capped = std::min(base, static_cast<double>(settings_.maxBackoff.count()));
    const double jittered = capped * (0.5 + 0.5 * QRandomGenerator::global()->generateDouble());
    retry_.start(std::chrono::milliseconds(static_cast<std::int64_t>(jittered)));
}

SyncThread::SyncThread(SyncSettings settings) : engine_(new SyncEngine(std::move(settings))) {
    thread_.setObjectName(QStringLiteral("satchel-sync"));
    engine_->moveToThread(&thread_);
    QObject::connect(&thread_, &QThread::finished, engine_, &QObject::deleteLater);
    QObject::connect(&thread_, &QThread::started, engine_, &SyncEngine::start);
    thread_.start();
}

SyncThread::~SyncThread() {
    // Stopped and quit by the engine's own thread, after the calls queued before (a quit()
    // from here, seen while a call runs, would drop the calls posted meanwhile).
    QMetaObject::invokeMethod(
        engine_,
        [engine = engine_] {
            engine->stop();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    thread_.wait();
}

void SyncThread::requestSync() {
    QMetaObject::invokeMethod(engine_, &SyncEngine::requestSync, Qt::QueuedConnection);
}

}  // namespace satchel::client
