#include "satchel/i18n/language.h"

#include <QGuiApplication>
#include <QLibraryInfo>

namespace satchel::i18n {

QStringList availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
            QStringLiteral("ar")};
}

LanguageSwitcher::LanguageSwitcher(QObject* parent) : QObject(parent) {}

LanguageSwitcher::Outcome LanguageSwitcher::use(const QLocale& locale) {
    QCoreApplication::removeTranslator(&satchel_);
    QCoreApplication::removeTranslator(&qtBase_);

    Outcome outcome = Outcome::SourceText;
    QLocale effective = locale;
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        if (satchel_.load(locale, QStringLiteral("satchel"), QStringLiteral("_"),
                          QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(&satchel_);
            // Qt's own strings (standard buttons, dialogs) when the system has them.
            if (qtBase_.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                QCoreApplication::installTranslator(&qtBase_);
            }
            outcome = Outcome::Translated;
        } else {
            outcome = Outcome::Unavailable;
            effective = QLocale(QLocale::English);
        }
    }
    current_ = effective;
    QLocale::setDefault(effective);
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        QGuiApplication::setLayoutDirection(effective.textDirection());
    }
    return outcome;
}

}  // namespace satchel::i18n
