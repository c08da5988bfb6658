#pragma once
// TrayNotifier: desktop notifications for what arrives over the push channel, through
// QSystemTrayIcon, on desktops that have a system tray (QSystemTrayIcon::
// isSystemTrayAvailable()). Elsewhere it shows nothing and isShown() is false; the in-app
// notifications panel and unread badge (bound to NotificationCenter) show everything anyway.
//
// What it shows: NotificationCenter::notificationArrived only, i.e. notifications this device
// had not seen, once each; nothing for ones that came by pull or for replays after a
// reconnect. The tray icon's tooltip carries the unread count.
//
// Wiring (main window, GUI thread; `center` must outlive the notifier):
//
//     auto* tray = new satchel::ui::TrayNotifier(controller.notifications(), windowIcon(), this);
//     connect(tray, &satchel::ui::TrayNotifier::activated, this, [this](const QString& id) {
//         showNotificationsPanel(id);   // id: the clicked notification, empty for the icon
//     });
//     tray->setEnabled(settings.desktopNotifications());

#include <QIcon>
#include <QObject>
#include <QString>

#include "satchel/client/notification_center.h"

class QSystemTrayIcon;

namespace satchel::ui {

class TrayNotifier : public QObject {
    Q_OBJECT
public:
    TrayNotifier(client::NotificationCenter& center, const QIcon& icon, QObject* parent = nullptr);
    ~TrayNotifier() override;

    // True when the desktop has a tray and the notifier is enabled (the icon is visible).
    bool isShown() const;
    // The user's choice (a setting); disabled hides the icon and shows no messages.
    void setEnabled(bool enabled);
    bool isEnabled() const { return enabled_; }
    // How long a desktop message stays (the desktop may ignore it).
    void setMessageTimeout(int milliseconds) { timeoutMs_ = milliseconds; }

signals:
    // The user clicked a desktop message (its notification id) or the tray icon (empty id):
    // bring the window up and show the notifications panel.
    void activated(const QString& notificationId);

private:
    void show(const client::NotificationItem& item);
    void updateToolTip(int unread);

    QSystemTrayIcon* tray_ = nullptr;  // null when the desktop has no tray
    QString lastShownId_;
    bool enabled_ = true;
    int timeoutMs_ = 8000;
};

}  // namespace satchel::ui
