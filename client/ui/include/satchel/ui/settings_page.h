#pragma once
// SettingsPage: the server address, the download folder, the download bandwidth limit, the
// UI language, desktop notifications and signing out.
//
// When each takes effect: the bandwidth limit, desktop notifications and the language at once (every page
// retranslates itself; Arabic switches the layout to right to left); a new server address
// signs the student out and opens the sign-in page for it; the download folder from the next
// start (courses downloaded before stay in the old folder until their offline copy is
// removed). Signing out removes the refresh token from the keychain.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace satchel::ui {

class AppSettings;
class StudentController;

class SettingsPage : public QWidget {
    Q_OBJECT
public:
    SettingsPage(StudentController& controller, AppSettings& settings, QWidget* parent = nullptr);

    QLineEdit* serverField() const { return server_; }
    QPushButton* changeServerButton() const { return changeServer_; }
    QLineEdit* folderField() const { return folder_; }
    QPushButton* browseButton() const { return browse_; }
    QSpinBox* bandwidthBox() const { return bandwidth_; }
    QComboBox* languageBox() const { return language_; }
    QCheckBox* desktopNotificationsBox() const { return desktopNotifications_; }
    QPushButton* signOutButton() const { return signOut_; }

    // Re-reads the stored values into the fields (when the page is shown).
    void load();

signals:
    void backRequested();
    // The student picked a language: an ISO 639-1 code, or empty for the system's.
    void languageChosen(const QString& code);
    // The student chose another server (already saved; the session was ended).
    void serverChanged(const QUrl& server);
    // The student turned desktop notifications on or off (already saved).
    void desktopNotificationsChanged(bool on);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyServer();
    void chooseFolder();

    StudentController& controller_;
    AppSettings& settings_;
    QLabel* heading_;
    QPushButton* back_;
    QLabel* serverLabel_;
    QLineEdit* server_;
    QPushButton* changeServer_;
    QLabel* serverHint_;
    QLabel* folderLabel_;
    QLineEdit* folder_;
    QPushButton* browse_;
    QLabel* folderHint_;
    QLabel* bandwidthLabel_;
    QSpinBox* bandwidth_;
    QLabel* languageLabel_;
    QComboBox* language_;
    QLabel* languageHint_;
    QLabel* notificationsLabel_;
    QCheckBox* desktopNotifications_;
    QLabel* notificationsHint_;
    QLabel* accountLabel_;
    QPushButton* signOut_;
    QLabel* keychainHint_;
};

}  // namespace satchel::ui
