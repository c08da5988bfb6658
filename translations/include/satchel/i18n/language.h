#pragma once
// Installs the UI language: Satchel's own catalog (embedded under :/i18n) plus Qt's catalog for
// its standard dialogs, and the matching layout direction (Arabic lays out right to left).
// English is the source language and needs no catalog.

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QTranslator>

namespace satchel::i18n {

// The languages Satchel's UI speaks, as ISO 639-1 codes, English first.
QStringList availableLanguages();

class LanguageSwitcher : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Translated,   // a Satchel catalog for the language was installed
        SourceText,   // English: the source strings are used as they are
        Unavailable,  // no catalog for that language: English is used instead
    };

    explicit LanguageSwitcher(QObject* parent = nullptr);

    // Replaces the current language on the running application; widgets receive
    // QEvent::LanguageChange and retranslate themselves. Must run on the GUI thread.
    Outcome use(const QLocale& locale);

    const QLocale& current() const { return current_; }

private:
    QTranslator satchel_;
    QTranslator qtBase_;
    QLocale current_{QLocale::English};
};

}  // namespace satchel::i18n
