#include "demo_journey.h"

#include <QLocale>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

#include "satchel/i18n/language.h"
#include "satchel/ui/main_window.h"

namespace satchel::app {
namespace {
// Time for layout, fonts and the window manager to settle before a capture. It is not a
// correctness wait: a capture taken early is merely less pretty.
constexpr int kSettleMs = 400;
}  // namespace

DemoJourney::DemoJourney(ui::MainWindow& window, i18n::LanguageSwitcher& language, QDir outputDir,
                         QObject* parent)
    : QObject(parent), window_(window), language_(language), outputDir_(std::move(outputDir)) {
    const QLocale startLocale = language_.current();
    steps_ = {
        {QStringLiteral("01-catalog.png"), [] {}},
        {QStringLiteral("02-catalog-arabic.png"),
         [this] { language_.use(QLocale(QLocale::Arabic)); }},
        {QString(), [this, startLocale] { language_.use(startLocale); }},
    };
}

void DemoJourney::start() {
    if (!outputDir_.mkpath(QStringLiteral("."))) {
        emit finished(1, tr("Cannot create the folder %1").arg(outputDir_.absolutePath()));
        return;
    }
    window_.show();
    window_.raise();
    QTimer::singleShot(0, this, [this] { runStep(0); });
}

void DemoJourney::runStep(std::size_t index) {
    if (index == steps_.size()) {
        emit finished(0, QString());
        return;
    }
    steps_[index].before();
    if (steps_[index].fileName.isEmpty()) {
        QTimer::singleShot(0, this, [this, index] { runStep(index + 1); });
        return;
    }
    QTimer::singleShot(kSettleMs, this, [this, index] { capture(index); });
}

void DemoJourney::capture(std::size_t index) {
    const QString path = outputDir_.absoluteFilePath(steps_[index].fileName);
    const QPixmap shot = window_.grab();
    if (shot.isNull() || !shot.save(path, "PNG")) {
        emit finished(1, tr("Cannot write the screenshot %1").arg(path));
        return;
    }
    written_ << path;
    QTextStream(stdout) << path << Qt::endl;
    runStep(index + 1);
}

}  // namespace satchel::app
