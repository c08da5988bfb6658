#include "notification_worker.h"

#include <QJsonArray>
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

std::optional<std::vector<Uuid>> parseIds(const QStringList& texts) {
    std::vector<Uuid> ids;
    ids.reserve(static_cast<std::size_t>(texts.size()));
    for (const QString& text : texts) {
        const auto id = Uuid::parse(text.toStdString());
        if (!id)
            return std::nullopt;
        ids.push_back(*id);
    }
    return ids;
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

bool NotificationWorker::applyReadEvent(const PushEvent& event) {
    QStringList texts;
    for (const QJsonValue& value : event.data.value(QStringLiteral("ids")).toArray())
        texts << value.toString();
    const auto ids = parseIds(texts);
    const qint64 atMs = event.data.value(QStringLiteral("read_at_ms")).toInteger();
    if (!ids || atMs <= 0) {
        // Not a form this build understands: pass over it (the resume point still moves).
        emit failed(QStringLiteral("push event %1 (notification.read) is malformed").arg(event.id));
        return true;
    }
    if (auto applied = store_->applyNotificationReads(account_, *ids, atMs); !applied) {
        emit failed(QStringLiteral("applying push event %1: %2")
                        .arg(event.id)
                        .arg(applied.error().message));
        return false;
    }
    return true;
}

void NotificationWorker::storePushEvent(const PushEvent& event) {
    if (!usable())
        return;
    if (!event.userId.isEmpty() && event.userId != QString::fromStdString(account_.toString())) {
        emit failed(QStringLiteral("push event %1 is for another account").arg(event.id));
        return;
    }
    if (event.kind == QLatin1String("notification.read") && !applyReadEvent(event))
        return;  // not stored as seen: it is delivered again after a reconnect
    const auto notification = notificationFromPushEvent(event);
    const std::string data = QJsonDocument(event.data).toJson(QJsonDocument::Compact).toStdString();
    auto stored = store_->storePushedNotification(account_, notification ? &*notification : nullptr,
                                                  event.id, event.kind.toStdString(), data);
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
    if (auto marked = store_->markNotificationRead(account_, *parsed, atMs); !marked) {
        emit failed(marked.error().message);
        return;
    }
    load();
}

void NotificationWorker::markAllRead(qint64 atMs) {
    if (!usable())
        return;
    if (auto marked = store_->markAllNotificationsRead(account_, atMs); !marked) {
        emit failed(marked.error().message);
        return;
    }
    load();
}

void NotificationWorker::collectPendingReads(int limit) {
    if (!usable()) {
        emit readsToSend({});
        return;
    }
    auto pending = store_->pendingNotificationReads(account_, limit);
    if (!pending) {
        emit failed(pending.error().message);
        emit readsToSend({});
        return;
    }
    QStringList ids;
    for (const Uuid& id : *pending)
        ids << QString::fromStdString(id.toString());
    emit readsToSend(ids);
}

void NotificationWorker::confirmReads(const QStringList& texts) {
    if (!usable())
        return;
    const auto ids = parseIds(texts);
    if (!ids)
        return;  // made by collectPendingReads from stored ids: cannot happen
    if (auto confirmed = store_->confirmNotificationReads(account_, *ids); !confirmed)
        emit failed(confirmed.error().message);
}

void NotificationWorker::load() {
    if (!usable())
        return;
    auto list = store_->notifications(account_, NotificationCenter::kRecentLimit);
    auto unread = store_->unreadNotificationCount(account_);
    auto resume = store_->lastPushEventId(account_);
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
