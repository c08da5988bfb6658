#include "satchel/ui/sync_indicator.h"

#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>

#include "satchel/client/sync_engine.h"

namespace satchel::ui {

SyncIndicator::SyncIndicator(QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("syncIndicator"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setContentsMargins(8, 0, 8, 0);
    retranslate();
}

void SyncIndicator::setState(State state, int rejected) {
    state_ = state;
    rejected_ = rejected;
    retranslate();
}

void SyncIndicator::setStatus(const client::SyncStatus& status) {
    using S = client::SyncStatus::State;
    if (status.rejected > 0) {
        setState(State::NeedsAttention, int(status.rejected));
        return;
    }
    switch (status.state) {
        case S::Offline:
        case S::Failed:
            setState(State::Offline);
            break;
        case S::Syncing:
            setState(State::Syncing);
            break;
        case S::UpToDate:
            setState(State::UpToDate);
            break;
        case S::NeedsSignIn:
            setState(State::NotSignedIn);
            break;
        case S::Idle:
            break;
    }
}

void SyncIndicator::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated();
    QLabel::mouseReleaseEvent(event);
}

void SyncIndicator::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space) {
        emit activated();
        return;
    }
    QLabel::keyPressEvent(event);
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
    setToolTip(tr("Show what was not accepted by the server"));
}

}  // namespace satchel::ui
