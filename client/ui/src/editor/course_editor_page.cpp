#include "satchel/ui/editor/course_editor_page.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QVBoxLayout>

#include "satchel/ui/editor/course_document.h"
#include "satchel/ui/editor/course_settings_panel.h"
#include "satchel/ui/editor/course_tree_model.h"
#include "satchel/ui/editor/draft_worker.h"
#include "satchel/ui/editor/publish_dialog.h"
#include "satchel/ui/editor/quiz_editor.h"
#include "satchel/ui/editor/reading_editor.h"
#include "satchel/ui/editor/video_lesson_editor.h"

namespace satchel::ui::editor {

CourseEditorPage::CourseEditorPage(DraftWorker& store, client::ApiClient* api, QWidget* parent)
    : QWidget(parent),
      store_(store),
      api_(api),
      toolbar_(new QToolBar),
      tree_(new QTreeView),
      editors_(new QStackedWidget),
      placeholder_(new QLabel(tr("Select a lesson to edit it, or add one."))),
      undoGroup_(new QUndoGroup(this)) {
    tree_->setObjectName(QStringLiteral("courseTree"));
    tree_->setDragDropMode(QAbstractItemView::InternalMove);
    tree_->setDefaultDropAction(Qt::MoveAction);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    tree_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    placeholder_->setAlignment(Qt::AlignCenter);
    editors_->addWidget(placeholder_);
    buildActions();
    auto* splitter = new QSplitter;
    splitter->addWidget(tree_);
    splitter->addWidget(editors_);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar_);
    layout->addWidget(splitter);

    // Saving waits for a pause so a burst of typing is one write, on the store's thread.
    saveTimer_.setSingleShot(true);
    saveTimer_.setInterval(400);
    connect(&saveTimer_, &QTimer::timeout, this, &CourseEditorPage::saveNow);
}

CourseEditorPage::~CourseEditorPage() {
    // Closed with a change not yet saved (the editor goes at sign-out): save it now. The store
    // runs calls in order and closes only after them, so the change reaches the database.
    if (saveTimer_.isActive()) {
        saveTimer_.stop();
        saveNow();
    }
}

void CourseEditorPage::setApi(client::ApiClient* api) {
    api_ = api;
    publish_->setEnabled(api_ != nullptr && document_ != nullptr);
}

void CourseEditorPage::buildActions() {
    back_ = toolbar_->addAction(tr("My courses"), this, &CourseEditorPage::backRequested);
    toolbar_->addSeparator();
    addModule_ = toolbar_->addAction(tr("Add module"), this, [this] {
        if (document_)
            select(document_->addModule(tr("New module")));
    });
    addVideo_ =
        toolbar_->addAction(tr("Add video"), this, [this] { addLesson(LessonKind::Video); });
    addReading_ =
        toolbar_->addAction(tr("Add reading"), this, [this] { addLesson(LessonKind::Reading); });
    addQuiz_ = toolbar_->addAction(tr("Add quiz"), this, [this] { addLesson(LessonKind::Quiz); });
    delete_ = toolbar_->addAction(tr("Delete"), this, &CourseEditorPage::deleteSelected);
    delete_->setShortcut(QKeySequence::Delete);
    delete_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    tree_->addAction(delete_);
    toolbar_->addSeparator();
    undo_ = undoGroup_->createUndoAction(this, tr("Undo"));
    undo_->setShortcut(QKeySequence::Undo);
    redo_ = undoGroup_->createRedoAction(this, tr("Redo"));
    redo_->setShortcut(QKeySequence::Redo);
    // Page-wide, but not while a text field has focus (it has its own undo for typing).
    for (QAction* a : {undo_, redo_}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        tree_->addAction(a);
        toolbar_->addAction(a);
    }
    toolbar_->addSeparator();
    settings_ = toolbar_->addAction(tr("Course settings"), this, [this] {
        tree_->clearSelection();
        selected_ = Uuid();
        showSelected();
    });
    publish_ = toolbar_->addAction(tr("Publish…"), this, &CourseEditorPage::openPublishDialog);
    for (QAction* a : {addModule_, addVideo_, addReading_, addQuiz_, delete_, settings_, publish_})
        a->setEnabled(false);
}

void CourseEditorPage::open(client::CourseDraft draft) {
    // The editors hold the old document: replace them with the document.
    for (QWidget* w : {static_cast<QWidget*>(settingsPanel_), static_cast<QWidget*>(video_),
                       static_cast<QWidget*>(reading_), static_cast<QWidget*>(quiz_)})
        delete w;
    delete publishDialog_;
    publishDialog_ = nullptr;
    tree_->setModel(nullptr);
    delete model_;
    if (document_)
        undoGroup_->removeStack(document_->undoStack());
    document_ = std::make_unique<CourseDocument>(std::move(draft));
    undoGroup_->addStack(document_->undoStack());
    undoGroup_->setActiveStack(document_->undoStack());

    model_ = new CourseTreeModel(*document_, this);
    tree_->setModel(model_);
    tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree_->expandAll();
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        tree_->expandAll();
        if (const QModelIndex index = model_->indexOf(selected_); index.isValid())
            tree_->setCurrentIndex(index);
    });
    connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) {
                    selected_ = CourseTreeModel::idAt(current);
                    showSelected();
                }
            });

    settingsPanel_ = new CourseSettingsPanel(*document_);
    video_ = new VideoLessonEditor(*document_);
    reading_ = new ReadingEditor(*document_);
    quiz_ = new QuizEditor(*document_);
    for (QWidget* w : {static_cast<QWidget*>(settingsPanel_), static_cast<QWidget*>(video_),
                       static_cast<QWidget*>(reading_), static_cast<QWidget*>(quiz_)})
        editors_->addWidget(w);
    connect(document_.get(), &CourseDocument::draftChanged, this, [this] {
        showSelected();
        scheduleSave();
        if (publishDialog_ && !publishDialog_->job())
            publishDialog_->refresh();
    });
    for (QAction* a : {addModule_, addVideo_, addReading_, addQuiz_, delete_, settings_})
        a->setEnabled(true);
    publish_->setEnabled(api_ != nullptr);
    selected_ = Uuid();
    showSelected();
}

Uuid CourseEditorPage::selectedModule() const {
    const auto& draft = document_->draft();
    if (draft.findModule(selected_))
        return selected_;
    for (const auto& module : draft.modules)
        for (const auto& lesson : module.lessons)
            if (lesson.id == selected_)
                return module.id;
    return draft.modules.empty() ? Uuid() : draft.modules.back().id;
}

void CourseEditorPage::addLesson(LessonKind kind) {
    if (!document_)
        return;
    Uuid module = selectedModule();
    if (module.isNil())
        module = document_->addModule(tr("Module 1"));
    const QString title = kind == LessonKind::Video     ? tr("New video")
                          : kind == LessonKind::Reading ? tr("New reading")
                                                        : tr("New quiz");
    select(document_->addLesson(module, kind, title));
}

void CourseEditorPage::deleteSelected() {
    if (!document_ || selected_.isNil())
        return;
    if (document_->draft().findModule(selected_))
        document_->removeModule(selected_);
    else
        document_->removeLesson(selected_);
}

void CourseEditorPage::select(const Uuid& id) {
    selected_ = id;
    if (const QModelIndex index = model_->indexOf(id); index.isValid())
        tree_->setCurrentIndex(index);
    showSelected();
}

void CourseEditorPage::showSelected() {
    if (!document_) {
        editors_->setCurrentWidget(placeholder_);
        return;
    }
    const auto& draft = document_->draft();
    const client::DraftLesson* lesson = draft.findLesson(selected_);
    if (!lesson) {
        if (!draft.findModule(selected_))
            selected_ = Uuid();
        editors_->setCurrentWidget(selected_.isNil() ? static_cast<QWidget*>(settingsPanel_)
                                                     : placeholder_);
        return;
    }
    switch (lesson->kind) {
        case LessonKind::Video:
            video_->setLesson(*lesson);
            editors_->setCurrentWidget(video_);
            break;
        case LessonKind::Reading:
            reading_->setLesson(*lesson);
            editors_->setCurrentWidget(reading_);
            break;
        case LessonKind::Quiz:
            quiz_->setLesson(*lesson);
            editors_->setCurrentWidget(quiz_);
            break;
    }
}

void CourseEditorPage::scheduleSave() {
    const bool wasSaved = saved();
    saveTimer_.start();
    if (wasSaved)
        emit savedChanged(false);
}

void CourseEditorPage::saveNow() {
    if (!document_)
        return;
    ++savesInFlight_;
    store_.save(document_->draft(), this, [this](client::StoreResult<client::CourseDraft> r) {
        --savesInFlight_;
        if (!r)
            emit saveFailed(tr("The draft could not be saved: %1").arg(r.error().message));
        if (saved())
            emit savedChanged(true);
    });
}

void CourseEditorPage::openPublishDialog() {
    if (!document_ || !api_)
        return;
    if (!publishDialog_)
        publishDialog_ = new PublishDialog(*api_, *document_, this);
    publishDialog_->refresh();
    publishDialog_->show();
}

}  // namespace satchel::ui::editor
