#include "satchel/ui/notifications_page.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

#include "satchel/client/notification_center.h"
#include "satchel/ui/notifications_model.h"

namespace satchel::ui {

NotificationsPage::NotificationsPage(QWidget* parent)
    : QWidget(parent),
      model_(new NotificationsModel(this)),
      heading_(new QLabel(this)),
      back_(new QPushButton(this)),
      list_(new QListView(this)),
      emptyState_(new QLabel(this)),
      markAll_(new QPushButton(this)) {
    setObjectName(QStringLiteral("notificationsPage"));
    QFont headingFont = heading_->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading_->setFont(headingFont);

    list_->setObjectName(QStringLiteral("notificationsList"));
    list_->setModel(model_);
    list_->setWordWrap(true);
    list_->setUniformItemSizes(false);
    list_->setSpacing(4);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    emptyState_->setAlignment(Qt::AlignCenter);
    emptyState_->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(back_);
    top->addWidget(heading_, 1);
    top->addWidget(markAll_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(list_, 1);
    layout->addWidget(emptyState_, 1);

    connect(back_, &QPushButton::clicked, this, &NotificationsPage::backRequested);
    // activated: Enter, or a double-click (or single, per the platform's style).
    connect(list_, &QListView::activated, this, &NotificationsPage::markRead);
    connect(markAll_, &QPushButton::clicked, this, [this] {
        if (auto* center = model_->center())
            center->markAllRead();
    });
    connect(model_, &QAbstractItemModel::modelReset, this, &NotificationsPage::updateState);
    retranslate();
}

void NotificationsPage::setCenter(client::NotificationCenter* center) {
    model_->setCenter(center);
}

void NotificationsPage::openNotification(const QString& id) {
    const int row = id.isEmpty() ? 0 : model_->rowOf(id);
    const QModelIndex index = model_->index(row, 0);
    if (!index.isValid())
        return;
    list_->setCurrentIndex(index);
    list_->scrollTo(index);
    markRead(index);
}

void NotificationsPage::markRead(const QModelIndex& index) {
    auto* center = model_->center();
    if (!center || !index.data(NotificationsModel::UnreadRole).toBool())
        return;
    center->markRead(index.data(NotificationsModel::IdRole).toString());
}

void NotificationsPage::updateState() {
    const bool empty = model_->rowCount() == 0;
    list_->setVisible(!empty);
    emptyState_->setVisible(empty);
    bool anyUnread = false;
    for (int row = 0; row < model_->rowCount() && !anyUnread; ++row)
        anyUnread = model_->index(row, 0).data(NotificationsModel::UnreadRole).toBool();
    markAll_->setEnabled(anyUnread);
    emptyState_->setText(
        model_->center()
            ? tr("No notifications yet. Announcements, grades and new course versions appear "
                 "here.")
            : tr("Sign in to see your notifications."));
}

void NotificationsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NotificationsPage::retranslate() {
    heading_->setText(tr("Notifications"));
    back_->setText(tr("Back to catalog"));
    markAll_->setText(tr("&Mark all read"));
    markAll_->setAccessibleName(tr("Mark all notifications read"));
    list_->setAccessibleName(tr("Notifications, newest first"));
    updateState();
}

}  // namespace satchel::ui
