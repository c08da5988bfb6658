#pragma once
// NotificationCenter's database side: a QObject on the center's own thread holding a
// LocalStore connection. Slots are invoked queued from the center, in call order; each
// reports back through signals (loaded after every change, so the center shows what is
// stored, never a guess).

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
    explicit NotificationWorker(QString databasePath) : path_(std::move(databasePath)) {}
    ~NotificationWorker() override;

public slots:
    void open();
    void storePushEvent(const satchel::client::PushEvent& event);
    void markRead(const QString& id, qint64 atMs);
    void markAllRead(qint64 atMs);
    void load();

signals:
    // The newest notifications (at most NotificationCenter::kRecentLimit), the unread count
    // and the push resume point (0: none yet).
    void loaded(const QList<satchel::client::NotificationItem>& items, int unread,
                qint64 resumePoint);
    void arrived(const satchel::client::NotificationItem& item);
    void failed(const QString& message);

private:
    bool usable();

    QString path_;
    std::unique_ptr<LocalStore> store_;
};

}  // namespace satchel::client::detail
