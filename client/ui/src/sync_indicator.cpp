#include "satchel/ui/sync_indicator.h"

#include <QEvent>

namespace satchel::ui {

SyncIndicator::SyncIndicator(QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("syncIndicator"));
    setFocusPolicy(Qt::TabFocus);
    setContentsMargins(8, 0, 8, 0);
    retranslate();
}

void SyncIndicator::setState(State state, int rejected) {
    state_ = state;
    rejected_ = rejected;
    retranslate();
}

void SyncIndicator::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

void SyncIndicator::retranslate() {
    QString text;
    switch (state_) {
        case State::NotSignedIn:
            text = tr("Not signed in");
            break;
        case State::Offline:
            text = tr("Offline");
            break;
        case State::Syncing:
            text = tr("Syncing…");
            break;
        case State::UpToDate:
            text = tr("Up to date");
            break;
        case State::NeedsAttention:
            text = tr("%n need(s) attention", nullptr, rejected_);
            break;
    }
    setText(text);
    setAccessibleName(tr("Sync status: %1").arg(text));
}

}  // namespace satchel::ui
