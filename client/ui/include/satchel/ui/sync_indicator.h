#pragma once
// The status bar's sync indicator: one short phrase for the sync state (offline, syncing, up to
// date, N need attention). It is focusable and activates (click, Enter, Space) to open the
// view of events the server refused.

#include <QLabel>

namespace satchel::client {
struct SyncStatus;
}

namespace satchel::ui {

class SyncIndicator : public QLabel {
    Q_OBJECT
public:
    enum class State { NotSignedIn, Offline, Syncing, UpToDate, NeedsAttention };

    explicit SyncIndicator(QWidget* parent = nullptr);

    State state() const { return state_; }
    // `rejected` is the number of events the server refused, shown for NeedsAttention.
    void setState(State state, int rejected = 0);
    // Maps the SyncEngine's status: refused events win over everything else, since they
    // need the student; then offline, syncing and up to date.
    void setStatus(const client::SyncStatus& status);

signals:
    void activated();

protected:
    void changeEvent(QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void retranslate();

    State state_ = State::NotSignedIn;
    int rejected_ = 0;
};

}  // namespace satchel::ui
