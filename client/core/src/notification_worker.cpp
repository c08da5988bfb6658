#include "notification_worker.h"

#include <QJsonDocument>

#include "satchel/protocol/codec.h"

namespace satchel::client::detail {
namespace {

NotificationItem itemFrom(const Notification& n,
                          const std::optional<LocalStore::NotificationEvent>& event) {
    NotificationItem item;
    item.id = QString::fromStdString(n.id.toString());
    item.kind = n.kind;
    item.title = QString::fromStdString(n.title);
    item.body = QString::fromStdString(n.body);
    if (n.courseId)
        item.courseId = QString::fromStdString(n.courseId->toString());
    item.createdAtMs = n.createdAtMs;
    item.read = n.readAtMs.has_value();
    if (event) {
        item.eventKind = QString::fromStdString(event->kind);
        item.eventData =
            QJsonDocument::fromJson(QByteArray::fromStdString(event->dataJson)).object();
    }
    return item;
}

}  // namespace

NotificationWorker::~NotificationWorker() = default;

bool NotificationWorker::usable() {
    if (!store_)
        emit failed(QStringLiteral("the notification store is not open"));
    return store_ != nullptr;
}

void NotificationWorker::open() {
    auto opened = LocalStore::open(path_);
    if (!opened) {
        emit failed(QStringLiteral("opening notifications: ") + opened.error().message);
        return;
    }
    store_ = std::move(*opened);
    load();
}

void NotificationWorker::storePushEvent(const PushEvent& event) {
    if (!usable())
        return;
    const auto notification = notificationFromPushEvent(event);
    const std::string data = QJsonDocument(event.data).toJson(QJsonDocument::Compact).toStdString();
    auto stored = store_->storePushedNotification(notification ? &*notification : nullptr, event.id,
                                                  event.kind.toStdString(), data);
    if (!stored) {
        emit failed(
            QStringLiteral("storing push event %1: %2").arg(event.id).arg(stored.error().message));
        return;
    }
    if (*stored) {
        emit arrived(itemFrom(*notification, LocalStore::NotificationEvent{
                                                 event.id, event.kind.toStdString(), data}));
    }
    load();
}

void NotificationWorker::markRead(const QString& id, qint64 atMs) {
    if (!usable())
        return;
    const auto parsed = Uuid::parse(id.toStdString());
    if (!parsed) {
        emit failed(QStringLiteral("not a notification id: ") + id);
        return;
    }
    if (auto marked = store_->markNotificationRead(*parsed, atMs); !marked) {
        emit failed(marked.error().message);
        return;
    }
    load();
}

void NotificationWorker::markAllRead(qint64 atMs) {
    if (!usable())
        return;
    if (auto marked = store_->markAllNotificationsRead(atMs); !marked) {
        emit failed(marked.error().message);
        return;
    }
    load();
}

void NotificationWorker::load() {
    if (!usable())
        return;
    auto list = store_->notifications(NotificationCenter::kRecentLimit);
    auto unread = store_->unreadNotificationCount();
    auto resume = store_->lastPushEventId();
    if (!list || !unread || !resume) {
        emit failed(QStringLiteral("reading notifications: ") + (!list     ? list.error()
                                                                 : !unread ? unread.error()
                                                                           : resume.error())
                                                                    .message);
        return;
    }
    QList<NotificationItem> items;
    items.reserve(static_cast<qsizetype>(list->size()));
    for (const Notification& n : *list) {
        auto event = store_->notificationEvent(n.id);
        if (!event) {
            emit failed(event.error().message);
            return;
        }
        items.push_back(itemFrom(n, *event));
    }
    emit loaded(items, static_cast<int>(*unread), resume->value_or(0));
}

}  // namespace satchel::client::detail
