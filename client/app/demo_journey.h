#pragma once
// The headless demo: shows each screen that exists, saves a PNG of it (QWidget::grab) into a
// folder, prints each path on standard output, and finishes. Every step is scheduled on the
// event loop (no nested loops, no sleeps), so the window paints between steps.

#include <QDir>
#include <QObject>
#include <QStringList>
#include <functional>
#include <vector>

namespace satchel::i18n {
class LanguageSwitcher;
}
namespace satchel::ui {
class MainWindow;
}

namespace satchel::app {

class DemoJourney : public QObject {
    Q_OBJECT
public:
    DemoJourney(ui::MainWindow& window, i18n::LanguageSwitcher& language, QDir outputDir,
                QObject* parent = nullptr);

    // Starts the journey; `finished` follows once every screenshot is written or one failed.
    void start();
    const QStringList& writtenFiles() const { return written_; }

signals:
    // exitCode 0 when every screenshot was written; 1 (with `error` set) otherwise.
    void finished(int exitCode, const QString& error);

private:
    struct Step {
        QString fileName;              // e.g. "01-catalog.png"
        std::function<void()> before;  // puts the screen into the state to capture
    };
    void runStep(std::size_t index);
    void capture(std::size_t index);

    ui::MainWindow& window_;
    i18n::LanguageSwitcher& language_;
    QDir outputDir_;
    std::vector<Step> steps_;
    QStringList written_;
};

}  // namespace satchel::app
