#pragma once
// RejectedEventsDialog: what the server refused to apply and why, in words, with what the
// student can do. Nothing is discarded silently: these entries stay in the local outbox.

#include <QDialog>
#include <vector>

#include "satchel/client/local_store.h"

class QLabel;
class QTreeWidget;

namespace satchel::ui {

class RejectedEventsDialog : public QDialog {
    Q_OBJECT
public:
    explicit RejectedEventsDialog(QWidget* parent = nullptr);

    void setEntries(const std::vector<client::OutboxEntry>& entries);
    QTreeWidget* list() const { return list_; }
    // What the student can do about a refusal of this kind.
    static QString explain(RejectReason reason);

private:
    QLabel* intro_;
    QTreeWidget* list_;
};

}  // namespace satchel::ui
