#pragma once
// The status bar's sync indicator: one short phrase for the sync state (offline, syncing, up to
// date, N need attention). Until the SyncEngine lands it knows "not signed in" and "offline".

#include <QLabel>

namespace satchel::ui {

class SyncIndicator : public QLabel {
    Q_OBJECT
public:
    enum class State { NotSignedIn, Offline, Syncing, UpToDate, NeedsAttention };

    explicit SyncIndicator(QWidget* parent = nullptr);

    State state() const { return state_; }
    // `rejected` is the number of events the server refused, shown for NeedsAttention.
    void setState(State state, int rejected = 0);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    State state_ = State::NotSignedIn;
    int rejected_ = 0;
};

}  // namespace satchel::ui
