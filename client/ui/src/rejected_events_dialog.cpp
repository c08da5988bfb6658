#include "satchel/ui/rejected_events_dialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace satchel::ui {

RejectedEventsDialog::RejectedEventsDialog(QWidget* parent)
    : QDialog(parent), intro_(new QLabel(this)), list_(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("rejectedEventsDialog"));
    setWindowTitle(tr("Changes the server did not accept"));
    intro_->setWordWrap(true);
    list_->setObjectName(QStringLiteral("rejectedList"));
    list_->setHeaderLabels({tr("When"), tr("What"), tr("Why"), tr("What you can do")});
    list_->setAccessibleName(tr("Refused changes"));
    list_->setRootIsDecorated(false);
    list_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addWidget(list_, 1);
    layout->addWidget(buttons);
    resize(820, 360);
    setEntries({});
}

void RejectedEventsDialog::setEntries(const std::vector<client::OutboxEntry>& entries) {
    list_->clear();
    intro_->setText(entries.empty()
                        ? tr("Everything you did has been accepted by the server.")
                        : tr("The server kept these changes aside. They are still saved on this "
                             "computer; nothing was thrown away."));
    for (const client::OutboxEntry& entry : entries) {
        auto* item = new QTreeWidgetItem(list_);
        item->setText(0, QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.createdAtMs),
                                            QLocale::ShortFormat));
        item->setText(1, entry.kind == client::OutboxEntry::Kind::Attempt ? tr("Quiz answers")
                                                                          : tr("Lesson progress"));
        const RejectReason reason = entry.rejectReason.value_or(RejectReason::Invalid);
        QString why = QString::fromStdString(entry.rejectMessage);
        if (why.isEmpty())
            why = QString::fromUtf8(toString(reason).data(), qsizetype(toString(reason).size()));
        item->setText(2, why);
        item->setText(3, explain(reason));
    }
}

QString RejectedEventsDialog::explain(RejectReason reason) {
    switch (reason) {
        case RejectReason::NotEnrolled:
            return tr(
                "You are no longer enrolled in this course. Ask your teacher to enrol you "
                "again; your progress will then be sent.");
        case RejectReason::UnknownCourse:
        case RejectReason::UnknownLesson:
            return tr("The course was changed or removed. Update the course from the catalog.");
        case RejectReason::Forbidden:
            return tr("Your account may not record this. Contact your school.");
        case RejectReason::Conflict:
            return tr(
                "Another device recorded something different. Nothing to do: the server "
                "keeps the newest.");
        case RejectReason::Invalid:
            return tr("The change was damaged. Please report it to your school's support.");
    }
    return {};
}

}  // namespace satchel::ui
