#include "satchel/ui/settings_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "satchel/i18n/language.h"
#include "satchel/ui/app_settings.h"
#include "satchel/ui/student_controller.h"

namespace satchel::ui {
namespace {
constexpr qint64 kKiB = 1024;
}  // namespace

SettingsPage::SettingsPage(StudentController& controller, AppSettings& settings, QWidget* parent)
    : QWidget(parent),
      controller_(controller),
      settings_(settings),
      heading_(new QLabel(this)),
      back_(new QPushButton(this)),
      serverLabel_(new QLabel(this)),
      server_(new QLineEdit(this)),
      changeServer_(new QPushButton(this)),
      serverHint_(new QLabel(this)),
      folderLabel_(new QLabel(this)),
      folder_(new QLineEdit(this)),
      browse_(new QPushButton(this)),
      folderHint_(new QLabel(this)),
      bandwidthLabel_(new QLabel(this)),
      bandwidth_(new QSpinBox(this)),
      languageLabel_(new QLabel(this)),
      language_(new QComboBox(this)),
      languageHint_(new QLabel(this)),
      notificationsLabel_(new QLabel(this)),
      desktopNotifications_(new QCheckBox(this)),
      notificationsHint_(new QLabel(this)),
      accountLabel_(new QLabel(this)),
      signOut_(new QPushButton(this)),
      keychainHint_(new QLabel(this)) {
    setObjectName(QStringLiteral("settingsPage"));
    QFont headingFont = heading_->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading_->setFont(headingFont);
    for (QLabel* hint :
         {serverHint_, folderHint_, languageHint_, notificationsHint_, keychainHint_}) {
        hint->setWordWrap(true);
        hint->setEnabled(false);  // the palette's quieter text colour, in light and dark themes
    }
    server_->setObjectName(QStringLiteral("settingsServer"));
    changeServer_->setObjectName(QStringLiteral("changeServer"));
    folder_->setObjectName(QStringLiteral("settingsFolder"));
    browse_->setObjectName(QStringLiteral("browseFolder"));
    bandwidth_->setObjectName(QStringLiteral("bandwidthLimit"));
    bandwidth_->setRange(0, 1024 * 1024);  // KiB/s, up to 1 GiB/s
    bandwidth_->setSingleStep(128);
    bandwidth_->setAccelerated(true);
    language_->setObjectName(QStringLiteral("languageBox"));
    signOut_->setObjectName(QStringLiteral("settingsSignOut"));
    desktopNotifications_->setObjectName(QStringLiteral("desktopNotifications"));
    language_->addItem(QString(), QString());  // the system's language; text set in retranslate
    for (const QString& code : i18n::availableLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        language_->addItem(name, code);
    }
    for (auto [label, field] : {std::pair<QLabel*, QWidget*>{serverLabel_, server_},
                                {folderLabel_, folder_},
                                {bandwidthLabel_, bandwidth_},
                                {languageLabel_, language_},
                                {notificationsLabel_, desktopNotifications_},
                                {accountLabel_, signOut_}})
        label->setBuddy(field);

    auto* serverRow = new QHBoxLayout;
    serverRow->addWidget(server_, 1);
    serverRow->addWidget(changeServer_);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(folder_, 1);
    folderRow->addWidget(browse_);
    auto* form = new QFormLayout;
    form->addRow(serverLabel_, serverRow);
    form->addRow(QString(), serverHint_);
    form->addRow(folderLabel_, folderRow);
    form->addRow(QString(), folderHint_);
    form->addRow(bandwidthLabel_, bandwidth_);
    form->addRow(languageLabel_, language_);
    form->addRow(QString(), languageHint_);
    form->addRow(notificationsLabel_, desktopNotifications_);
    form->addRow(QString(), notificationsHint_);
    form->addRow(accountLabel_, signOut_);
    form->addRow(QString(), keychainHint_);

    auto* top = new QHBoxLayout;
    top->addWidget(back_);
    top->addWidget(heading_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(back_, &QPushButton::clicked, this, &SettingsPage::backRequested);
    connect(changeServer_, &QPushButton::clicked, this, &SettingsPage::applyServer);
    connect(server_, &QLineEdit::returnPressed, this, &SettingsPage::applyServer);
    connect(browse_, &QPushButton::clicked, this, &SettingsPage::chooseFolder);
    connect(folder_, &QLineEdit::editingFinished, this,
            [this] { settings_.setDownloadFolder(folder_->text().trimmed()); });
    connect(bandwidth_, &QSpinBox::valueChanged, this, [this](int kibPerSecond) {
        const qint64 limit = qint64(kibPerSecond) * kKiB;
        settings_.setBandwidthLimit(limit);
        controller_.setBandwidthLimit(limit);
    });
    connect(language_, &QComboBox::activated, this, [this](int index) {
        const QString code = language_->itemData(index).toString();
        settings_.setLanguage(code);
        emit languageChosen(code);
    });
    connect(desktopNotifications_, &QCheckBox::toggled, this, [this](bool on) {
        settings_.setDesktopNotifications(on);
        emit desktopNotificationsChanged(on);
    });
    connect(signOut_, &QPushButton::clicked, this, [this] { controller_.signOut(); });
    connect(&controller_, &StudentController::signedInChanged, signOut_, &QWidget::setEnabled);
    signOut_->setEnabled(controller_.signedIn());
    retranslate();
    load();
}

void SettingsPage::load() {
    const QUrl server = controller_.server().isEmpty() ? settings_.server() : controller_.server();
    server_->setText(server.toString());
    folder_->setText(settings_.downloadFolder().isEmpty() ? controller_.contentStore()
                                                          : settings_.downloadFolder());
    const QSignalBlocker quiet(bandwidth_);
    bandwidth_->setValue(int(settings_.bandwidthLimit() / kKiB));
    const int index = language_->findData(settings_.language());
    language_->setCurrentIndex(index < 0 ? 0 : index);
    const QSignalBlocker quietBox(desktopNotifications_);
    desktopNotifications_->setChecked(settings_.desktopNotifications());
}

void SettingsPage::applyServer() {
    const QUrl server = QUrl::fromUserInput(server_->text().trimmed());
    if (!server.isValid() || server.host().isEmpty()) {
        serverHint_->setText(
            tr("Enter your school's server address, e.g. https://learn.school.example"));
        server_->setFocus();
        return;
    }
    settings_.setServer(server);
    if (controller_.signedIn() && server != controller_.server())
        controller_.signOut();  // a session belongs to one server
    emit serverChanged(server);
}

void SettingsPage::chooseFolder() {
    // open(), not exec(): no nested event loop.
    auto* dialog = new QFileDialog(this, tr("Download folder"), folder_->text());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& folder) {
        folder_->setText(folder);
        settings_.setDownloadFolder(folder);
    });
    dialog->open();
}

void SettingsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate() {
    heading_->setText(tr("Settings"));
    back_->setText(tr("Back to catalog"));
    serverLabel_->setText(tr("&Server:"));
    server_->setAccessibleName(tr("Server address"));
    changeServer_->setText(tr("&Use this server"));
    serverHint_->setText(tr("Changing the server signs you out; your downloads stay."));
    folderLabel_->setText(tr("Download &folder:"));
    folder_->setAccessibleName(tr("Download folder"));
    browse_->setText(tr("&Browse…"));
    browse_->setAccessibleName(tr("Choose the download folder"));
    folderHint_->setText(
        tr("A new folder is used from the next start. Courses downloaded "
           "before stay in the old folder until you remove their offline copy."));
    bandwidthLabel_->setText(tr("Download &limit:"));
    bandwidth_->setSuffix(tr(" KiB/s"));
    bandwidth_->setSpecialValueText(tr("Unlimited"));
    bandwidth_->setAccessibleName(tr("Download bandwidth limit in KiB per second"));
    languageLabel_->setText(tr("&Language:"));
    language_->setItemText(0, tr("System default"));
    language_->setAccessibleName(tr("Language"));
    languageHint_->setText(tr("The new language applies at once."));
    notificationsLabel_->setText(tr("Notifications:"));
    desktopNotifications_->setText(tr("Show &desktop notifications"));
    desktopNotifications_->setAccessibleName(tr("Show desktop notifications"));
    notificationsHint_->setText(
        tr("The notifications panel and its unread count work either way."));
    accountLabel_->setText(tr("Account:"));
    signOut_->setText(tr("Sign &out"));
    signOut_->setAccessibleName(tr("Sign out and forget the saved sign-in"));
    keychainHint_->setText(controller_.remembersSignIn()
                               ? tr("Your sign-in is kept in the system keychain; signing out "
                                    "removes it.")
                               : tr("Your sign-in is not remembered on this computer."));
}

}  // namespace satchel::ui
