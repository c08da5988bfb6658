#pragma once
// CourseTreeModel: modules (top level) and their lessons, over a CourseDocument. Renaming
// (setData), dropping (drag and drop moves modules, and lessons within or across modules)
// and every other change go through the document's undo stack; the model rebuilds itself when
// the document's structure changes.

#include <QAbstractItemModel>

#include "satchel/ids.h"

namespace satchel::ui::editor {

class CourseDocument;

class CourseTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole };  // KindRole: -1 module, else LessonKind

    explicit CourseTreeModel(CourseDocument& document, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    // The index of a module or lesson id (invalid when absent).
    QModelIndex indexOf(const Uuid& id) const;
    static Uuid idAt(const QModelIndex& index);
    static bool isModule(const QModelIndex& index);

private:
    CourseDocument& document_;
};

}  // namespace satchel::ui::editor
