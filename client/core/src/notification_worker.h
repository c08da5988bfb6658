#pragma once
// NotificationCenter's database side: a QObject on the center's own thread holding a
// LocalStore connection, working for one account. Slots are invoked queued from the center,
// in call order; each reports back through signals (loaded after every change, so the center
// shows what is stored, never a guess).

#include <QList>
#include <QObject>
#include <QString>
#include <memory>

#include "satchel/client/local_store.h"
#include "satchel/client/notification_center.h"

namespace satchel::client::detail {

class NotificationWorker : public QObject {
    Q_OBJECT
public:
    NotificationWorker(QString databasePath, Uuid accountId)
        : path_(std::move(databasePath)), account_(accountId) {}
    ~NotificationWorker() override;

public slots:
    void open();
    void storePushEvent(const satchel::client::PushEvent& event);
    void markRead(const QString& id, qint64 atMs);
    void markAllRead(qint64 atMs);
    void load();
    // Emits readsToSend with the oldest queued reads (at most `limit`; empty: none queued).
    void collectPendingReads(int limit);
    void confirmReads(const QStringList& ids);

signals:
    // The account's newest notifications (at most NotificationCenter::kRecentLimit), the
    // unread count and the push resume point (0: none yet).
    void loaded(const QList<satchel::client::NotificationItem>& items, int unread,
                qint64 resumePoint);
    void arrived(const satchel::client::NotificationItem& item);
    void readsToSend(const QStringList& ids);
    void failed(const QString& message);

private:
    bool usable();
    // A 'notification.read' event: the server's read state for some of the account's
    // notifications (read on another device, or sent from here).
    bool applyReadEvent(const PushEvent& event);

    QString path_;
    Uuid account_;
    std::unique_ptr<LocalStore> store_;
};

}  // namespace satchel::client::detail
