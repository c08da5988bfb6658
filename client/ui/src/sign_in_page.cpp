#include "satchel/ui/sign_in_page.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "satchel/ui/student_controller.h"

namespace satchel::ui {

SignInPage::SignInPage(StudentController& controller, QWidget* parent)
    : QWidget(parent),
      controller_(controller),
      heading_(new QLabel(this)),
      intro_(new QLabel(this)),
      serverLabel_(new QLabel(this)),
      emailLabel_(new QLabel(this)),
      passwordLabel_(new QLabel(this)),
      nameLabel_(new QLabel(this)),
      server_(new QLineEdit(this)),
      email_(new QLineEdit(this)),
      password_(new QLineEdit(this)),
      name_(new QLineEdit(this)),
      register_(new QCheckBox(this)),
      submit_(new QPushButton(this)),
      error_(new QLabel(this)),
      keychainNotice_(new QLabel(this)) {
    setObjectName(QStringLiteral("signInPage"));
    QFont headingFont = heading_->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.8);
    headingFont.setBold(true);
    heading_->setFont(headingFont);
    intro_->setWordWrap(true);
    server_->setObjectName(QStringLiteral("serverField"));
    email_->setObjectName(QStringLiteral("emailField"));
    password_->setObjectName(QStringLiteral("passwordField"));
    password_->setEchoMode(QLineEdit::Password);
    name_->setObjectName(QStringLiteral("nameField"));
    submit_->setObjectName(QStringLiteral("signInButton"));
    submit_->setDefault(true);
    submit_->setAutoDefault(true);
    error_->setObjectName(QStringLiteral("signInError"));
    error_->setWordWrap(true);
    QPalette errorPalette = error_->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    error_->setPalette(errorPalette);
    for (auto [label, field] : {std::pair{serverLabel_, server_}, std::pair{emailLabel_, email_},
                                std::pair{passwordLabel_, password_}, std::pair{nameLabel_, name_}})
        label->setBuddy(field);

    auto* form = new QFormLayout;
    form->addRow(serverLabel_, server_);
    form->addRow(emailLabel_, email_);
    form->addRow(passwordLabel_, password_);
    form->addRow(QString(), register_);
    form->addRow(nameLabel_, name_);

    auto* card = new QWidget(this);
    card->setMaximumWidth(480);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(heading_);
    cardLayout->addWidget(intro_);
    cardLayout->addSpacing(12);
    cardLayout->addLayout(form);
    cardLayout->addWidget(error_);
    cardLayout->addWidget(submit_, 0, Qt::AlignRight);
    keychainNotice_->setObjectName(QStringLiteral("keychainNotice"));
    keychainNotice_->setWordWrap(true);
    keychainNotice_->setVisible(false);
    cardLayout->addWidget(keychainNotice_);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    // Centred by stretches, not by AlignHCenter: an aligned widget gets its size hint, which
    // ignores a wrapped label's height for width, so a notice shown later (no keychain) used
    // to squash the fields to a few pixels instead of making the card taller.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 0);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    auto showName = [this](bool on) {
        name_->setVisible(on);
        nameLabel_->setVisible(on);
        retranslate();
    };
    connect(register_, &QCheckBox::toggled, this, showName);
    showName(false);
    connect(submit_, &QPushButton::clicked, this, &SignInPage::submit);
    connect(password_, &QLineEdit::returnPressed, this, &SignInPage::submit);
    connect(&controller_, &StudentController::signInFailed, this, [this](const QString& why) {
        error_->setText(why);
        error_->setAccessibleName(why);
        submit_->setEnabled(true);
    });
    connect(&controller_, &StudentController::restoreFinished, this,
            [this](RestoreOutcome outcome) {
                restoreOutcome_ = int(outcome);
                showRestoreOutcome();
            });
    if (!controller_.remembersSignIn()) {
        restoreOutcome_ = int(RestoreOutcome::NoKeychain);
        showRestoreOutcome();
    }
    connect(&controller_, &StudentController::signedInChanged, this, [this](bool in) {
        submit_->setEnabled(true);
        if (in) {
            password_->clear();
            error_->clear();
        }
    });
}

void SignInPage::setServer(const QUrl& server) {
    server_->setText(server.toString());
}

void SignInPage::submit() {
    const QUrl server = QUrl::fromUserInput(server_->text().trimmed());
    if (!server.isValid() || server.host().isEmpty()) {
        error_->setText(
            tr("Enter your school's server address, e.g. https://learn.school.example"));
        server_->setFocus();
        return;
    }
    if (email_->text().trimmed().isEmpty() || password_->text().isEmpty()) {
        error_->setText(tr("Enter your email and your password."));
        (email_->text().trimmed().isEmpty() ? email_ : password_)->setFocus();
        return;
    }
    error_->setText(tr("Signing in…"));
    submit_->setEnabled(false);
    if (register_->isChecked())
        controller_.registerAccount(server, email_->text().trimmed(), password_->text(),
                                    name_->text().trimmed());
    else
        controller_.signIn(server, email_->text().trimmed(), password_->text());
}

void SignInPage::showRestoreOutcome() {
    QString text;
    switch (RestoreOutcome(restoreOutcome_)) {
        case RestoreOutcome::NoKeychain:
            text =
                tr("This computer has no keychain service, so Satchel cannot remember your "
                   "sign-in: you will be asked to sign in at each start.");
            break;
        case RestoreOutcome::KeychainFailed:
            text =
                tr("The keychain did not give Satchel your saved sign-in. Please sign in "
                   "again.");
            break;
        case RestoreOutcome::NothingStored:
        case RestoreOutcome::Restored:
            break;
    }
    keychainNotice_->setText(text);
    keychainNotice_->setAccessibleName(text);
    keychainNotice_->setVisible(!text.isEmpty());
}

void SignInPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SignInPage::retranslate() {
    heading_->setText(tr("Welcome to Satchel"));
    intro_->setText(
        tr("Sign in with the account your school gave you. Everything you learn is "
           "saved on this computer and synced whenever you are online."));
    serverLabel_->setText(tr("&Server:"));
    emailLabel_->setText(tr("&Email:"));
    passwordLabel_->setText(tr("&Password:"));
    nameLabel_->setText(tr("Your &name:"));
    server_->setPlaceholderText(QStringLiteral("https://learn.school.example"));
    server_->setAccessibleName(tr("Server address"));
    email_->setAccessibleName(tr("Email"));
    password_->setAccessibleName(tr("Password"));
    name_->setAccessibleName(tr("Your name"));
    register_->setText(tr("I don't have an account yet: create one"));
    submit_->setText(register_->isChecked() ? tr("Create account") : tr("Sign in"));
    if (restoreOutcome_ >= 0)
        showRestoreOutcome();
}

}  // namespace satchel::ui
