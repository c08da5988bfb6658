#include "satchel/ui/downloads_page.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

#include "satchel/ui/downloads_model.h"
#include "satchel/ui/student_controller.h"

namespace satchel::ui {
namespace {
// Draws the progress column as a progress bar with the row's text on it.
class ProgressBarDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(index.data(DownloadsModel::FractionRole).toDouble() * 1000.0);
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.direction = option.direction;
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        if (option.state & QStyle::State_Selected)
            painter->fillRect(option.rect, option.palette.highlight());
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(std::max(size.width(), 220));
        return size;
    }
};
}  // namespace

DownloadsPage::DownloadsPage(StudentController& controller, QWidget* parent)
    : QWidget(parent),
      controller_(controller),
      heading_(new QLabel(this)),
      back_(new QPushButton(this)),
      list_(new QTreeView(this)),
      emptyState_(new QLabel(this)),
      pause_(new QPushButton(this)),
      resume_(new QPushButton(this)),
      cancel_(new QPushButton(this)),
      remove_(new QPushButton(this)),
      disk_(new QLabel(this)) {
    setObjectName(QStringLiteral("downloadsPage"));
    QFont headingFont = heading_->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading_->setFont(headingFont);

    list_->setObjectName(QStringLiteral("downloadsList"));
    list_->setModel(controller_.downloads());
    list_->setRootIsDecorated(false);
    list_->setUniformRowHeights(true);
    list_->setAllColumnsShowFocus(true);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setSelectionBehavior(QAbstractItemView::SelectRows);
    list_->setItemDelegateForColumn(DownloadsModel::ProgressColumn, new ProgressBarDelegate(list_));
    list_->header()->setStretchLastSection(false);
    list_->header()->setSectionResizeMode(DownloadsModel::CourseColumn, QHeaderView::Stretch);
    list_->header()->setSectionResizeMode(DownloadsModel::ProgressColumn,
                                          QHeaderView::ResizeToContents);
    emptyState_->setWordWrap(true);
    emptyState_->setAlignment(Qt::AlignCenter);
    disk_->setObjectName(QStringLiteral("diskUsed"));
    pause_->setObjectName(QStringLiteral("pauseDownload"));
    resume_->setObjectName(QStringLiteral("resumeDownload"));
    cancel_->setObjectName(QStringLiteral("cancelDownload"));
    remove_->setObjectName(QStringLiteral("removeOfflineCopy"));

    auto* top = new QHBoxLayout;
    top->addWidget(back_);
    top->addWidget(heading_, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(pause_);
    buttons->addWidget(resume_);
    buttons->addWidget(cancel_);
    buttons->addWidget(remove_);
    buttons->addStretch(1);
    buttons->addWidget(disk_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(top);
    layout->addWidget(list_, 1);
    layout->addWidget(emptyState_, 1);
    layout->addLayout(buttons);

    connect(back_, &QPushButton::clicked, this, &DownloadsPage::backRequested);
    connect(pause_, &QPushButton::clicked, this,
            [this] { controller_.pauseDownload(selectedCourse()); });
    connect(resume_, &QPushButton::clicked, this,
            [this] { controller_.resumeDownload(selectedCourse()); });
    connect(cancel_, &QPushButton::clicked, this,
            [this] { controller_.cancelDownload(selectedCourse()); });
    connect(remove_, &QPushButton::clicked, this,
            [this] { controller_.removeOfflineCopy(selectedCourse()); });
    connect(list_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DownloadsPage::updateButtons);
    auto* model = controller_.downloads();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &DownloadsPage::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &DownloadsPage::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &DownloadsPage::updateButtons);
    connect(&controller_, &StudentController::diskUsageChanged, this, &DownloadsPage::updateDisk);
    retranslate();
    updateButtons();
}

void DownloadsPage::selectCourse(const Uuid& courseId) {
    const int row = controller_.downloads()->rowOf(courseId);
    if (row >= 0)
        list_->setCurrentIndex(controller_.downloads()->index(row, 0));
}

Uuid DownloadsPage::selectedCourse() const {
    const auto* row = controller_.downloads()->row(list_->currentIndex().row());
    return row ? row->courseId : Uuid{};
}

void DownloadsPage::updateButtons() {
    const auto* row = controller_.downloads()->row(list_->currentIndex().row());
    // With nothing selected yet, the first row is the one the buttons act on.
    if (!row && controller_.downloads()->rowCount() > 0) {
        list_->setCurrentIndex(controller_.downloads()->index(0, 0));
        return;  // currentRowChanged calls back
    }
    using State = DownloadsModel::State;
    const bool any = row != nullptr;
    const bool running = any && (row->state == State::Downloading || row->state == State::Queued);
    pause_->setEnabled(running);
    resume_->setEnabled(any && (row->state == State::Paused || row->state == State::Failed));
    cancel_->setEnabled(running || (any && row->state == State::Paused));
    remove_->setEnabled(any && !running);
    const bool empty = controller_.downloads()->rowCount() == 0;
    list_->setVisible(!empty);
    emptyState_->setVisible(empty);
}

void DownloadsPage::updateDisk(qint64 bytes) {
    diskBytes_ = bytes;
    disk_->setText(tr("Disk used: %1").arg(QLocale().formattedDataSize(bytes)));
    disk_->setAccessibleName(disk_->text());
}

void DownloadsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DownloadsPage::retranslate() {
    heading_->setText(tr("Downloads"));
    back_->setText(tr("Back to catalog"));
    list_->setAccessibleName(tr("Downloaded courses"));
    emptyState_->setText(
        tr("Nothing downloaded yet.\nOpen a course and choose “Download for "
           "offline use” to keep it on this computer."));
    pause_->setText(tr("&Pause"));
    pause_->setAccessibleName(tr("Pause the download"));
    resume_->setText(tr("&Resume"));
    resume_->setAccessibleName(tr("Resume the download"));
    cancel_->setText(tr("&Cancel"));
    cancel_->setAccessibleName(tr("Cancel the download"));
    remove_->setText(tr("Re&move offline copy"));
    remove_->setAccessibleName(tr("Remove the course's offline copy"));
    controller_.downloads()->retranslate();
    updateDisk(diskBytes_);
}

}  // namespace satchel::ui
