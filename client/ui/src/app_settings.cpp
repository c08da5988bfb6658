#include "satchel/ui/app_settings.h"

#include <QDir>
#include <QStandardPaths>

namespace satchel::ui {
namespace {
QString defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("satchel.ini"));
}
}  // namespace

AppSettings::AppSettings(const QString& iniPath)
    : settings_(iniPath.isEmpty() ? defaultPath() : iniPath, QSettings::IniFormat) {}

QUrl AppSettings::server() const {
    return settings_.value(QStringLiteral("server/address")).toUrl();
}

void AppSettings::setServer(const QUrl& server) {
    settings_.setValue(QStringLiteral("server/address"), server);
}

QString AppSettings::downloadFolder() const {
    return settings_.value(QStringLiteral("downloads/folder")).toString();
}

void AppSettings::setDownloadFolder(const QString& folder) {
    settings_.setValue(QStringLiteral("downloads/folder"), folder);
}

qint64 AppSettings::bandwidthLimit() const {
    return std::max<qint64>(
        0, settings_.value(QStringLiteral("downloads/bandwidthLimit"), 0).toLongLong());
}

void AppSettings::setBandwidthLimit(qint64 bytesPerSecond) {
    settings_.setValue(QStringLiteral("downloads/bandwidthLimit"),
                       std::max<qint64>(0, bytesPerSecond));
}

QString AppSettings::language() const {
    return settings_.value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString& code) {
    settings_.setValue(QStringLiteral("ui/language"), code);
}

bool AppSettings::desktopNotifications() const {
    return settings_.value(QStringLiteral("notifications/desktop"), true).toBool();
}

void AppSettings::setDesktopNotifications(bool on) {
    settings_.setValue(QStringLiteral("notifications/desktop"), on);
}

}  // namespace satchel::ui
