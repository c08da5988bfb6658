#include "satchel/ui/progress_page.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include "satchel/ui/catalog_model.h"

namespace satchel::ui {
namespace {
constexpr int kRowHeight = 28;
constexpr int kLabelWidth = 260;
}  // namespace

ProgressChart::ProgressChart(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("progressChart"));
    setMinimumHeight(kRowHeight * 2);
    setFocusPolicy(Qt::TabFocus);
}

void ProgressChart::setModel(QAbstractItemModel* model) {
    model_ = model;
    auto repaint = [this] {
        int rows = 0;
        for (int r = 0; model_ && r < model_->rowCount(); ++r)
            rows += model_->index(r, 0).data(CatalogModel::EnrolledRole).toBool() ? 1 : 0;
        setMinimumHeight(std::max(2, rows) * kRowHeight + 8);
        setAccessibleName(tr("Overall progress: %1%").arg(int(overall() * 100 + 0.5)));
        update();
    };
    connect(model, &QAbstractItemModel::modelReset, this, repaint);
    connect(model, &QAbstractItemModel::layoutChanged, this, repaint);
    connect(model, &QAbstractItemModel::dataChanged, this, repaint);
    connect(model, &QAbstractItemModel::rowsInserted, this, repaint);
    repaint();
}

double ProgressChart::overall() const {
    double sum = 0;
    int count = 0;
    for (int r = 0; model_ && r < model_->rowCount(); ++r) {
        const QModelIndex index = model_->index(r, 0);
        if (!index.data(CatalogModel::EnrolledRole).toBool())
            continue;
        sum += index.data(CatalogModel::ProgressRole).toDouble();
        ++count;
    }
    return count ? sum / count : 0.0;
}

void ProgressChart::paintEvent(QPaintEvent*) {
    if (!model_)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const int barLeft = kLabelWidth + 12;
    const int barWidth = std::max(40, width() - barLeft - 60);
    int y = 4;
    for (int r = 0; r < model_->rowCount(); ++r) {
        const QModelIndex index = model_->index(r, 0);
        if (!index.data(CatalogModel::EnrolledRole).toBool())
            continue;
        const double value =
            std::clamp(index.data(CatalogModel::ProgressRole).toDouble(), 0.0, 1.0);
        QRect label(0, y, kLabelWidth, kRowHeight - 6);
        QRectF track(barLeft, y + 4, barWidth, kRowHeight - 14);
        QRect percent(barLeft + barWidth + 8, y, 52, kRowHeight - 6);
        if (rtl) {
            label.moveRight(width() - 1);
            track.moveRight(width() - 1 - barLeft);
            percent.moveRight(int(track.left()) - 8);
        }
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(label, Qt::AlignVCenter | Qt::AlignLeading,
                         fontMetrics().elidedText(index.data(Qt::DisplayRole).toString(),
                                                  Qt::ElideRight, kLabelWidth));
        painter.setPen(Qt::NoPen);
        painter.setBrush(pal.color(QPalette::Midlight));
        painter.drawRoundedRect(track, 4, 4);
        QRectF filled = track;
        filled.setWidth(track.width() * value);
        if (rtl)
            filled.moveRight(track.right());
        painter.setBrush(pal.color(QPalette::Highlight));
        if (value > 0)
            painter.drawRoundedRect(filled, 4, 4);
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(percent, Qt::AlignVCenter | Qt::AlignLeading,
                         QLocale().toString(value * 100, 'f', 0) + QLocale().percent());
        y += kRowHeight;
    }
}

ProgressPage::ProgressPage(QWidget* parent)
    : QWidget(parent),
      heading_(new QLabel(this)),
      overall_(new QLabel(this)),
      backButton_(new QPushButton(this)),
      chart_(new ProgressChart(this)) {
    setObjectName(QStringLiteral("progressPage"));
    QFont headingFont = heading_->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading_->setFont(headingFont);
    overall_->setObjectName(QStringLiteral("overallProgress"));
    auto* top = new QHBoxLayout;
    top->addWidget(backButton_);
    top->addWidget(heading_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(top);
    layout->addWidget(overall_);
    layout->addWidget(chart_);
    layout->addStretch(1);
    connect(backButton_, &QPushButton::clicked, this, &ProgressPage::backRequested);
    retranslate();
}

void ProgressPage::setModel(QAbstractItemModel* model) {
    chart_->setModel(model);
    auto update = [this] { retranslate(); };
    connect(model, &QAbstractItemModel::dataChanged, this, update);
    connect(model, &QAbstractItemModel::modelReset, this, update);
    retranslate();
}

void ProgressPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProgressPage::retranslate() {
    heading_->setText(tr("My progress"));
    backButton_->setText(tr("Back to catalog"));
    overall_->setText(tr("Overall: %1% of your courses completed")
                          .arg(QLocale().toString(chart_->overall() * 100, 'f', 0)));
    overall_->setAccessibleName(overall_->text());
}

}  // namespace satchel::ui
