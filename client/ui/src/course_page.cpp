#include "satchel/ui/course_page.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "satchel/ui/catalog_model.h"
#include "satchel/ui/course_outline_model.h"
#include "satchel/ui/student_controller.h"

namespace satchel::ui {

CoursePage::CoursePage(StudentController& controller, QWidget* parent)
    : QWidget(parent),
      controller_(controller),
      outline_(new CourseOutlineModel(this)),
      title_(new QLabel(this)),
      description_(new QLabel(this)),
      backButton_(new QPushButton(this)),
      download_(new QPushButton(this)),
      progress_(new QProgressBar(this)),
      downloadState_(new QLabel(this)),
      tree_(new QTreeView(this)) {
    setObjectName(QStringLiteral("coursePage"));
    QFont headingFont = title_->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    title_->setFont(headingFont);
    description_->setWordWrap(true);
    download_->setObjectName(QStringLiteral("downloadCourse"));
    progress_->setObjectName(QStringLiteral("courseProgress"));
    progress_->setRange(0, 100);
    tree_->setObjectName(QStringLiteral("courseOutline"));
    tree_->setModel(outline_);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(true);

    auto* top = new QHBoxLayout;
    top->addWidget(backButton_);
    top->addWidget(title_, 1);
    top->addWidget(download_);
    auto* status = new QHBoxLayout;
    status->addWidget(progress_, 1);
    status->addWidget(downloadState_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(top);
    layout->addWidget(description_);
    layout->addLayout(status);
    layout->addWidget(tree_, 1);

    connect(backButton_, &QPushButton::clicked, this, &CoursePage::backRequested);
    connect(download_, &QPushButton::clicked, this,
            [this] { controller_.downloadCourse(manifest_.courseId); });
    connect(tree_, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (const Lesson* lesson = outline_->lessonAt(index))
            emit lessonActivated(*lesson);
    });
    connect(&controller_, &StudentController::progressChanged, this, [this](const Uuid& id) {
        if (id == manifest_.courseId)
            reload();
    });
    connect(controller_.catalog(), &QAbstractItemModel::dataChanged, this,
            &CoursePage::updateHeader);
    connect(&controller_, &StudentController::courseDownloaded, this, [this](const Uuid& id) {
        if (id == manifest_.courseId)
            showCourse(manifest_);
    });
    connect(&controller_, &StudentController::offlineCopyRemoved, this, [this](const Uuid& id) {
        if (id == manifest_.courseId)
            showCourse(manifest_);
    });
    retranslate();
}

void CoursePage::showCourse(const CourseManifest& manifest) {
    manifest_ = manifest;
    title_->setText(QString::fromStdString(manifest.title));
    description_->setText(QString::fromStdString(manifest.description));
    outline_->setManifest(manifest_, [this](const std::string& sha) {
        return !controller_.localAsset(sha).isEmpty();
    });
    // The model's reset drops the header's per-section modes: set them again.
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(CourseOutlineModel::TitleColumn, QHeaderView::Stretch);
    tree_->header()->setSectionResizeMode(CourseOutlineModel::StateColumn,
                                          QHeaderView::ResizeToContents);
    tree_->expandAll();
    updateHeader();
    reload();
}

void CoursePage::reload() {
    if (manifest_.courseId.isNil())
        return;
    const Uuid courseId = manifest_.courseId;
    controller_.store().run<client::StoreResult<std::vector<LessonState>>>(
        [courseId](client::LocalStore& store) { return store.courseProgress(courseId); }, this,
        [this, courseId](client::StoreResult<std::vector<LessonState>> states) {
            if (states && courseId == manifest_.courseId)
                outline_->setLessonStates(*states);
        });
    for (const Module& module : manifest_.modules) {
        for (const Lesson& lesson : module.lessons) {
            if (lesson.kind != LessonKind::Quiz)
                continue;
            const Uuid lessonId = lesson.id;
            controller_.store().run<client::StoreResult<std::vector<client::StoredAttempt>>>(
                [lessonId](client::LocalStore& store) { return store.attempts(lessonId); }, this,
                [this, lessonId](client::StoreResult<std::vector<client::StoredAttempt>> found) {
                    if (found)
                        outline_->setAttempts(lessonId, *found);
                });
        }
    }
}

void CoursePage::updateHeader() {
    CatalogModel* catalog = controller_.catalog();
    const double fraction = catalog->progress(manifest_.courseId);
    progress_->setValue(int(fraction * 100.0 + 0.5));
    progress_->setFormat(tr("%p% complete"));
    progress_->setAccessibleName(tr("Course progress: %1%").arg(progress_->value()));
    using State = CatalogModel::DownloadState;
    const State state = catalog->downloadState(manifest_.courseId);
    const int row = catalog->rowOf(manifest_.courseId);
    const double got =
        row < 0 ? 0.0 : catalog->index(row).data(CatalogModel::DownloadFractionRole).toDouble();
    switch (state) {
        case State::NotDownloaded:
            downloadState_->setText(
                tr("Not downloaded (%1)")
                    .arg(QLocale().formattedDataSize(qint64(manifest_.totalAssetBytes()))));
            break;
        case State::Downloading:
            downloadState_->setText(
                tr("Downloading… %1%").arg(QLocale().toString(got * 100.0, 'f', 0)));
            break;
        case State::Downloaded:
            downloadState_->setText(tr("Available offline"));
            break;
        case State::Failed:
            downloadState_->setText(tr("Download failed; try again"));
            break;
    }
    download_->setEnabled(state != State::Downloading && state != State::Downloaded);
}

void CoursePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CoursePage::retranslate() {
    backButton_->setText(tr("Back to catalog"));
    download_->setText(tr("Download for offline use"));
    tree_->setAccessibleName(tr("Lessons"));
    if (!manifest_.courseId.isNil()) {
        outline_->setHorizontalHeaderLabels({tr("Lesson"), tr("State")});
        updateHeader();
    }
}

}  // namespace satchel::ui
