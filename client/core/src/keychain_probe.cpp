#include "keychain_probe.h"

#include <QMetaObject>
#include <QStringList>

#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#define SATCHEL_KEYCHAIN_OVER_DBUS 1
#endif

namespace satchel::client::detail {

#ifdef SATCHEL_KEYCHAIN_OVER_DBUS
namespace {

bool namesABackend(const QStringList& names) {
    for (const QString& name : names) {
        if (name == QLatin1String("org.freedesktop.secrets") ||
            name.startsWith(QLatin1String("org.kde.kwalletd"))) {
            return true;
        }
    }
    return false;
}

// Asks the bus daemon for one of its name lists without blocking.
void listNames(const QString& method, const QObject* context,
               std::function<void(QStringList)> done) {
    QDBusConnection bus = QDBusConnection::sessionBus();
    auto call = bus.asyncCall(QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), method));
    auto* watcher = new QDBusPendingCallWatcher(call);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [done = std::move(done)](QDBusPendingCallWatcher* w) {
                         QDBusPendingReply<QStringList> reply = *w;
                         w->deleteLater();
                         done(reply.isError() ? QStringList{} : reply.value());
                     });
}

}  // namespace

void probeKeychainBackend(const QObject* context, std::function<void(bool)> done) {
    if (!QDBusConnection::sessionBus().isConnected()) {
        QMetaObject::invokeMethod(
            const_cast<QObject*>(context), [done = std::move(done)] { done(false); },
            Qt::QueuedConnection);
        return;
    }
    listNames(QStringLiteral("ListNames"), context,
              [context, done = std::move(done)](const QStringList& running) mutable {
                  if (namesABackend(running)) {
                      done(true);
                      return;
                  }
                  listNames(QStringLiteral("ListActivatableNames"), context,
                            [done = std::move(done)](const QStringList& activatable) {
                                done(namesABackend(activatable));
                            });
              });
}

#else

void probeKeychainBackend(const QObject* context, std::function<void(bool)> done) {
    QMetaObject::invokeMethod(
        const_cast<QObject*>(context), [done = std::move(done)] { done(true); },
        Qt::QueuedConnection);
}

#endif

}  // namespace satchel::client::detail
