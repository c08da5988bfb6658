#pragma once
// CourseCardDelegate: paints a catalog row as a card (title, description, lessons and size,
// download state, a progress bar) from CatalogModel's roles, in the palette's colours and
// with a visible focus frame. Rows without those roles (any plain model) show their title.

#include <QStyledItemDelegate>

namespace satchel::ui {

class CourseCardDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr QSize kCardSize{232, 150};

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const override {
        return kCardSize;
    }
};

}  // namespace satchel::ui
