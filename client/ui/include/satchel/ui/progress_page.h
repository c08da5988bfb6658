#pragma once
// ProgressPage: how far the student has come, per course and overall, as a bar chart painted
// with QPainter from CatalogModel's ProgressRole (enrolled courses only). It repaints whenever
// the model changes, so it follows recordings and pulls without polling.

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QPushButton;

namespace satchel::ui {

class ProgressChart : public QWidget {
    Q_OBJECT
public:
    explicit ProgressChart(QWidget* parent = nullptr);
    void setModel(QAbstractItemModel* model);
    // Mean progress (0..1) over the enrolled courses; 0 with none.
    double overall() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QAbstractItemModel* model_ = nullptr;
};

class ProgressPage : public QWidget {
    Q_OBJECT
public:
    explicit ProgressPage(QWidget* parent = nullptr);
    void setModel(QAbstractItemModel* model);
    ProgressChart* chart() const { return chart_; }

signals:
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* heading_;
    QLabel* overall_;
    QPushButton* backButton_;
    ProgressChart* chart_;
};

}  // namespace satchel::ui
