#include "satchel/ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>

#include "satchel/client/notification_center.h"
#include "satchel/client/webvtt.h"
#include "satchel/ui/app_settings.h"
#include "satchel/ui/catalog_model.h"
#include "satchel/ui/catalog_page.h"
#include "satchel/ui/course_page.h"
#include "satchel/ui/downloads_page.h"
#include "satchel/ui/instructor/instructor_tools.h"
#include "satchel/ui/notifications_page.h"
#include "satchel/ui/player_page.h"
#include "satchel/ui/progress_page.h"
#include "satchel/ui/quiz_page.h"
#include "satchel/ui/reading_page.h"
#include "satchel/ui/rejected_events_dialog.h"
#include "satchel/ui/settings_page.h"
#include "satchel/ui/sign_in_page.h"
#include "satchel/ui/student_controller.h"
#include "satchel/ui/sync_indicator.h"
#include "satchel/ui/tray_notifier.h"
#include "satchel/version.h"

namespace satchel::ui {
namespace {
// Readings are short Markdown files; anything larger is not a reading we render.
constexpr qint64 kMaxReadingBytes = 4 * 1024 * 1024;
// A captions file for hours of video is well under this.
constexpr qint64 kMaxCaptionsBytes = 4 * 1024 * 1024;
}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      pages_(new QStackedWidget(this)),
      catalog_(new CatalogPage(this)),
      syncIndicator_(new SyncIndicator(this)),
      serverLabel_(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    pages_->addWidget(catalog_);
    setCentralWidget(pages_);
    resize(1100, 720);
    setMinimumSize(640, 420);

    serverLabel_->setObjectName(QStringLiteral("serverLabel"));
    serverLabel_->setContentsMargins(8, 0, 8, 0);
    statusBar()->addWidget(serverLabel_, 1);
    statusBar()->addPermanentWidget(syncIndicator_);

    createMenus();
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::setServerUrl(const QUrl& url) {
    serverUrl_ = url;
    if (signIn_ && !url.isEmpty())
        signIn_->setServer(url);
    retranslate();
}

void MainWindow::attach(StudentController& controller, AppSettings* settings) {
    controller_ = &controller;
    appSettings_ = settings;
    signIn_ = new SignInPage(controller, this);
    course_ = new CoursePage(controller, this);
    player_ = new PlayerPage(controller, this);
    reading_ = new ReadingPage(this);
    quiz_ = new QuizPage(controller, this);
    progress_ = new ProgressPage(this);
    progress_->setModel(controller.catalog());
    downloads_ = new DownloadsPage(controller, this);
    rejectedDialog_ = new RejectedEventsDialog(this);
    notifications_ = new NotificationsPage(this);
    for (QWidget* page : std::initializer_list<QWidget*>{signIn_, course_, player_, reading_, quiz_,
                                                         progress_, downloads_, notifications_})
        pages_->addWidget(page);
    connect(notifications_, &NotificationsPage::backRequested, this, &MainWindow::showCatalog);
    connect(&controller, &StudentController::notificationCenterChanged, this,
            &MainWindow::bindNotifications);
    bindNotifications(controller.notifications());
    viewMenu_->menuAction()->setVisible(true);
    if (settings) {
        settings_ = new SettingsPage(controller, *settings, this);
        pages_->addWidget(settings_);
        connect(settings_, &SettingsPage::backRequested, this, &MainWindow::showCatalog);
        connect(settings_, &SettingsPage::serverChanged, this, &MainWindow::setServerUrl);
        connect(settings_, &SettingsPage::desktopNotificationsChanged, this, [this](bool on) {
            if (tray_)
                tray_->setEnabled(on);
        });
    }
    if (!serverUrl_.isEmpty())
        signIn_->setServer(serverUrl_);
    catalog_->setModel(controller.catalog());
    pages_->setCurrentWidget(signIn_);

    connect(&controller, &StudentController::signedInChanged, this, [this](bool in) {
        syncIndicator_->setState(in ? SyncIndicator::State::Syncing
                                    : SyncIndicator::State::NotSignedIn);
        signOutAction_->setEnabled(in);
        syncAction_->setEnabled(in);
        if (in) {
            setServerUrl(controller_->server());
            showCatalog();
        } else {
            leaveLesson();
            pages_->setCurrentWidget(signIn_);
        }
    });
    connect(&controller, &StudentController::syncStatusChanged, syncIndicator_,
            &SyncIndicator::setStatus);
    connect(syncIndicator_, &SyncIndicator::activated, this, &MainWindow::showRejectedEvents);
    connect(catalog_, &CatalogPage::courseActivated, this, [this](const QModelIndex& index) {
        if (const CourseSummary* course = controller_->catalog()->course(index.row())) {
            if (!course->enrolled)
                controller_->enroll(course->courseId);
            openCourse(course->courseId);
        }
    });
    connect(catalog_, &CatalogPage::trendingActivated, this, [this](const Uuid& courseId) {
        const CourseSummary* course = controller_->catalog()->course(courseId);
        if (course && !course->enrolled)
            controller_->enroll(courseId);
        openCourse(courseId);
    });
    connect(&controller, &StudentController::trendingChanged, this,
            [this] { catalog_->setTrending(controller_->trending()); });
    connect(course_, &CoursePage::backRequested, this, &MainWindow::showCatalog);
    connect(progress_, &ProgressPage::backRequested, this, &MainWindow::showCatalog);
    connect(downloads_, &DownloadsPage::backRequested, this, &MainWindow::showCatalog);
    connect(course_, &CoursePage::lessonActivated, this, &MainWindow::openLesson);
    auto backToCourse = [this] {
        leaveLesson();
        pages_->setCurrentWidget(course_);
        course_->reload();
        course_->tree()->setFocus();
    };
    connect(player_, &PlayerPage::backRequested, this, backToCourse);
    connect(reading_, &ReadingPage::backRequested, this, backToCourse);
    connect(quiz_, &QuizPage::backRequested, this, backToCourse);
    connect(&controller, &StudentController::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    signOutAction_->setEnabled(false);
    syncAction_->setEnabled(false);
    // The Instructor menu (with the editor), shown to instructors only (issue 10).
    instructorTools_ =
        new instructor::InstructorTools(*this, *fileMenu_, controller, controller.contentStore());
    connect(instructorTools_, &instructor::InstructorTools::courseImported, &controller,
            &StudentController::reloadOfflineCourses);
}

void MainWindow::showCatalog() {
    leaveLesson();
    pages_->setCurrentWidget(catalog_);
    catalog_->searchField()->setFocus();
}

void MainWindow::showProgress() {
    if (!progress_)
        return;
    leaveLesson();
    pages_->setCurrentWidget(progress_);
    progress_->chart()->setFocus();
}

void MainWindow::showDownloads() {
    if (!downloads_)
        return;
    leaveLesson();
    pages_->setCurrentWidget(downloads_);
    downloads_->list()->setFocus();
}

void MainWindow::showSettings() {
    if (!settings_)
        return;
    leaveLesson();
    settings_->load();
    pages_->setCurrentWidget(settings_);
    settings_->serverField()->setFocus();
}

void MainWindow::showNotifications(const QString& notificationId) {
    if (!notifications_)
        return;
    leaveLesson();
    pages_->setCurrentWidget(notifications_);
    notifications_->list()->setFocus();
    if (!notificationId.isEmpty())
        notifications_->openNotification(notificationId);
}

void MainWindow::bindNotifications(client::NotificationCenter* center) {
    delete tray_;  // before the center it reads goes
    tray_ = nullptr;
    notifications_->setCenter(center);
    unreadNotifications_ = center ? center->unreadCount() : 0;
    updateNotificationsBadge();
    if (!center)
        return;
    connect(center, &client::NotificationCenter::unreadCountChanged, this, [this](int count) {
        unreadNotifications_ = count;
        updateNotificationsBadge();
    });
    // Shows nothing (and costs nothing) where the desktop has no system tray.
    tray_ = new TrayNotifier(*center, windowIcon(), this);
    tray_->setEnabled(!appSettings_ || appSettings_->desktopNotifications());
    connect(tray_, &TrayNotifier::activated, this, [this](const QString& id) {
        showNormal();
        raise();
        activateWindow();
        showNotifications(id);
    });
}

void MainWindow::updateNotificationsBadge() {
    notificationsAction_->setText(unreadNotifications_ > 0
                                      ? tr("&Notifications (%1)").arg(unreadNotifications_)
                                      : tr("&Notifications"));
    notificationsAction_->setToolTip(unreadNotifications_ > 0
                                         ? tr("%1 unread notifications").arg(unreadNotifications_)
                                         : tr("No unread notifications"));
}

void MainWindow::openCourse(const Uuid& courseId) {
    controller_->manifest(courseId, this, [this](client::ApiResult<CourseManifest> loaded) {
        if (!loaded) {
            statusBar()->showMessage(tr("This course cannot be opened while offline."), 8000);
            return;
        }
        course_->showCourse(*loaded);
        pages_->setCurrentWidget(course_);
        course_->tree()->setFocus();
    });
}

void MainWindow::openLesson(const Lesson& lesson) {
    const CourseManifest* manifest = controller_->cachedManifest(course_->courseId());
    if (!manifest)
        return;
    switch (lesson.kind) {
        case LessonKind::Video:
            openVideo(lesson);
            break;
        case LessonKind::Reading:
            openReading(lesson);
            break;
        case LessonKind::Quiz:
            quiz_->openQuiz(manifest->courseId, manifest->version, lesson);
            pages_->setCurrentWidget(quiz_);
            quiz_->setFocus();
            break;
    }
}

void MainWindow::openVideo(const Lesson& lesson) {
    const Uuid courseId = course_->courseId();
    const QString local = controller_->localAsset(lesson.assetSha256);
    if (!local.isEmpty()) {
        playVideo(courseId, lesson, QUrl::fromLocalFile(local));
        return;
    }
    if (!controller_->online() || !controller_->signedIn()) {
        statusBar()->showMessage(
            tr("This video is not downloaded and the server cannot be reached."), 8000);
        return;
    }
    statusBar()->showMessage(tr("Opening “%1”…").arg(QString::fromStdString(lesson.title)));
    controller_->streamUrl(courseId, lesson.assetSha256, this, [this, courseId, lesson](QUrl url) {
        statusBar()->clearMessage();
        if (url.isEmpty()) {
            statusBar()->showMessage(
                tr("This video is not downloaded and the server cannot be reached."), 8000);
            return;
        }
        playVideo(courseId, lesson, url);
    });
}

void MainWindow::playVideo(const Uuid& courseId, const Lesson& lesson, const QUrl& source) {
    const CourseManifest* manifest = controller_->cachedManifest(courseId);
    const Asset* asset = manifest ? manifest->findAsset(lesson.assetSha256) : nullptr;
    const std::uint64_t duration = asset && asset->durationMs ? *asset->durationMs : 0;
    const Asset* captions = manifest ? client::captionsAssetFor(*manifest, lesson) : nullptr;
    const std::string captionsSha = captions ? captions->sha256 : std::string();
    const Uuid lessonId = lesson.id;
    controller_->store().run<client::StoreResult<std::optional<LessonState>>>(
        [lessonId](client::LocalStore& store) { return store.lessonState(lessonId); }, this,
        [this, courseId, lesson, duration, source, captionsSha](auto known) {
            player_->openLesson(courseId, lesson, duration, source,
                                known ? *known : std::optional<LessonState>{});
            pages_->setCurrentWidget(player_);
            // Only now: the player drops captions for any lesson but the one it has open.
            if (!captionsSha.empty())
                loadCaptions(courseId, lesson.id, captionsSha);
        });
}

void MainWindow::loadCaptions(const Uuid& courseId, const Uuid& lessonId,
                              const std::string& sha256) {
    // The local copy, or (not downloaded, online) fetched from the asset's signed URL by the
    // download service; either way read off the UI thread.
    controller_->readAsset(courseId, sha256, kMaxCaptionsBytes, this,
                           [this, lessonId](std::optional<QByteArray> bytes) {
                               if (!bytes)
                                   return;  // the video plays without captions
                               auto parsed = client::parseWebVtt(std::string_view(
                                   bytes->constData(), std::size_t(bytes->size())));
                               if (parsed)
                                   player_->setCaptions(lessonId, std::move(*parsed));
                           });
}

void MainWindow::openReading(const Lesson& lesson) {
    const Uuid courseId = course_->courseId();
    controller_->readAsset(
        courseId, lesson.assetSha256, kMaxReadingBytes, this,
        [this, courseId, lesson](std::optional<QByteArray> text) {
            if (!text) {
                statusBar()->showMessage(
                    tr("This reading is not downloaded and the server cannot be reached."), 8000);
                return;
            }
            reading_->showMarkdown(QString::fromStdString(lesson.title), QString::fromUtf8(*text));
            pages_->setCurrentWidget(reading_);
            ProgressEvent opened;
            opened.id = newUuidV7();
            opened.courseId = courseId;
            opened.lessonId = lesson.id;
            opened.deviceId = controller_->deviceId();
            opened.hlc = controller_->clock().now();
            opened.kind = ProgressKind::Opened;
            controller_->recordProgress({opened});
        });
}

void MainWindow::leaveLesson() {
    if (player_)
        player_->closeLesson();
}

void MainWindow::showRejectedEvents() {
    if (!controller_ || !controller_->store().isOpen())
        return;
    controller_->store().run<client::StoreResult<std::vector<client::OutboxEntry>>>(
        [](client::LocalStore& store) { return store.rejectedOutbox(); }, this,
        [this](client::StoreResult<std::vector<client::OutboxEntry>> entries) {
            rejectedDialog_->setEntries(entries ? *entries : std::vector<client::OutboxEntry>{});
            rejectedDialog_->open();
        });
}

void MainWindow::closeEvent(QCloseEvent* event) {
    leaveLesson();  // the last watched seconds are written before the window goes
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::createMenus() {
    fileMenu_ = menuBar()->addMenu(QString());
    syncAction_ = fileMenu_->addAction(QString());
    syncAction_->setShortcut(QKeySequence::Refresh);
    connect(syncAction_, &QAction::triggered, this, [this] {
        if (controller_) {
            controller_->requestSync();
            controller_->refreshCatalog();
        }
    });
    progressAction_ = fileMenu_->addAction(QString());
    progressAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(progressAction_, &QAction::triggered, this, &MainWindow::showProgress);
    downloadsAction_ = fileMenu_->addAction(QString());
    downloadsAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(downloadsAction_, &QAction::triggered, this, &MainWindow::showDownloads);
    settingsAction_ = fileMenu_->addAction(QString());
    settingsAction_->setShortcut(QKeySequence::Preferences);
    settingsAction_->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction_, &QAction::triggered, this, &MainWindow::showSettings);
    signOutAction_ = fileMenu_->addAction(QString());
    connect(signOutAction_, &QAction::triggered, this, [this] {
        if (controller_)
            controller_->signOut();
    });
    fileMenu_->addSeparator();
    quitAction_ = fileMenu_->addAction(QString());
    quitAction_->setShortcut(QKeySequence::Quit);
    quitAction_->setMenuRole(QAction::QuitRole);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);

    viewMenu_ = menuBar()->addMenu(QString());
    notificationsAction_ = viewMenu_->addAction(QString());
    notificationsAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(notificationsAction_, &QAction::triggered, this, [this] { showNotifications(); });

    helpMenu_ = menuBar()->addMenu(QString());
    aboutAction_ = helpMenu_->addAction(QString());
    aboutAction_->setMenuRole(QAction::AboutRole);
    connect(aboutAction_, &QAction::triggered, this, &MainWindow::showAbout);
    syncAction_->setVisible(false);
    signOutAction_->setVisible(false);
    progressAction_->setVisible(false);
    downloadsAction_->setVisible(false);
    settingsAction_->setVisible(false);
    viewMenu_->menuAction()->setVisible(false);
}

void MainWindow::retranslate() {
    setWindowTitle(tr("Satchel"));
    fileMenu_->setTitle(tr("&File"));
    syncAction_->setText(tr("&Sync now"));
    signOutAction_->setText(tr("Sign &out"));
    progressAction_->setText(tr("My &progress"));
    progressAction_->setVisible(controller_ != nullptr);
    downloadsAction_->setText(tr("&Downloads"));
    downloadsAction_->setVisible(controller_ != nullptr);
    settingsAction_->setText(tr("S&ettings"));
    settingsAction_->setVisible(settings_ != nullptr);
    syncAction_->setVisible(controller_ != nullptr);
    signOutAction_->setVisible(controller_ != nullptr);
    quitAction_->setText(tr("&Quit"));
    viewMenu_->setTitle(tr("&View"));
    viewMenu_->menuAction()->setVisible(controller_ != nullptr);
    updateNotificationsBadge();
    helpMenu_->setTitle(tr("&Help"));
    aboutAction_->setText(tr("&About Satchel"));
    serverLabel_->setText(serverUrl_.isEmpty()
                              ? tr("No server configured")
                              : tr("Server: %1").arg(serverUrl_.toDisplayString()));
    serverLabel_->setAccessibleName(serverLabel_->text());
}

void MainWindow::showAbout() {
    // open(), not exec(): a window-modal box without a nested event loop.
    auto* box = new QMessageBox(
        QMessageBox::Information, tr("About Satchel"),
        tr("<p><b>Satchel %1</b></p><p>Offline-first learning: courses, videos, readings and "
           "quizzes that work with or without a connection.</p>")
            .arg(QString::fromLatin1(kVersion)),
        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

}  // namespace satchel::ui
