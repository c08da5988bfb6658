#include "satchel/ui/notifications_model.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace satchel::ui {

NotificationsModel::NotificationsModel(QObject* parent) : QAbstractListModel(parent) {}

void NotificationsModel::setCenter(client::NotificationCenter* center) {
    if (center == center_)
        return;
    disconnect(changed_);
    disconnect(destroyed_);
    center_ = center;
    if (center_) {
        changed_ = connect(center_, &client::NotificationCenter::notificationsChanged, this,
                           &NotificationsModel::reload);
        destroyed_ = connect(center_, &QObject::destroyed, this, [this] {
            center_ = nullptr;
            reload();
        });
    }
    reload();
}

void NotificationsModel::reload() {
    beginResetModel();
    items_ = center_ ? center_->recent() : QList<client::NotificationItem>{};
    endResetModel();
}

int NotificationsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(items_.size());
}

const client::NotificationItem* NotificationsModel::item(int row) const {
    return row >= 0 && row < items_.size() ? &items_[row] : nullptr;
}

int NotificationsModel::rowOf(const QString& id) const {
    for (int row = 0; row < items_.size(); ++row)
        if (items_[row].id == id)
            return row;
    return -1;
}

QVariant NotificationsModel::data(const QModelIndex& index, int role) const {
    const client::NotificationItem* n = index.isValid() ? item(index.row()) : nullptr;
    if (!n)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(n->createdAtMs).toLocalTime();
    switch (role) {
        case Qt::DisplayRole: {
            const QString time = QLocale().toString(when, QLocale::ShortFormat);
            return n->body.isEmpty() ? tr("%1 · %2").arg(n->title, time)
                                     : tr("%1 · %2\n%3").arg(n->title, time, n->body);
        }
        case Qt::AccessibleTextRole:
            return n->read ? tr("%1. %2").arg(n->title, n->body)
                           : tr("Unread: %1. %2").arg(n->title, n->body);
        case Qt::ToolTipRole:
            return n->body;
        case Qt::FontRole: {
            if (n->read)
                return {};  // the view's own font
            QFont font;
            font.setBold(true);
            return font;
        }
        case IdRole:
            return n->id;
        case TitleRole:
            return n->title;
        case BodyRole:
            return n->body;
        case TimeRole:
            return when;
        case UnreadRole:
            return !n->read;
        default:
            return {};
    }
}

QHash<int, QByteArray> NotificationsModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "notificationId");
    names.insert(TitleRole, "title");
    names.insert(BodyRole, "body");
    names.insert(TimeRole, "time");
    names.insert(UnreadRole, "unread");
    return names;
}

}  // namespace satchel::ui
