#include "satchel/client/notification_center.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaObject>

#include "notification_worker.h"
#include "satchel/client/api_client.h"
#include "satchel/client/sync_engine.h"

namespace satchel::client {
namespace {

// Event kind -> the shared model's kind; the same table as the server's
// push_notification_kind() (db/migrations/0050), so push and pull agree.
std::optional<NotificationKind> kindOf(const QString& eventKind) {
    if (eventKind == QLatin1String("course.version_published"))
        return NotificationKind::CoursePublished;
    if (eventKind == QLatin1String("quiz.graded"))
        return NotificationKind::AttemptGraded;
    if (eventKind == QLatin1String("course.announcement"))
        return NotificationKind::Announcement;
    if (eventKind == QLatin1String("course.reminder"))
        return NotificationKind::Reminder;
    if (eventKind == QLatin1String("enrollment.added"))
        return NotificationKind::EnrollmentAdded;
    if (eventKind == QLatin1String("certificate.ready"))
        return NotificationKind::CertificateReady;
    return std::nullopt;
}

std::optional<Uuid> uuidField(const QJsonObject& data, const char* name) {
    return Uuid::parse(data.value(QLatin1String(name)).toString().toStdString());
}

qint64 millisFromIso(const QString& iso) {
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? at.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

}  // namespace

std::optional<Notification> notificationFromPushEvent(const PushEvent& event) {
    const auto kind = kindOf(event.kind);
    const auto id = Uuid::parse(event.notificationId.toStdString());
    const auto userId = Uuid::parse(event.userId.toStdString());
    if (!kind || !id || !userId || event.title.isEmpty())
        return std::nullopt;
    Notification n;
    n.id = *id;
    n.userId = *userId;
    n.kind = *kind;
    n.title = event.title.toStdString();
    n.body = event.body.toStdString();
    n.courseId = uuidField(event.data, "course_id");
    const QJsonValue version = event.data.value(*kind == NotificationKind::CoursePublished
                                                    ? QLatin1String("version")
                                                    : QLatin1String("course_version"));
    if (version.isDouble() && version.toInteger() > 0)
        n.courseVersion = static_cast<std::uint32_t>(version.toInteger());
    n.attemptId = uuidField(event.data, "attempt_id");
    n.createdAtMs = millisFromIso(event.createdAt);
    // The shared codec refuses these without their ids; such an event is not shown.
    if (*kind == NotificationKind::CoursePublished && (!n.courseId || !n.courseVersion))
        return std::nullopt;
    if (*kind == NotificationKind::AttemptGraded && !n.attemptId)
        return std::nullopt;
    return n;
}

NotificationCenter::NotificationCenter(QString databasePath, const Uuid& accountId, QObject* parent)
    : QObject(parent), accountId_(accountId) {
    qRegisterMetaType<NotificationItem>();
    qRegisterMetaType<QList<NotificationItem>>();
    qRegisterMetaType<PushEvent>();
    worker_ = new detail::NotificationWorker(std::move(databasePath), accountId);
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &detail::NotificationWorker::loaded, this, &NotificationCenter::applyLoaded);
    connect(worker_, &detail::NotificationWorker::arrived, this,
            &NotificationCenter::notificationArrived);
    connect(worker_, &detail::NotificationWorker::failed, this, &NotificationCenter::storeFailed);
    connect(worker_, &detail::NotificationWorker::readsToSend, this,
            &NotificationCenter::sendReads);
    thread_.setObjectName(QStringLiteral("satchel-notifications"));
    thread_.start();
}

NotificationCenter::~NotificationCenter() {
    // The worker quits its own loop after the calls queued before: a quit() from here could be
    // seen while a call runs, and the loop would then drop the calls posted meanwhile.
    QMetaObject::invokeMethod(
        worker_, [] { QThread::currentThread()->quit(); }, Qt::QueuedConnection);
    thread_.wait();
}

void NotificationCenter::start() {
    QMetaObject::invokeMethod(worker_, &detail::NotificationWorker::open, Qt::QueuedConnection);
}

void NotificationCenter::addPushEvent(const PushEvent& event) {
    QMetaObject::invokeMethod(
        worker_, [w = worker_, event] { w->storePushEvent(event); }, Qt::QueuedConnection);
}

void NotificationCenter::setApi(ApiClient* api) {
    api_ = api;
    sendPendingReads();
}

void NotificationCenter::markRead(const QString& id) {
    QMetaObject::invokeMethod(
        worker_, [w = worker_, id, at = nowMs()] { w->markRead(id, at); }, Qt::QueuedConnection);
    sendPendingReads();  // queued behind the mark, so it sees it
}

void NotificationCenter::markAllRead() {
    QMetaObject::invokeMethod(
        worker_, [w = worker_, at = nowMs()] { w->markAllRead(at); }, Qt::QueuedConnection);
    sendPendingReads();
}

void NotificationCenter::sendPendingReads() {
    if (!api_ || !ready_)
        return;  // the first load sends what an earlier run queued
    if (sending_) {
        sendAgain_ = true;
        return;
    }
    sending_ = true;
    sendAgain_ = false;
    QMetaObject::invokeMethod(
        worker_, [w = worker_] { w->collectPendingReads(kReadsPerRequest); }, Qt::QueuedConnection);
}

void NotificationCenter::sendReads(const QStringList& ids) {
    const auto finish = [this](bool sendMore) {
        sending_ = false;
        if (sendMore || sendAgain_)
            sendPendingReads();
    };
    if (ids.isEmpty() || !api_) {
        finish(false);
        return;
    }
    const QJsonObject body{{QStringLiteral("ids"), QJsonArray::fromStringList(ids)}};
    api_->authenticatedRequest(
        "POST", QStringLiteral("/api/v1/notifications/read"),
        QJsonDocument(body).toJson(QJsonDocument::Compact), this,
        [this, ids, finish](ApiResult<QByteArray> reply) {
            const bool accepted = reply.has_value();
            const bool refused = !accepted && !reply.error().transient() &&
                                 reply.error().kind != ApiError::Kind::Unauthorized;
            if (accepted || refused) {
                // Queued on the worker before any later collect: the next one will not see
                // these again.
                QMetaObject::invokeMethod(
                    worker_, [w = worker_, ids] { w->confirmReads(ids); }, Qt::QueuedConnection);
            }
            if (refused) {
                emit storeFailed(QStringLiteral("the server refused %1 read notification(s): %2")
                                     .arg(ids.size())
                                     .arg(reply.error().message));
            }
            if (accepted)
                emit readsSent(static_cast<int>(ids.size()));
            // A full batch may have more behind it; after a failure wait for the next trigger.
            finish(accepted && ids.size() == kReadsPerRequest);
        });
}

void NotificationCenter::reload() {
    QMetaObject::invokeMethod(worker_, &detail::NotificationWorker::load, Qt::QueuedConnection);
}

void NotificationCenter::applyLoaded(const QList<NotificationItem>& items, int unread,
                                     qint64 resumePoint) {
    recent_ = items;
    if (resumePoint > 0)
        resumePoint_ = resumePoint;
    const bool countChanged = unread != unreadCount_;
    unreadCount_ = unread;
    const bool firstLoad = !ready_;
    ready_ = true;
    if (firstLoad) {
        emit ready();
        sendPendingReads();
    }
    emit notificationsChanged();
    if (countChanged)
        emit unreadCountChanged(unreadCount_);
}

void connectNotifications(NotificationCenter& center, PushClient& push, SyncEngine* engine,
                          ApiClient* api) {
    QObject::connect(&push, &PushClient::eventReceived, &center, &NotificationCenter::addPushEvent);
    if (engine) {
        // Queued into the engine's thread; a request during a cycle runs one more after it.
        QObject::connect(&push, &PushClient::syncNeeded, engine, &SyncEngine::requestSync);
        QObject::connect(engine, &SyncEngine::cycleFinished, &center, &NotificationCenter::reload);
    }
    if (api) {
        center.setApi(api);
        // Every sign that the server is reachable again sends what was read offline.
        QObject::connect(api, &ApiClient::onlineChanged, &center, [&center](bool online) {
            if (online)
                center.sendPendingReads();
        });
        QObject::connect(&push, &PushClient::stateChanged, &center,
                         [&center](PushClient::State state) {
                             if (state == PushClient::State::Live)
                                 center.sendPendingReads();
                         });
        if (engine)
            QObject::connect(engine, &SyncEngine::cycleFinished, &center,
                             &NotificationCenter::sendPendingReads);
    }
    auto startPush = [&center, &push] {
        if (push.state() == PushClient::State::Stopped)
            push.start(center.resumePoint());
    };
    if (center.isReady())
        startPush();
    else
        QObject::connect(&center, &NotificationCenter::ready, &push, startPush,
                         Qt::SingleShotConnection);
}

}  // namespace satchel::client
