#pragma once
// The catalog: a "popular this week" row (the server's trending courses), a search field over
// a list of courses. It shows whatever item model it is given (CatalogModel over client/core
// once courses sync) and explains itself when the list is empty.

#include <QWidget>
#include <vector>

#include "satchel/client/trending.h"

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;
class QStackedLayout;

namespace satchel::ui {

class CatalogPage : public QWidget {
    Q_OBJECT
public:
    explicit CatalogPage(QWidget* parent = nullptr);

    // The page does not own `model`. Rows are filtered by the search field (case-insensitive).
    void setModel(QAbstractItemModel* model);
    QListView* courseList() const { return courses_; }
    QLineEdit* searchField() const { return search_; }
    // The trending row; hidden while empty.
    void setTrending(const std::vector<client::TrendingCourse>& courses);
    QListView* trendingList() const { return trending_; }

signals:
    // A course was opened (double click, Enter); the index is the source model's.
    void courseActivated(const QModelIndex& sourceIndex);
    void trendingActivated(const satchel::Uuid& courseId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showListOrEmptyState();

    QLabel* heading_;
    QLabel* trendingHeading_;
    QListView* trending_;
    QStandardItemModel* trendingModel_;
    QLineEdit* search_;
    QListView* courses_;
    QLabel* emptyState_;
    QStackedLayout* stack_;
    QSortFilterProxyModel* filter_;
};

}  // namespace satchel::ui
