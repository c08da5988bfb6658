#pragma once
// NotificationsModel: a list model over NotificationCenter's recent notifications, newest
// first (the center's order). Each row shows the title, the body and when it arrived; unread
// rows are bold. The model only reads the center's in-memory list: the center does the
// database work on its own thread and announces changes with notificationsChanged().
//
// The center may be replaced or removed (sign-in, sign-out): setCenter() rebinds, and a
// destroyed center leaves the model empty.

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

#include "satchel/client/notification_center.h"

namespace satchel::ui {

class NotificationsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,  // QString: the notification id
        TitleRole,                  // QString
        BodyRole,                   // QString
        TimeRole,                   // QDateTime (local time) it was created
        UnreadRole,                 // bool
    };

    explicit NotificationsModel(QObject* parent = nullptr);

    // Binds to `center` (null: none); the model follows its notificationsChanged().
    void setCenter(client::NotificationCenter* center);
    client::NotificationCenter* center() const { return center_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Row of the notification with this id, or -1.
    int rowOf(const QString& id) const;
    const client::NotificationItem* item(int row) const;

private:
    void reload();

    QPointer<client::NotificationCenter> center_;
    QMetaObject::Connection changed_;
    QMetaObject::Connection destroyed_;
    QList<client::NotificationItem> items_;  // a copy: rows stay valid between resets
};

}  // namespace satchel::ui
