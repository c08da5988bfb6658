#include "satchel/ui/quiz_page.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDoubleValidator>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "satchel/ui/student_controller.h"

namespace satchel::ui {

QuizPage::QuizPage(StudentController& controller, QWidget* parent)
    : QWidget(parent),
      controller_(controller),
      title_(new QLabel(this)),
      info_(new QLabel(this)),
      countdown_(new QLabel(this)),
      scroll_(new QScrollArea(this)),
      backButton_(new QPushButton(this)),
      submit_(new QPushButton(this)),
      result_(new QLabel(this)) {
    setObjectName(QStringLiteral("quizPage"));
    QFont headingFont = title_->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    title_->setFont(headingFont);
    countdown_->setObjectName(QStringLiteral("quizCountdown"));
    submit_->setObjectName(QStringLiteral("quizSubmit"));
    result_->setObjectName(QStringLiteral("quizResult"));
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    result_->setFocusPolicy(Qt::TabFocus);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);

    auto* top = new QHBoxLayout;
    top->addWidget(backButton_);
    top->addWidget(title_, 1);
    top->addWidget(countdown_);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(result_, 1);
    bottom->addWidget(submit_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(info_);
    layout->addWidget(scroll_, 1);
    layout->addLayout(bottom);

    connect(backButton_, &QPushButton::clicked, this, &QuizPage::backRequested);
    connect(submit_, &QPushButton::clicked, this, &QuizPage::submit);
    tick_.setInterval(250);
    connect(&tick_, &QTimer::timeout, this, &QuizPage::updateCountdown);
    // A sync cycle may have pulled the grade of the attempt this page waits for.
    connect(&controller_, &StudentController::progressChanged, this,
            [this] { checkServerGrade(); });
    connect(&controller_, &StudentController::syncStatusChanged, this,
            [this] { checkServerGrade(); });
    retranslate();
}

void QuizPage::openQuiz(const Uuid& courseId, std::uint32_t courseVersion, const Lesson& lesson) {
    tick_.stop();
    result_->clear();
    submit_->setEnabled(true);
    pendingAttempt_ = Uuid{};
    auto started = client::QuizSession::start(
        lesson, {courseId, courseVersion, controller_.deviceId()}, controller_.clock());
    if (!started) {
        session_.reset();
        result_->setText(tr("This lesson has no quiz."));
        submit_->setEnabled(false);
        return;
    }
    session_.emplace(std::move(*started));
    title_->setText(QString::fromStdString(lesson.title));
    const Quiz& quiz = session_->quiz();
    info_->setText(quiz.mode == QuizMode::Practice
                       ? tr("Practice quiz: your score is shown as soon as you submit.")
                   : quiz.answerKeysWithheld
                       ? tr("Graded quiz: the server grades your answers; your score is shown "
                            "once it has.")
                       : tr("Graded quiz: your score counts once the server has graded it."));

    questions_ = new QWidget;
    auto* list = new QVBoxLayout(questions_);
    int number = 1;
    for (const Question& question : quiz.questions) {
        auto* box = new QGroupBox(
            tr("%1. %2").arg(number++).arg(QString::fromStdString(question.prompt)), questions_);
        box->setAccessibleName(box->title());
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(editorFor(question));
        list->addWidget(box);
    }
    list->addStretch(1);
    scroll_->setWidget(questions_);
    if (session_->remaining())
        tick_.start();
    updateCountdown();
}

QWidget* QuizPage::editorFor(const Question& question) {
    auto* editor = new QWidget;
    auto* layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    const std::string id = question.id;
    switch (question.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice: {
            const bool single = question.type == QuestionType::SingleChoice;
            auto* group = new QButtonGroup(editor);
            group->setExclusive(single);
            for (const Choice& choice : question.choices) {
                QAbstractButton* button =
                    single ? static_cast<QAbstractButton*>(new QRadioButton(editor))
                           : static_cast<QAbstractButton*>(new QCheckBox(editor));
                button->setText(QString::fromStdString(choice.text));
                button->setProperty("choiceId", QString::fromStdString(choice.id));
                group->addButton(button);
                layout->addWidget(button);
            }
            connect(group, &QButtonGroup::buttonToggled, this, [this, group, id] {
                Answer a;
                a.questionId = id;
                for (QAbstractButton* b : group->buttons())
                    if (b->isChecked())
                        a.choiceIds.push_back(b->property("choiceId").toString().toStdString());
                answer(a);
            });
            break;
        }
        case QuestionType::TrueFalse: {
            auto* yes = new QRadioButton(tr("True"), editor);
            auto* no = new QRadioButton(tr("False"), editor);
            layout->addWidget(yes);
            layout->addWidget(no);
            connect(yes, &QRadioButton::toggled, this, [this, id](bool on) {
                Answer a;
                a.questionId = id;
                a.boolean = on;
                answer(a);
            });
            break;
        }
        case QuestionType::ShortAnswer:
        case QuestionType::Numeric: {
            auto* field = new QLineEdit(editor);
            const bool numeric = question.type == QuestionType::Numeric;
            field->setPlaceholderText(numeric ? tr("A number") : tr("Your answer"));
            field->setAccessibleName(field->placeholderText());
            if (numeric)
                field->setValidator(new QDoubleValidator(field));
            layout->addWidget(field);
            connect(field, &QLineEdit::textEdited, this, [this, id, numeric](const QString& t) {
                Answer a;
                a.questionId = id;
                if (!numeric) {
                    a.text = t.toStdString();
                } else {
                    bool ok = false;
                    const double value = QLocale().toDouble(t, &ok);
                    if (ok)
                        a.number = value;
                    else if (const double c = t.toDouble(&ok); ok)
                        a.number = c;
                }
                answer(a);
            });
            break;
        }
    }
    return editor;
}

void QuizPage::answer(const Answer& answer) {
    if (!session_)
        return;
    if (auto recorded = session_->answer(answer);
        !recorded && recorded.error().kind == client::QuizError::Kind::TimeUp)
        submit();
}

void QuizPage::submit() {
    if (!session_)
        return;
    tick_.stop();
    auto done = session_->submit();
    if (!done)
        return;  // already submitted
    submit_->setEnabled(false);
    if (questions_)
        questions_->setEnabled(false);
    controller_.recordAttempt(done->attempt);
    if (done->serverGradedOnly()) {
        result_->setText(tr("Answers submitted. Awaiting the server's grade."));
    } else {
        const Score& score = done->report->score;
        const QString points =
            tr("%1 of %2 points").arg(QLocale().toString(score.points)).arg(score.maxPoints);
        if (done->final())
            result_->setText(score.passed
                                 ? tr("Passed: %1.").arg(points)
                                 : tr("Not passed yet: %1. You can try again.").arg(points));
        else
            result_->setText(tr("Provisional score: %1. Awaiting the server's grade.").arg(points));
    }
    result_->setAccessibleName(result_->text());
    if (!done->final()) {
        pendingAttempt_ = done->attempt.id;
        pendingLesson_ = done->attempt.lessonId;
    }
    emit submitted(*done);
}

void QuizPage::checkServerGrade() {
    if (pendingAttempt_.isNil())
        return;
    using Found = std::optional<Score>;
    controller_.store().run<Found>(
        [attemptId = pendingAttempt_, lessonId = pendingLesson_](client::LocalStore& store) {
            auto attempts = store.attempts(lessonId);
            if (!attempts)
                return Found{};
            for (const auto& stored : *attempts)
                if (stored.attempt.id == attemptId && stored.grade)
                    return Found{stored.grade->score};
            return Found{};
        },
        this,
        [this, attemptId = pendingAttempt_](Found score) {
            // Still the same attempt on screen (another quiz may have been opened meanwhile).
            if (score && attemptId == pendingAttempt_)
                showServerGrade(*score);
        });
}

void QuizPage::showServerGrade(const Score& score) {
    pendingAttempt_ = Uuid{};
    const QString points =
        tr("%1 of %2 points").arg(QLocale().toString(score.points)).arg(score.maxPoints);
    result_->setText(score.passed ? tr("Graded by the server. Passed: %1.").arg(points)
                                  : tr("Graded by the server. Not passed yet: %1.").arg(points));
    result_->setAccessibleName(result_->text());
}

void QuizPage::updateCountdown() {
    if (!session_ || !session_->remaining()) {
        countdown_->clear();
        return;
    }
    const auto left = std::chrono::duration_cast<std::chrono::seconds>(*session_->remaining());
    countdown_->setText(tr("Time left: %1:%2")
                            .arg(left.count() / 60)
                            .arg(left.count() % 60, 2, 10, QLatin1Char('0')));
    countdown_->setAccessibleName(countdown_->text());
    if (session_->timeUp() && submit_->isEnabled())
        submit();
}

void QuizPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QuizPage::retranslate() {
    backButton_->setText(tr("Back to course"));
    submit_->setText(tr("Submit answers"));
    scroll_->setAccessibleName(tr("Questions"));
}

}  // namespace satchel::ui
