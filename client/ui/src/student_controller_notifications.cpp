// StudentController: the push channel and the notification store for the signed-in session
// (docs/push.md "In the app"). Started with the sync engine, stopped before it.
#include <QDir>

#include "satchel/client/api_client.h"
#include "satchel/client/notification_center.h"
#include "satchel/client/push_client.h"
#include "satchel/ui/session_push_tokens.h"
#include "satchel/ui/student_controller.h"

namespace satchel::ui {

void StudentController::startNotifications() {
    stopNotifications();
    if (!api_ || !sync_)
        return;
    notifications_ = std::make_unique<client::NotificationCenter>(
        QDir(options_.dataDir).filePath(QStringLiteral("satchel.sqlite")));
    pushTokens_ = std::make_unique<SessionPushTokens>(*api_);
    push_ = std::make_unique<client::PushClient>(server_, *pushTokens_);
    connect(notifications_.get(), &client::NotificationCenter::storeFailed, this,
            [this](const QString& message) {
                emit failed(tr("Notifications could not be saved: %1").arg(message));
            });
    // Stores events, makes the engine sync for events meaning new data, reloads after each
    // sync and starts the socket from the stored resume point once the center is ready.
    client::connectNotifications(*notifications_, *push_, sync_->engine());
    notifications_->start();
    emit notificationCenterChanged(notifications_.get());
}

void StudentController::stopNotifications() {
    if (!notifications_ && !push_)
        return;
    emit notificationCenterChanged(nullptr);  // views let go before the center does
    push_.reset();
    pushTokens_.reset();
    notifications_.reset();  // finishes queued writes on its thread
}

}  // namespace satchel::ui
