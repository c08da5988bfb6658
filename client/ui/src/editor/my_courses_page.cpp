#include "satchel/ui/editor/my_courses_page.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include "satchel/ui/editor/draft_worker.h"

namespace satchel::ui::editor {

MyCoursesPage::MyCoursesPage(DraftWorker& store, QWidget* parent)
    : QWidget(parent),
      store_(store),
      model_(new QStandardItemModel(this)),
      view_(new QListView),
      open_(new QPushButton(tr("Open"))),
      delete_(new QPushButton(tr("Delete draft"))) {
    view_->setObjectName(QStringLiteral("myCourses"));
    view_->setModel(model_);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* create = new QPushButton(tr("New course…"));
    auto* title = new QLabel(tr("My courses"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    title->setFont(font);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(open_);
    buttons->addWidget(delete_);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(view_);
    layout->addLayout(buttons);

    connect(create, &QPushButton::clicked, this, &MyCoursesPage::askForNewCourse);
    connect(view_, &QListView::activated, this, [this] {
        if (const Uuid id = currentId(); !id.isNil())
            emit openRequested(id);
    });
    connect(open_, &QPushButton::clicked, this, [this] {
        if (const Uuid id = currentId(); !id.isNil())
            emit openRequested(id);
    });
    connect(delete_, &QPushButton::clicked, this, [this] {
        const Uuid id = currentId();
        if (id.isNil())
            return;
        const auto answer = QMessageBox::question(
            this, tr("Delete draft"),
            tr("Delete this draft from this computer? Published versions stay on the server."));
        if (answer != QMessageBox::Yes)
            return;
        store_.remove(id, this, [this](client::StoreResult<void> r) {
            // NotFound: already gone from this account's drafts; the list shows it.
            if (!r && r.error().kind != client::StoreError::Kind::NotFound)
                emit failed(r.error().message);
            reload();
        });
    });
}

void MyCoursesPage::askForNewCourse() {
    // open(), not getText(): no nested event loop (the dialog answers through its signal).
    auto* ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("newCourseDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("New course"));
    ask->setLabelText(tr("Title:"));
    ask->setInputMode(QInputDialog::TextInput);
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString& name) {
        if (!name.trimmed().isEmpty())
            createCourse(name.trimmed());
    });
    ask->open();
}

Uuid MyCoursesPage::currentId() const {
    const QModelIndex index = view_->currentIndex();
    return index.isValid()
               ? Uuid::parse(index.data(Qt::UserRole).toString().toStdString()).value_or(Uuid())
               : Uuid();
}

void MyCoursesPage::reload() {
    store_.list(this, [this](client::StoreResult<std::vector<client::DraftSummary>> r) {
        if (!r) {
            emit failed(r.error().message);
            return;
        }
        model_->clear();
        const QLocale locale;
        for (const auto& d : *r) {
            const QString when = locale.toString(QDateTime::fromMSecsSinceEpoch(d.updatedAtMs),
                                                 QLocale::ShortFormat);
            const QString state = d.publishedVersion
                                      ? tr("published version %1").arg(*d.publishedVersion)
                                      : tr("never published");
            auto* item = new QStandardItem(
                tr("%1 — %2, changed %3").arg(QString::fromStdString(d.title), state, when));
            item->setData(QString::fromStdString(d.id.toString()), Qt::UserRole);
            model_->appendRow(item);
        }
        emit reloaded();
    });
}

void MyCoursesPage::createCourse(const QString& title) {
    client::CourseDraft draft = client::newCourseDraft(title.toStdString());
    store_.save(std::move(draft), this, [this](client::StoreResult<client::CourseDraft> r) {
        if (!r) {
            emit failed(r.error().message);
            return;
        }
        reload();
        emit openRequested(r->id);
    });
}

}  // namespace satchel::ui::editor
