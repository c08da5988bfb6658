#include "satchel/ui/catalog_page.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStackedLayout>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include "satchel/ui/course_card_delegate.h"

namespace satchel::ui {

CatalogPage::CatalogPage(QWidget* parent)
    : QWidget(parent),
      heading_(new QLabel(this)),
      trendingHeading_(new QLabel(this)),
      trending_(new QListView(this)),
      trendingModel_(new QStandardItemModel(this)),
      search_(new QLineEdit(this)),
      courses_(new QListView(this)),
      emptyState_(new QLabel(this)),
      filter_(new QSortFilterProxyModel(this)) {
    setObjectName(QStringLiteral("catalogPage"));

    QFont headingFont = heading_->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading_->setFont(headingFont);

    QFont rowFont = trendingHeading_->font();
    rowFont.setBold(true);
    trendingHeading_->setFont(rowFont);
    trendingHeading_->setBuddy(trending_);
    trending_->setObjectName(QStringLiteral("trendingList"));
    trending_->setModel(trendingModel_);
    trending_->setFlow(QListView::LeftToRight);
    trending_->setWrapping(false);
    trending_->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    trending_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    trending_->setSpacing(6);
    trending_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    trending_->setFixedHeight(trending_->fontMetrics().lineSpacing() * 3 + 16);
    trendingHeading_->setVisible(false);
    trending_->setVisible(false);

    search_->setClearButtonEnabled(true);
    search_->setObjectName(QStringLiteral("catalogSearch"));

    filter_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    courses_->setModel(filter_);
    courses_->setObjectName(QStringLiteral("courseList"));
    courses_->setViewMode(QListView::IconMode);
    courses_->setResizeMode(QListView::Adjust);
    courses_->setUniformItemSizes(true);
    courses_->setSpacing(12);
    courses_->setItemDelegate(new CourseCardDelegate(courses_));
    courses_->setGridSize(CourseCardDelegate::kCardSize + QSize(8, 8));
    courses_->setWordWrap(true);

    emptyState_->setAlignment(Qt::AlignCenter);
    emptyState_->setWordWrap(true);
    emptyState_->setObjectName(QStringLiteral("catalogEmptyState"));

    auto* area = new QWidget(this);
    stack_ = new QStackedLayout(area);
    stack_->addWidget(courses_);
    stack_->addWidget(emptyState_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(heading_);
    layout->addWidget(trendingHeading_);
    layout->addWidget(trending_);
    layout->addWidget(search_);
    layout->addWidget(area, 1);

    // The filter first, then the empty state, whose text quotes the search.
    connect(search_, &QLineEdit::textChanged, filter_,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(search_, &QLineEdit::textChanged, this, &CatalogPage::showListOrEmptyState);
    connect(filter_, &QAbstractItemModel::rowsInserted, this, &CatalogPage::showListOrEmptyState);
    connect(filter_, &QAbstractItemModel::rowsRemoved, this, &CatalogPage::showListOrEmptyState);
    connect(filter_, &QAbstractItemModel::modelReset, this, &CatalogPage::showListOrEmptyState);
    connect(filter_, &QAbstractItemModel::layoutChanged, this, &CatalogPage::showListOrEmptyState);

    connect(courses_, &QListView::activated, this, [this](const QModelIndex& index) {
        emit courseActivated(filter_->mapToSource(index));
    });

    connect(trending_, &QListView::activated, this, [this](const QModelIndex& index) {
        if (const auto id = Uuid::parse(index.data(Qt::UserRole).toString().toStdString()))
            emit trendingActivated(*id);
    });

    retranslate();
    showListOrEmptyState();
}

void CatalogPage::setTrending(const std::vector<client::TrendingCourse>& courses) {
    trendingModel_->clear();
    for (const auto& course : courses) {
        auto* item = new QStandardItem(QString::fromStdString(course.title));
        item->setData(QString::fromStdString(course.courseId.toString()), Qt::UserRole);
        item->setToolTip(tr("%n learner(s) this week", nullptr, int(course.learners)));
        item->setData(QStringLiteral("%1, %2").arg(item->text(), item->toolTip()),
                      Qt::AccessibleTextRole);
        item->setEditable(false);
        trendingModel_->appendRow(item);
    }
    const bool any = !courses.empty();
    trendingHeading_->setVisible(any);
    trending_->setVisible(any);
}

void CatalogPage::setModel(QAbstractItemModel* model) {
    filter_->setSourceModel(model);
    showListOrEmptyState();
}

void CatalogPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CatalogPage::retranslate() {
    heading_->setText(tr("Catalog"));
    trendingHeading_->setText(tr("Popular &this week"));
    trending_->setAccessibleName(tr("Popular this week"));
    search_->setPlaceholderText(tr("Search courses"));
    search_->setAccessibleName(tr("Search courses"));
    courses_->setAccessibleName(tr("Courses"));
    showListOrEmptyState();
}

void CatalogPage::showListOrEmptyState() {
    const bool hasSource = filter_->sourceModel() && filter_->sourceModel()->rowCount() > 0;
    if (filter_->rowCount() > 0) {
        stack_->setCurrentWidget(courses_);
        return;
    }
    emptyState_->setText(hasSource ? tr("No course matches “%1”.").arg(search_->text())
                                   : tr("No courses yet.\nSign in to your school's server to "
                                        "see its catalog, or import a course file."));
    stack_->setCurrentWidget(emptyState_);
}

}  // namespace satchel::ui
