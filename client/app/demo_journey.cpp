#include "demo_journey.h"

#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMediaPlayer>
#include <QPixmap>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include "satchel/i18n/language.h"
#include "satchel/ui/catalog_model.h"
#include "satchel/ui/catalog_page.h"
#include "satchel/ui/course_outline_model.h"
#include "satchel/ui/course_page.h"
#include "satchel/ui/main_window.h"
#include "satchel/ui/player_page.h"
#include "satchel/ui/progress_page.h"
#include "satchel/ui/quiz_page.h"
#include "satchel/ui/reading_page.h"
#include "satchel/ui/sign_in_page.h"
#include "satchel/ui/student_controller.h"
#include "satchel/ui/sync_indicator.h"

namespace satchel::app {
namespace {
// Time for layout, fonts and the window manager to settle before a capture. It is not a
// correctness wait: a capture taken early is merely less pretty.
constexpr int kSettleMs = 400;
constexpr int kPollMs = 100;

const Lesson* firstLesson(const CourseManifest& manifest, LessonKind kind) {
    for (const Module& module : manifest.modules)
        for (const Lesson& lesson : module.lessons)
            if (lesson.kind == kind)
                return &lesson;
    return nullptr;
}

// The right answer to each question: the demo shows a passed quiz.
std::vector<Answer> correctAnswers(const Quiz& quiz) {
    std::vector<Answer> answers;
    for (const Question& q : quiz.questions) {
        Answer a;
        a.questionId = q.id;
        switch (q.type) {
            case QuestionType::SingleChoice:
            case QuestionType::MultipleChoice:
                a.choiceIds = q.correctChoiceIds;
                break;
            case QuestionType::TrueFalse:
                a.boolean = q.correctBool;
                break;
            case QuestionType::ShortAnswer:
                if (!q.acceptedAnswers.empty())
                    a.text = q.acceptedAnswers.front();
                break;
            case QuestionType::Numeric:
                a.number = q.numeric.value ? *q.numeric.value : q.numeric.min.value_or(0.0);
                break;
        }
        answers.push_back(a);
    }
    return answers;
}
}  // namespace

DemoJourney::DemoJourney(ui::MainWindow& window, ui::StudentController* controller,
                         i18n::LanguageSwitcher& language, QDir outputDir,
                         DemoCredentials credentials, QObject* parent)
    : QObject(parent),
      window_(window),
      controller_(controller),
      language_(language),
      outputDir_(std::move(outputDir)),
      credentials_(std::move(credentials)) {
    const QLocale startLocale = language_.current();
    auto always = [] { return true; };
    if (controller_) {
        // A demo that cannot sign in says why at once rather than after a step's timeout.
        connect(controller_, &ui::StudentController::signInFailed, this,
                [this](const QString& why) {
                    emit finished(1, tr("The demo student could not sign in: %1").arg(why));
                });
        addJourneySteps();
    } else {
        steps_.push_back(
            {QStringLiteral("02-catalog.png"), [this] { window_.showCatalog(); }, always});
    }
    if (controller_)
        steps_.push_back(
            {QStringLiteral("11-progress.png"), [this] { window_.showProgress(); }, always});
    steps_.push_back({QStringLiteral("10-catalog-arabic.png"),
                      [this] {
                          language_.use(QLocale(QLocale::Arabic));
                          if (controller_)
                              window_.showCatalog();
                      },
                      always});
    steps_.push_back({QString(), [this, startLocale] { language_.use(startLocale); }, always});
}

void DemoJourney::addJourneySteps() {
    auto* c = controller_;
    auto& w = window_;
    auto manifest = [c, &w]() { return c->cachedManifest(w.coursePage()->courseId()); };
    steps_.push_back({QStringLiteral("01-sign-in.png"),
                      [&w, this] {
                          w.signInPage()->emailField()->setText(credentials_.email);
                          w.signInPage()->passwordField()->setText(credentials_.password);
                      },
                      [c] { return c->isReady(); }});
    steps_.push_back({QStringLiteral("02-catalog.png"),
                      [&w] { w.signInPage()->submitButton()->click(); },
                      [c, &w] {
                          return c->signedIn() && w.pages()->currentWidget() == w.catalogPage() &&
                                 c->catalog()->rowCount() > 0;
                      }});
    steps_.push_back({QStringLiteral("03-course.png"),
                      [c, &w] {
                          for (int row = 0; row < c->catalog()->rowCount(); ++row)
                              if (c->catalog()->course(row)->enrolled) {
                                  w.openCourse(c->catalog()->course(row)->courseId);
                                  break;
                              }
                      },
                      [&w] { return w.pages()->currentWidget() == w.coursePage(); }});
    steps_.push_back({QStringLiteral("04-course-downloaded.png"),
                      [&w] { w.coursePage()->downloadButton()->click(); },
                      [c, &w] {
                          return c->catalog()->downloadState(w.coursePage()->courseId()) ==
                                 ui::CatalogModel::DownloadState::Downloaded;
                      },
                      120000});
    steps_.push_back({QStringLiteral("05-player.png"),
                      [&w, manifest] {
                          if (const Lesson* video = firstLesson(*manifest(), LessonKind::Video))
                              w.openLesson(*video);
                      },
                      [this, &w] {
                          return w.pages()->currentWidget() == w.playerPage() &&
                                 (w.playerPage()->player()->position() > 3000 ||
                                  stepClock_.elapsed() > 30000);  // a picture regardless
                      },
                      90000});  // GStreamer's first start is slow on a busy machine
    steps_.push_back({QStringLiteral("06-reading.png"),
                      [&w, manifest] {
                          w.playerPage()->player()->pause();
                          if (const Lesson* reading = firstLesson(*manifest(), LessonKind::Reading))
                              w.openLesson(*reading);
                      },
                      [&w] { return w.pages()->currentWidget() == w.readingPage(); }});
    steps_.push_back({QStringLiteral("07-quiz.png"),
                      [&w, manifest] {
                          if (const Lesson* quiz = firstLesson(*manifest(), LessonKind::Quiz))
                              w.openLesson(*quiz);
                      },
                      [&w] { return w.pages()->currentWidget() == w.quizPage(); }});
    steps_.push_back({QStringLiteral("08-quiz-result.png"),
                      [&w, manifest] {
                          const Lesson* quiz = firstLesson(*manifest(), LessonKind::Quiz);
                          if (!quiz || !quiz->quiz)
                              return;
                          for (const Answer& answer : correctAnswers(*quiz->quiz))
                              w.quizPage()->answer(answer);
                          w.quizPage()->submit();
                      },
                      [&w] { return !w.quizPage()->resultLabel()->text().isEmpty(); }});
    steps_.push_back({QStringLiteral("09-course-progress.png"),
                      [&w] { w.openCourse(w.coursePage()->courseId()); },
                      [c, &w] {
                          return w.pages()->currentWidget() == w.coursePage() &&
                                 c->catalog()->progress(w.coursePage()->courseId()) > 0 &&
                                 w.syncIndicator()->state() == ui::SyncIndicator::State::UpToDate;
                      }});
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
    steps_[index].action();
    stepClock_.start();
    waitReady(index);
}

void DemoJourney::waitReady(std::size_t index) {
    const Step& step = steps_[index];
    if (step.ready()) {
        if (step.fileName.isEmpty())
            QTimer::singleShot(0, this, [this, index] { runStep(index + 1); });
        else
            QTimer::singleShot(kSettleMs, this, [this, index] { capture(index); });
        return;
    }
    if (stepClock_.elapsed() > step.timeoutMs) {
        emit finished(1,
                      tr("The demo step for %1 did not complete in time")
                          .arg(step.fileName.isEmpty() ? QString::number(index) : step.fileName));
        return;
    }
    QTimer::singleShot(kPollMs, this, [this, index] { waitReady(index); });
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
