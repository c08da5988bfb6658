#include "satchel/ui/editor/course_tree_model.h"

#include <QIcon>
#include <QMimeData>

#include "satchel/ui/editor/course_document.h"

namespace satchel::ui::editor {
namespace {

// internalId: 0 for a module, module row + 1 for a lesson.
constexpr quintptr kModule = 0;
const QString kMime = QStringLiteral("application/x-satchel-draft-item");

QString kindName(LessonKind kind) {
    switch (kind) {
        case LessonKind::Video:
            return CourseTreeModel::tr("Video");
        case LessonKind::Reading:
            return CourseTreeModel::tr("Reading");
        case LessonKind::Quiz:
            return CourseTreeModel::tr("Quiz");
    }
    return {};
}

}  // namespace

CourseTreeModel::CourseTreeModel(CourseDocument& document, QObject* parent)
    : QAbstractItemModel(parent), document_(document) {
    connect(&document_, &CourseDocument::structureChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

QModelIndex CourseTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kModule);
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex CourseTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kModule)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kModule);
}

int CourseTreeModel::rowCount(const QModelIndex& parent) const {
    const auto& modules = document_.draft().modules;
    if (!parent.isValid())
        return static_cast<int>(modules.size());
    if (parent.internalId() != kModule || parent.column() != 0)
        return 0;
    return static_cast<int>(modules[static_cast<std::size_t>(parent.row())].lessons.size());
}

int CourseTreeModel::columnCount(const QModelIndex&) const {
    return 2;
}

QVariant CourseTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const auto& modules = document_.draft().modules;
    if (index.internalId() == kModule) {
        const auto& module = modules[static_cast<std::size_t>(index.row())];
        switch (role) {
            case Qt::DisplayRole:
            case Qt::EditRole:
                return index.column() == 0
                           ? QString::fromStdString(module.title)
                           : tr("%n lesson(s)", nullptr, static_cast<int>(module.lessons.size()));
            case IdRole:
                return QString::fromStdString(module.id.toString());
            case KindRole:
                return -1;
        }
        return {};
    }
    const auto& lesson =
        modules[index.internalId() - 1].lessons[static_cast<std::size_t>(index.row())];
    switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return index.column() == 0 ? QString::fromStdString(lesson.title)
                                       : kindName(lesson.kind);
        case IdRole:
            return QString::fromStdString(lesson.id.toString());
        case KindRole:
            return static_cast<int>(lesson.kind);
    }
    return {};
}

bool CourseTreeModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::EditRole || index.column() != 0)
        return false;
    const QString title = value.toString().trimmed();
    if (title.isEmpty())
        return false;
    if (isModule(index))
        document_.renameModule(idAt(index), title);
    else
        document_.renameLesson(idAt(index), title);
    return true;
}

Qt::ItemFlags CourseTreeModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() == 0)
        f |= Qt::ItemIsEditable;
    if (isModule(index))
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList CourseTreeModel::mimeTypes() const {
    return {kMime};
}

QMimeData* CourseTreeModel::mimeData(const QModelIndexList& indexes) const {
    if (indexes.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(kMime, data(indexes.first(), IdRole).toString().toLatin1());
    return mime;
}

bool CourseTreeModel::canDropMimeData(const QMimeData* mime, Qt::DropAction action, int, int,
                                      const QModelIndex& parent) const {
    if (action != Qt::MoveAction || !mime->hasFormat(kMime))
        return false;
    const auto id = Uuid::parse(mime->data(kMime).toStdString());
    if (!id)
        return false;
    const bool draggingModule = document_.draft().findModule(*id) != nullptr;
    // Modules drop between modules (top level); lessons drop into a module.
    return draggingModule ? !parent.isValid() : (parent.isValid() && isModule(parent));
}

bool CourseTreeModel::dropMimeData(const QMimeData* mime, Qt::DropAction action, int row,
                                   int column, const QModelIndex& parent) {
    if (!canDropMimeData(mime, action, row, column, parent))
        return false;
    const Uuid id = *Uuid::parse(mime->data(kMime).toStdString());
    const auto& draft = document_.draft();
    if (draft.findModule(id)) {
        std::size_t to = row < 0 ? draft.modules.size() : static_cast<std::size_t>(row);
        std::size_t from = 0;
        while (draft.modules[from].id != id)
            ++from;
        if (from < to)
            --to;  // the row counted the module itself, which leaves its place first
        document_.moveModule(id, to);
    } else {
        const Uuid moduleId = idAt(parent);
        const auto& lessons = draft.findModule(moduleId)->lessons;
        std::size_t to = row < 0 ? lessons.size() : static_cast<std::size_t>(row);
        for (std::size_t i = 0; i < lessons.size() && i < to; ++i)
            if (lessons[i].id == id) {
                --to;
                break;
            }
        document_.moveLesson(id, moduleId, to);
    }
    // The document rebuilt the model; returning false stops the view from removing rows.
    return false;
}

QModelIndex CourseTreeModel::indexOf(const Uuid& id) const {
    const auto& modules = document_.draft().modules;
    for (std::size_t m = 0; m < modules.size(); ++m) {
        if (modules[m].id == id)
            return index(static_cast<int>(m), 0);
        for (std::size_t l = 0; l < modules[m].lessons.size(); ++l)
            if (modules[m].lessons[l].id == id)
                return index(static_cast<int>(l), 0, index(static_cast<int>(m), 0));
    }
    return {};
}

Uuid CourseTreeModel::idAt(const QModelIndex& index) {
    return Uuid::parse(index.data(IdRole).toString().toStdString()).value_or(Uuid());
}

bool CourseTreeModel::isModule(const QModelIndex& index) {
    return index.isValid() && index.internalId() == kModule;
}

}  // namespace satchel::ui::editor
