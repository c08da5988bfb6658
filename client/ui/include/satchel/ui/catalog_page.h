#pragma once
// The catalog: a search field over a list of courses. It shows whatever item model it is given
// (CatalogModel over client/core once courses sync) and explains itself when the list is empty.

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
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

signals:
    // A course was opened (double click, Enter); the index is the source model's.
    void courseActivated(const QModelIndex& sourceIndex);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showListOrEmptyState();

    QLabel* heading_;
    QLineEdit* search_;
    QListView* courses_;
    QLabel* emptyState_;
    QStackedLayout* stack_;
    QSortFilterProxyModel* filter_;
};

}  // namespace satchel::ui
