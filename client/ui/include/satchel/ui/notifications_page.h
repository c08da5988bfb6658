#pragma once
// NotificationsPage: the notifications panel. The list (NotificationsModel, newest first,
// unread in bold), "Mark all read", and a notification marked read when the student opens
// it (Enter, double-click, or arriving from a desktop notification). Marking goes to the
// NotificationCenter, which writes on its own thread; the list and the badge follow its
// signals.

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace satchel::client {
class NotificationCenter;
}

namespace satchel::ui {

class NotificationsModel;

class NotificationsPage : public QWidget {
    Q_OBJECT
public:
    explicit NotificationsPage(QWidget* parent = nullptr);

    // The center to show (null while signed out: the page shows its empty state).
    void setCenter(client::NotificationCenter* center);
    NotificationsModel* model() const { return model_; }
    QListView* list() const { return list_; }
    QPushButton* markAllReadButton() const { return markAll_; }
    // Selects the notification (empty id: the newest) and marks it read: what clicking a
    // desktop notification leads to.
    void openNotification(const QString& id);

signals:
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateState();
    void markRead(const QModelIndex& index);

    NotificationsModel* model_;
    QLabel* heading_;
    QPushButton* back_;
    QListView* list_;
    QLabel* emptyState_;
    QPushButton* markAll_;
};

}  // namespace satchel::ui
