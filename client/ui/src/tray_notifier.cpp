#include "satchel/ui/tray_notifier.h"

#include <QSystemTrayIcon>

namespace satchel::ui {

TrayNotifier::TrayNotifier(client::NotificationCenter& center, const QIcon& icon, QObject* parent)
    : QObject(parent) {
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;  // no tray (offscreen, some Wayland desktops): the in-app panel is enough
    tray_ = new QSystemTrayIcon(icon, this);
    connect(&center, &client::NotificationCenter::notificationArrived, this, &TrayNotifier::show);
    connect(&center, &client::NotificationCenter::unreadCountChanged, this,
            &TrayNotifier::updateToolTip);
    connect(tray_, &QSystemTrayIcon::messageClicked, this,
            [this] { emit activated(lastShownId_); });
    connect(tray_, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit activated(QString());
            });
    updateToolTip(center.unreadCount());
    tray_->setVisible(enabled_);
}

TrayNotifier::~TrayNotifier() = default;

bool TrayNotifier::isShown() const {
    return tray_ && tray_->isVisible();
}

void TrayNotifier::setEnabled(bool enabled) {
    enabled_ = enabled;
    if (tray_)
        tray_->setVisible(enabled);
}

void TrayNotifier::show(const client::NotificationItem& item) {
    if (!isShown())
        return;
    lastShownId_ = item.id;
    tray_->showMessage(item.title, item.body, QSystemTrayIcon::Information, timeoutMs_);
}

void TrayNotifier::updateToolTip(int unread) {
    if (!tray_)
        return;
    tray_->setToolTip(unread == 0 ? tr("Satchel")
                                  : tr("Satchel — %n unread notification(s)", nullptr, unread));
}

}  // namespace satchel::ui
