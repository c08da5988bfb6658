// StudentController: the push channel and the notification store for the signed-in session
// (docs/push.md "In the app"). Started with the sync engine, stopped before it.
//
// The center works for one account. After a sign-in the account is the one the server just
// answered with; after a restored sign-in it is the one kept for this server (so an offline
// start shows the student's notifications), confirmed by GET /api/v1/me once the server
// answers: a different answer replaces the center, so nobody ever sees another account's
// notifications.
#include <QDir>

#include "satchel/client/api_client.h"
#include "satchel/client/current_user.h"
#include "satchel/client/local_store.h"
#include "satchel/client/notification_center.h"
#include "satchel/client/push_client.h"
#include "satchel/ui/session_push_tokens.h"
#include "satchel/ui/student_controller.h"

namespace satchel::ui {

namespace {
QString serverKey(const QUrl& server) {
    return server.toString(QUrl::StripTrailingSlash);
}
}  // namespace

void StudentController::startNotifications() {
    stopNotifications();
    if (!api_ || !sync_)
        return;
    const int generation = notificationGeneration_;
    const auto keep = [this](const Uuid& account) {
        store_.run<client::StoreResult<void>>(
            [key = serverKey(server_), account](client::LocalStore& store) {
                return store.saveSessionAccount(key, account);
            },
            this, [](client::StoreResult<void>) {});
    };
    if (sessionAccount_) {
        keep(*sessionAccount_);
        openNotifications(*sessionAccount_);
        return;
    }
    store_.run<client::StoreResult<std::optional<Uuid>>>(
        [key = serverKey(server_)](client::LocalStore& store) { return store.sessionAccount(key); },
        this,
        [this, generation](client::StoreResult<std::optional<Uuid>> kept) {
            if (generation != notificationGeneration_ || sessionAccount_ || !kept || !*kept)
                return;  // the server answered first, or the session ended, or none kept
            openNotifications(**kept);
        });
    client::fetchCurrentUser(*api_, this, [this, generation, keep](client::ApiResult<User> user) {
        if (generation != notificationGeneration_ || !user)
            return;  // offline: the kept account stays until the server answers
        sessionAccount_ = user->id;
        keep(user->id);
        if (!notifications_ || notifications_->accountId() != user->id)
            openNotifications(user->id);
    });
}

void StudentController::openNotifications(const Uuid& account) {
    closeNotifications();
    notifications_ = std::make_unique<client::NotificationCenter>(
        QDir(options_.dataDir).filePath(QStringLiteral("satchel.sqlite")), account);
    pushTokens_ = std::make_unique<SessionPushTokens>(*api_);
    push_ = std::make_unique<client::PushClient>(server_, *pushTokens_);
    connect(notifications_.get(), &client::NotificationCenter::storeFailed, this,
            [this](const QString& message) {
                emit failed(tr("Notifications could not be saved: %1").arg(message));
            });
    // Stores events, makes the engine sync for events meaning new data, reloads after each
    // sync, sends reads through the ApiClient and starts the socket from the stored resume
    // point once the center is ready.
    client::connectNotifications(*notifications_, *push_, sync_->engine(), api_.get());
    notifications_->start();
    emit notificationCenterChanged(notifications_.get());
}

void StudentController::stopNotifications() {
    ++notificationGeneration_;  // answers for the ending session are ignored
    closeNotifications();
}

void StudentController::closeNotifications() {
    if (!notifications_ && !push_)
        return;
    emit notificationCenterChanged(nullptr);  // views let go before the center does
    push_.reset();
    pushTokens_.reset();
    notifications_.reset();  // finishes queued writes on its thread
}

}  // namespace satchel::ui
