#pragma once
// The application's main window: menus, a stack of pages (sign-in, catalog, course, player,
// reading, quiz) and a status bar with the server address and the sync indicator. Every
// visible string is retranslated when the language changes, so switching language needs no
// restart.
//
// Constructed alone it shows the catalog page only (what the widget tests use); attach() wires
// it to a StudentController and adds the other pages.

#include <QMainWindow>
#include <QUrl>

#include "satchel/model/course.h"

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace satchel::client {
class NotificationCenter;
}

namespace satchel::ui {

namespace instructor {
class InstructorTools;
}

class CatalogPage;
class AppSettings;
class CoursePage;
class DownloadsPage;
class NotificationsPage;
class PlayerPage;
class ProgressPage;
class QuizPage;
class ReadingPage;
class RejectedEventsDialog;
class SettingsPage;
class SignInPage;
class StudentController;
class SyncIndicator;
class TrayNotifier;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // The sync server this window talks to; an empty URL means none is configured yet.
    void setServerUrl(const QUrl& url);
    // Adds the student pages over `controller` (which must outlive the window); with
    // `settings` (which must outlive it too) also the Settings page.
    void attach(StudentController& controller, AppSettings* settings = nullptr);

    CatalogPage* catalogPage() const { return catalog_; }
    SyncIndicator* syncIndicator() const { return syncIndicator_; }
    SignInPage* signInPage() const { return signIn_; }
    CoursePage* coursePage() const { return course_; }
    PlayerPage* playerPage() const { return player_; }
    ReadingPage* readingPage() const { return reading_; }
    QuizPage* quizPage() const { return quiz_; }
    ProgressPage* progressPage() const { return progress_; }
    DownloadsPage* downloadsPage() const { return downloads_; }
    SettingsPage* settingsPage() const { return settings_; }
    NotificationsPage* notificationsPage() const { return notifications_; }
    // View > Notifications; its text carries the unread badge ("Notifications (3)").
    QAction* notificationsAction() const { return notificationsAction_; }
    // The desktop notifier for the session (null while signed out).
    TrayNotifier* trayNotifier() const { return tray_; }
    QStackedWidget* pages() const { return pages_; }
    RejectedEventsDialog* rejectedDialog() const { return rejectedDialog_; }
    // Import for everyone; report, announcements and export for instructors (attach()).
    instructor::InstructorTools* instructorTools() const { return instructorTools_; }

    void showCatalog();
    void showProgress();
    void showDownloads();
    void showSettings();
    // Shows the notifications panel; with an id, opens (selects, marks read) that one.
    void showNotifications(const QString& notificationId = {});
    // Loads the course's manifest (from the server, or the copy in memory) and shows it.
    void openCourse(const Uuid& courseId);
    void openLesson(const Lesson& lesson);
    void showRejectedEvents();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void retranslate();
    void showAbout();
    void openVideo(const Lesson& lesson);
    void loadCaptions(const Uuid& courseId, const Uuid& lessonId, const std::string& sha256);
    void playVideo(const Uuid& courseId, const Lesson& lesson, const QUrl& source);
    void openReading(const Lesson& lesson);
    void leaveLesson();
    // Follows the controller's notification center: panel, badge and desktop notifier.
    void bindNotifications(client::NotificationCenter* center);
    void updateNotificationsBadge();

    QUrl serverUrl_;
    StudentController* controller_ = nullptr;
    QStackedWidget* pages_;
    CatalogPage* catalog_;
    SignInPage* signIn_ = nullptr;
    CoursePage* course_ = nullptr;
    PlayerPage* player_ = nullptr;
    ReadingPage* reading_ = nullptr;
    QuizPage* quiz_ = nullptr;
    ProgressPage* progress_ = nullptr;
    DownloadsPage* downloads_ = nullptr;
    SettingsPage* settings_ = nullptr;
    NotificationsPage* notifications_ = nullptr;
    TrayNotifier* tray_ = nullptr;
    AppSettings* appSettings_ = nullptr;  // attach()'s; may be null
    int unreadNotifications_ = 0;
    RejectedEventsDialog* rejectedDialog_ = nullptr;
    instructor::InstructorTools* instructorTools_ = nullptr;
    SyncIndicator* syncIndicator_;
    QLabel* serverLabel_;
    QMenu* fileMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QAction* notificationsAction_ = nullptr;
    QAction* syncAction_ = nullptr;
    QAction* progressAction_ = nullptr;
    QAction* downloadsAction_ = nullptr;
    QAction* settingsAction_ = nullptr;
    QAction* signOutAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
};

}  // namespace satchel::ui
