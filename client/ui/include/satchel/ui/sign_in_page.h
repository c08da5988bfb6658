#pragma once
// SignInPage: the first-run screen. The school's server address, then sign in with email and
// password, or create an account where the server allows registration. Errors are shown in
// words a student can act on; the form stays usable while a request is in flight.

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace satchel::ui {

class StudentController;

class SignInPage : public QWidget {
    Q_OBJECT
public:
    explicit SignInPage(StudentController& controller, QWidget* parent = nullptr);

    void setServer(const QUrl& server);
    QLineEdit* serverField() const { return server_; }
    QLineEdit* emailField() const { return email_; }
    QLineEdit* passwordField() const { return password_; }
    QLineEdit* nameField() const { return name_; }
    QCheckBox* registerBox() const { return register_; }
    QPushButton* submitButton() const { return submit_; }
    QLabel* errorLabel() const { return error_; }
    // Says whether this computer can remember the sign-in (empty until the keychain answered).
    QLabel* keychainNotice() const { return keychainNotice_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void submit();
    void showRestoreOutcome();

    StudentController& controller_;
    QLabel* heading_;
    QLabel* intro_;
    QLabel* serverLabel_;
    QLabel* emailLabel_;
    QLabel* passwordLabel_;
    QLabel* nameLabel_;
    QLineEdit* server_;
    QLineEdit* email_;
    QLineEdit* password_;
    QLineEdit* name_;
    QCheckBox* register_;
    QPushButton* submit_;
    QLabel* error_;
    QLabel* keychainNotice_;
    int restoreOutcome_ = -1;  // RestoreOutcome once known
};

}  // namespace satchel::ui
