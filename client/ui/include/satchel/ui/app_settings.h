#pragma once
// AppSettings: the student's choices that outlive a run (server address, download folder,
// bandwidth limit, language), in an INI file (QSettings). Reads come from memory; QSettings
// writes the small file back lazily, so using it on the UI thread costs nothing noticeable.
// Secrets never go here: the refresh token lives in the keychain (CredentialStore).

#include <QSettings>
#include <QString>
#include <QUrl>

namespace satchel::ui {

class AppSettings {
public:
    // `iniPath` empty: the platform's user configuration folder (Satchel/satchel.ini).
    explicit AppSettings(const QString& iniPath = {});

    QUrl server() const;
    void setServer(const QUrl& server);
    // Empty: the default (<data dir>/assets). A change applies from the next start.
    QString downloadFolder() const;
    void setDownloadFolder(const QString& folder);
    // Bytes per second; 0: unlimited. Applies at once.
    qint64 bandwidthLimit() const;
    void setBandwidthLimit(qint64 bytesPerSecond);
    // An ISO 639-1 code, or empty for the system's language. Applies at once.
    QString language() const;
    void setLanguage(const QString& code);
    // Desktop notifications (TrayNotifier) for what arrives over the push channel; on unless
    // turned off. The in-app panel and unread badge work either way. Applies at once.
    bool desktopNotifications() const;
    void setDesktopNotifications(bool on);

    QString fileName() const { return settings_.fileName(); }
    void sync() { settings_.sync(); }

private:
    QSettings settings_;
};

}  // namespace satchel::ui
