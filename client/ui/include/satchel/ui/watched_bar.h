#pragma once
// WatchedBar: a thin bar under the player's timeline showing the parts of the video already
// watched (on any device), drawn with the palette's highlight colour over its base colour.

#include <QWidget>

#include "satchel/merge.h"

namespace satchel::ui {

class WatchedBar : public QWidget {
    Q_OBJECT
public:
    explicit WatchedBar(QWidget* parent = nullptr);

    void setDurationMs(std::uint64_t durationMs);
    void setWatched(const WatchedIntervals& watched);
    const WatchedIntervals& watched() const { return watched_; }
    std::uint64_t durationMs() const { return durationMs_; }
    double percent() const { return percentWatched(watched_, durationMs_); }

    QSize sizeHint() const override { return {200, 6}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void updateAccessibleText();

    WatchedIntervals watched_;
    std::uint64_t durationMs_ = 0;
};

}  // namespace satchel::ui
