#include "satchel/ui/course_card_delegate.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include "satchel/ui/catalog_model.h"

namespace satchel::ui {

void CourseCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = option.palette;
    const QRectF card = QRectF(option.rect).adjusted(3, 3, -3, -3);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    QPainterPath path;
    path.addRoundedRect(card, 8, 8);
    painter->fillPath(path, pal.color(QPalette::Base));
    painter->setPen(
        QPen(selected || focused ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
             focused ? 2.5 : 1.0));
    painter->drawPath(path);

    const QRect inner = card.adjusted(12, 10, -12, -10).toRect();
    QFont titleFont = option.font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    painter->setFont(titleFont);
    painter->setPen(pal.color(QPalette::Text));
    const QFontMetrics titleMetrics(titleFont);
    const QString title = titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(),
                                                  Qt::ElideRight, inner.width());
    painter->drawText(inner.topLeft() + QPoint(0, titleMetrics.ascent()), title);

    painter->setFont(option.font);
    const QFontMetrics metrics(option.font);
    const QRect descriptionRect(inner.left(), inner.top() + titleMetrics.height() + 4,
                                inner.width(), metrics.height() * 2);
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(descriptionRect, Qt::TextWordWrap | Qt::AlignLeading,
                      index.data(CatalogModel::DescriptionRole).toString());

    const QVariant lessons = index.data(CatalogModel::LessonCountRole);
    if (lessons.isValid()) {
        const auto size = qint64(index.data(CatalogModel::SizeBytesRole).toULongLong());
        using State = CatalogModel::DownloadState;
        const auto state = State(index.data(CatalogModel::DownloadStateRole).toInt());
        QString stateText;
        switch (state) {
            case State::NotDownloaded:
                stateText = index.data(CatalogModel::EnrolledRole).toBool()
                                ? QLocale().formattedDataSize(size)
                                : tr("Not enrolled");
                break;
            case State::Downloading:
                stateText =
                    tr("Downloading %1%")
                        .arg(int(index.data(CatalogModel::DownloadFractionRole).toDouble() * 100));
                break;
            case State::Downloaded:
                stateText = tr("Offline ✓");
                break;
            case State::Failed:
                stateText = tr("Download failed");
                break;
        }
        const QString line =
            tr("%n lesson(s)", nullptr, lessons.toInt()) + QStringLiteral(" · ") + stateText;
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(QPoint(inner.left(), inner.bottom() - 14), line);

        const double progress = index.data(CatalogModel::ProgressRole).toDouble();
        const QRectF bar(inner.left(), inner.bottom() - 6, inner.width(), 6);
        QPainterPath barPath;
        barPath.addRoundedRect(bar, 3, 3);
        painter->fillPath(barPath, pal.color(QPalette::Midlight));
        if (progress > 0) {
            QPainterPath done;
            QRectF filled = bar;
            filled.setWidth(bar.width() * std::min(1.0, progress));
            if (option.direction == Qt::RightToLeft)
                filled.moveRight(bar.right());
            done.addRoundedRect(filled, 3, 3);
            painter->fillPath(done, pal.color(QPalette::Highlight));
        }
    }
    painter->restore();
}

}  // namespace satchel::ui
