#pragma once
// QuizPage: one quiz lesson. Every question type has its editor (single choice: radio buttons;
// multiple choice: check boxes; true/false; short answer; numeric). A timed quiz shows a
// countdown and submits what was answered when the time is up. After submit the page shows
// the score: final for practice quizzes, provisional and "awaiting the server's grade" for
// graded ones. A graded quiz whose answer keys are withheld (what students receive) gets no
// score on this device at all: only "awaiting the server's grade". For every graded attempt
// the page then watches the local store after each sync and shows the server's grade once
// pull has delivered it. The attempt goes to StudentController::recordAttempt (store, then
// sync).

#include <QTimer>
#include <QWidget>
#include <optional>

#include "satchel/client/quiz_session.h"

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace satchel::ui {

class StudentController;

class QuizPage : public QWidget {
    Q_OBJECT
public:
    explicit QuizPage(StudentController& controller, QWidget* parent = nullptr);

    void openQuiz(const Uuid& courseId, std::uint32_t courseVersion, const Lesson& lesson);
    QPushButton* submitButton() const { return submit_; }
    QLabel* resultLabel() const { return result_; }
    QLabel* countdownLabel() const { return countdown_; }
    // Answers a question programmatically, as the editors do (tests and the demo journey).
    void answer(const Answer& answer);
    void submit();

signals:
    void backRequested();
    void submitted(const satchel::client::SubmittedQuiz& quiz);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QWidget* editorFor(const Question& question);
    void updateCountdown();
    // Shows the server's grade of the pending attempt if the local store has it by now.
    void checkServerGrade();
    void showServerGrade(const Score& score);

    StudentController& controller_;
    QLabel* title_;
    QLabel* info_;
    QLabel* countdown_;
    QScrollArea* scroll_;
    QWidget* questions_ = nullptr;
    QPushButton* backButton_;
    QPushButton* submit_;
    QLabel* result_;
    QTimer tick_;
    std::optional<client::QuizSession> session_;
    // The submitted graded attempt whose server grade the page waits for (nil: none).
    Uuid pendingAttempt_;
    Uuid pendingLesson_;
};

}  // namespace satchel::ui
