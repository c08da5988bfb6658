#include "satchel/ui/watched_bar.h"

#include <QLocale>
#include <QPainter>

namespace satchel::ui {

WatchedBar::WatchedBar(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("watchedBar"));
    setMinimumHeight(6);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateAccessibleText();
}

void WatchedBar::setDurationMs(std::uint64_t durationMs) {
    durationMs_ = durationMs;
    updateAccessibleText();
    update();
}

void WatchedBar::setWatched(const WatchedIntervals& watched) {
    watched_ = watched;
    updateAccessibleText();
    update();
}

void WatchedBar::updateAccessibleText() {
    setAccessibleName(tr("Watched: %1%").arg(QLocale().toString(percent(), 'f', 0)));
}

void WatchedBar::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QRect area = rect();
    painter.fillRect(area, palette().color(QPalette::Mid));
    if (durationMs_ == 0)
        return;
    const QColor watched = palette().color(QPalette::Highlight);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    for (const Interval& interval : watched_.intervals()) {
        const double from = double(std::min(interval.startMs, durationMs_)) / durationMs_;
        const double to = double(std::min(interval.endMs, durationMs_)) / durationMs_;
        int x0 = int(from * area.width());
        int x1 = int(to * area.width() + 0.5);
        if (rtl) {
            x0 = area.width() - x0;
            x1 = area.width() - x1;
            std::swap(x0, x1);
        }
        painter.fillRect(QRect(x0, 0, std::max(1, x1 - x0), area.height()), watched);
    }
}

}  // namespace satchel::ui
