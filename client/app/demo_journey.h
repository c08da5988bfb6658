#pragma once
// The headless demo: walks the student journey against a real server (sign in as the demo
// student, catalog, course, download, player, reading, quiz and its result, the course's
// progress, the Arabic UI), saves a PNG of each screen (QWidget::grab) into a folder, prints
// each path on standard output, and finishes.
//
// Each step does its action, then waits (polling on the event loop, no nested loops, no
// sleeps) until its screen is in the state to capture, up to a generous timeout.

#include <QDir>
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <functional>
#include <vector>

namespace satchel::i18n {
class LanguageSwitcher;
}
namespace satchel::ui {
class MainWindow;
class StudentController;
}  // namespace satchel::ui

namespace satchel::app {

struct DemoCredentials {
    QString email = QStringLiteral("demo");
    QString password = QStringLiteral("demo-password");
};

class DemoJourney : public QObject {
    Q_OBJECT
public:
    // Without a controller (no server given) only the catalog and its Arabic twin are shown.
    DemoJourney(ui::MainWindow& window, ui::StudentController* controller,
                i18n::LanguageSwitcher& language, QDir outputDir, DemoCredentials credentials = {},
                QObject* parent = nullptr);

    // Starts the journey; `finished` follows once every screenshot is written or one failed.
    void start();
    const QStringList& writtenFiles() const { return written_; }

signals:
    // exitCode 0 when every screenshot was written; 1 (with `error` set) otherwise.
    void finished(int exitCode, const QString& error);

private:
    struct Step {
        QString fileName;              // empty: no capture, just the action
        std::function<void()> action;  // puts the screen into motion
        std::function<bool()> ready;   // true once the screen is worth capturing
        int timeoutMs = 30000;
    };
    void addJourneySteps();
    void runStep(std::size_t index);
    void waitReady(std::size_t index);
    void capture(std::size_t index);

    ui::MainWindow& window_;
    ui::StudentController* controller_;
    i18n::LanguageSwitcher& language_;
    QDir outputDir_;
    DemoCredentials credentials_;
    std::vector<Step> steps_;
    QStringList written_;
    QElapsedTimer stepClock_;
};

}  // namespace satchel::app
