#include "satchel/ui/editor/quiz_editor.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

#include "satchel/client/gift_import.h"
#include "satchel/ui/editor/course_document.h"
#include "satchel/ui/editor/question_editor.h"

namespace satchel::ui::editor {
namespace {

enum Field { kSettings = 10, kQuestionBase = 100 };

QString typeLabel(QuestionType type) {
    switch (type) {
        case QuestionType::SingleChoice:
            return QuizEditor::tr("Single choice");
        case QuestionType::MultipleChoice:
            return QuizEditor::tr("Multiple answers");
        case QuestionType::TrueFalse:
            return QuizEditor::tr("True or false");
        case QuestionType::ShortAnswer:
            return QuizEditor::tr("Short answer");
        case QuestionType::Numeric:
            return QuizEditor::tr("Numeric");
    }
    return {};
}

}  // namespace

QuizEditor::QuizEditor(CourseDocument& document, QWidget* parent)
    : QWidget(parent),
      document_(document),
      mode_(new QComboBox),
      pass_(new QDoubleSpinBox),
      timeLimit_(new QSpinBox),
      list_(new QStandardItemModel(this)),
      listView_(new QListView),
      question_(new QuestionEditor),
      giftReport_(new QLabel) {
    mode_->addItem(tr("Graded"), static_cast<int>(QuizMode::Graded));
    mode_->addItem(tr("Practice"), static_cast<int>(QuizMode::Practice));
    pass_->setRange(0, 100);
    pass_->setSuffix(tr(" %"));
    timeLimit_->setRange(0, 24 * 60);
    timeLimit_->setSpecialValueText(tr("No limit"));
    timeLimit_->setSuffix(tr(" min"));
    giftReport_->setWordWrap(true);
    giftReport_->setObjectName(QStringLiteral("giftReport"));
    listView_->setModel(list_);
    listView_->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* settings = new QFormLayout;
    settings->addRow(tr("Mode:"), mode_);
    settings->addRow(tr("Pass threshold:"), pass_);
    settings->addRow(tr("Time limit:"), timeLimit_);

    auto* add = new QToolButton;
    add->setText(tr("Add question"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto* addMenu = new QMenu(add);
    for (QuestionType type :
         {QuestionType::SingleChoice, QuestionType::MultipleChoice, QuestionType::TrueFalse,
          QuestionType::ShortAnswer, QuestionType::Numeric})
        addMenu->addAction(typeLabel(type), this, [this, type] { addQuestion(type); });
    add->setMenu(addMenu);
    auto* remove = new QPushButton(tr("Remove question"));
    auto* gift = new QPushButton(tr("Import GIFT…"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(gift);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(settings);
    leftLayout->addWidget(listView_);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(giftReport_);
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(question_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(mode_, &QComboBox::currentIndexChanged, this, &QuizEditor::settingsEdited);
    connect(pass_, &QDoubleSpinBox::valueChanged, this, &QuizEditor::settingsEdited);
    connect(timeLimit_, &QSpinBox::valueChanged, this, &QuizEditor::settingsEdited);
    connect(question_, &QuestionEditor::edited, this, &QuizEditor::questionEdited);
    connect(listView_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) {
                if (!loading_)
                    selectQuestion(index.row());
            });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (current_ < 0 || current_ >= static_cast<int>(lesson_.quiz.questions.size()))
            return;
        client::DraftLesson edited = lesson_;
        edited.quiz.questions.erase(edited.quiz.questions.begin() + current_);
        commit(std::move(edited), tr("Remove question"));
    });
    connect(gift, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import GIFT"), QString(),
                                                          tr("GIFT quizzes (*.gift *.txt)"));
        if (path.isEmpty())
            return;
        QFile file(path);  // a quiz text file: small, read at once
        if (!file.open(QIODevice::ReadOnly)) {
            giftReport_->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
            return;
        }
        importGift(QString::fromUtf8(file.readAll()));
    });
}

void QuizEditor::setLesson(const client::DraftLesson& lesson) {
    const bool other = lesson.id != lesson_.id;
    lesson_ = lesson;
    loading_ = true;
    mode_->setCurrentIndex(mode_->findData(static_cast<int>(lesson.quiz.mode)));
    pass_->setValue(lesson.quiz.passPercent);
    timeLimit_->setValue(
        lesson.quiz.timeLimitSeconds ? static_cast<int>(*lesson.quiz.timeLimitSeconds / 60) : 0);
    loading_ = false;
    if (other) {
        current_ = -1;
        giftReport_->clear();
    }
    rebuildList();
}

void QuizEditor::rebuildList() {
    loading_ = true;
    list_->clear();
    for (const Question& q : lesson_.quiz.questions) {
        const QString prompt = QString::fromStdString(q.prompt).simplified();
        list_->appendRow(new QStandardItem(QStringLiteral("%1 — %2").arg(
            typeLabel(q.type), prompt.isEmpty() ? tr("(no text)") : prompt)));
    }
    const int count = static_cast<int>(lesson_.quiz.questions.size());
    if (current_ >= count)
        current_ = count - 1;
    if (current_ < 0 && count > 0)
        current_ = 0;
    if (current_ >= 0)
        listView_->setCurrentIndex(list_->index(current_, 0));
    loading_ = false;
    question_->setEnabled(current_ >= 0);
    if (current_ >= 0)
        question_->setQuestion(lesson_.quiz.questions[static_cast<std::size_t>(current_)]);
}

void QuizEditor::selectQuestion(int row) {
    if (row < 0 || row >= static_cast<int>(lesson_.quiz.questions.size()))
        return;
    current_ = row;
    listView_->setCurrentIndex(list_->index(row, 0));
    question_->setEnabled(true);
    question_->setQuestion(lesson_.quiz.questions[static_cast<std::size_t>(row)]);
}

void QuizEditor::commit(client::DraftLesson edited, const QString& text, int mergeField) {
    document_.updateLesson(edited, text, mergeField);
}

void QuizEditor::settingsEdited() {
    if (loading_)
        return;
    client::DraftLesson edited = lesson_;
    edited.quiz.mode = static_cast<QuizMode>(mode_->currentData().toInt());
    edited.quiz.passPercent = pass_->value();
    if (timeLimit_->value() > 0)
        edited.quiz.timeLimitSeconds = static_cast<std::uint32_t>(timeLimit_->value()) * 60;
    else
        edited.quiz.timeLimitSeconds.reset();
    commit(std::move(edited), tr("Edit quiz settings"), kSettings);
}

void QuizEditor::questionEdited(const Question& question) {
    if (current_ < 0 || current_ >= static_cast<int>(lesson_.quiz.questions.size()))
        return;
    client::DraftLesson edited = lesson_;
    edited.quiz.questions[static_cast<std::size_t>(current_)] = question;
    commit(std::move(edited), tr("Edit question"), kQuestionBase + current_);
}

std::string QuizEditor::freeQuestionId(const Quiz& quiz) const {
    for (std::size_t n = quiz.questions.size() + 1;; ++n) {
        const std::string id = "q" + std::to_string(n);
        bool taken = false;
        for (const Question& q : quiz.questions)
            taken = taken || q.id == id;
        if (!taken)
            return id;
    }
}

void QuizEditor::addQuestion(QuestionType type) {
    client::DraftLesson edited = lesson_;
    Question q;
    q.id = freeQuestionId(edited.quiz);
    q.type = type;
    q.points = 1;
    if (type == QuestionType::TrueFalse)
        q.correctBool = true;
    edited.quiz.questions.push_back(q);
    current_ = static_cast<int>(edited.quiz.questions.size()) - 1;
    commit(std::move(edited), tr("Add question"));
}

bool QuizEditor::importGift(const QString& text) {
    const std::string utf8 = text.toStdString();
    auto parsed = parseGift(utf8);
    if (!parsed) {
        QStringList lines;
        for (const GiftDiagnostic& p : parsed.error().problems)
            lines << tr("Line %1: %2").arg(p.line).arg(QString::fromStdString(p.message));
        giftReport_->setText(tr("Nothing was imported:") + QLatin1Char('\n') +
                             lines.join(QLatin1Char('\n')));
        return false;
    }
    client::DraftLesson edited = lesson_;
    for (GiftQuestion& g : parsed->questions) {
        g.question.id = freeQuestionId(edited.quiz);
        edited.quiz.questions.push_back(std::move(g.question));
    }
    QString report =
        tr("%n question(s) imported.", nullptr, static_cast<int>(parsed->questions.size()));
    for (const GiftDiagnostic& w : parsed->warnings)
        report += QLatin1Char('\n') +
                  tr("Line %1: %2").arg(w.line).arg(QString::fromStdString(w.message));
    giftReport_->setText(report);
    commit(std::move(edited), tr("Import GIFT"));
    return true;
}

}  // namespace satchel::ui::editor
