#include "satchel/ui/editor/question_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace satchel::ui::editor {
namespace {

enum Page { kChoicesPage, kTrueFalsePage, kShortPage, kNumericPage };

Page pageFor(QuestionType type) {
    switch (type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
            return kChoicesPage;
        case QuestionType::TrueFalse:
            return kTrueFalsePage;
        case QuestionType::ShortAnswer:
            return kShortPage;
        case QuestionType::Numeric:
            return kNumericPage;
    }
    return kChoicesPage;
}

QString numberText(const std::optional<double>& v) {
    return v ? QString::number(*v, 'g', 12) : QString();
}

std::optional<double> numberFrom(const QLineEdit* edit) {
    bool ok = false;
    const double v = QLocale::c().toDouble(edit->text().trimmed(), &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

}  // namespace

QuestionEditor::QuestionEditor(QWidget* parent)
    : QWidget(parent),
      type_(new QComboBox),
      prompt_(new QPlainTextEdit),
      points_(new QSpinBox),
      pages_(new QStackedWidget),
      choices_(new QStandardItemModel(0, 2, this)),
      trueFalse_(new QComboBox),
      accepted_(new QPlainTextEdit),
      caseSensitive_(new QCheckBox(tr("Case sensitive"))) {
    type_->addItem(tr("Single choice"), static_cast<int>(QuestionType::SingleChoice));
    type_->addItem(tr("Multiple answers"), static_cast<int>(QuestionType::MultipleChoice));
    type_->addItem(tr("True or false"), static_cast<int>(QuestionType::TrueFalse));
    type_->addItem(tr("Short answer"), static_cast<int>(QuestionType::ShortAnswer));
    type_->addItem(tr("Numeric"), static_cast<int>(QuestionType::Numeric));
    points_->setRange(0, 1000);
    prompt_->setPlaceholderText(tr("Question text"));
    prompt_->setMaximumHeight(90);
    trueFalse_->addItem(tr("True"), true);
    trueFalse_->addItem(tr("False"), false);
    accepted_->setPlaceholderText(tr("One accepted answer per line"));

    pages_->insertWidget(kChoicesPage, makeChoicesPage());
    pages_->insertWidget(kTrueFalsePage, trueFalse_);
    auto* shortPage = new QWidget;
    auto* shortLayout = new QVBoxLayout(shortPage);
    shortLayout->addWidget(accepted_);
    shortLayout->addWidget(caseSensitive_);
    pages_->insertWidget(kShortPage, shortPage);
    pages_->insertWidget(kNumericPage, makeNumericPage());

    auto* form = new QFormLayout(this);
    form->addRow(tr("Type:"), type_);
    form->addRow(tr("Question:"), prompt_);
    form->addRow(tr("Points:"), points_);
    form->addRow(tr("Answer key:"), pages_);

    connect(type_, &QComboBox::currentIndexChanged, this, [this] {
        showType();
        readBack();
    });
    connect(prompt_, &QPlainTextEdit::textChanged, this, &QuestionEditor::readBack);
    connect(points_, &QSpinBox::valueChanged, this, &QuestionEditor::readBack);
    connect(choices_, &QStandardItemModel::dataChanged, this, &QuestionEditor::readBack);
    connect(choices_, &QStandardItemModel::rowsRemoved, this, &QuestionEditor::readBack);
    connect(trueFalse_, &QComboBox::currentIndexChanged, this, &QuestionEditor::readBack);
    connect(accepted_, &QPlainTextEdit::textChanged, this, &QuestionEditor::readBack);
    connect(caseSensitive_, &QCheckBox::toggled, this, &QuestionEditor::readBack);
}

QWidget* QuestionEditor::makeChoicesPage() {
    auto* page = new QWidget;
    choices_->setHorizontalHeaderLabels({tr("Choice"), tr("Correct")});
    choiceView_ = new QTableView;
    choiceView_->setModel(choices_);
    choiceView_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* add = new QPushButton(tr("Add choice"));
    auto* remove = new QPushButton(tr("Remove choice"));
    connect(add, &QPushButton::clicked, this, [this] { addChoice(tr("New choice"), false); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = choiceView_->currentIndex();
        if (current.isValid())
            choices_->removeRow(current.row());
    });
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(choiceView_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    layout->addLayout(buttons);
    return page;
}

QWidget* QuestionEditor::makeNumericPage() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    value_ = new QLineEdit;
    tolerance_ = new QLineEdit;
    min_ = new QLineEdit;
    max_ = new QLineEdit;
    for (QLineEdit* edit : {value_, tolerance_, min_, max_}) {
        auto* validator = new QDoubleValidator(edit);
        validator->setLocale(QLocale::c());
        edit->setValidator(validator);
        connect(edit, &QLineEdit::textEdited, this, &QuestionEditor::readBack);
    }
    form->addRow(tr("Answer:"), value_);
    form->addRow(tr("± tolerance:"), tolerance_);
    form->addRow(tr("or from:"), min_);
    form->addRow(tr("to:"), max_);
    return page;
}

void QuestionEditor::addChoice(const QString& text, bool correct) {
    auto* label = new QStandardItem(text);
    auto* tick = new QStandardItem;
    tick->setCheckable(true);
    tick->setEditable(false);
    tick->setCheckState(correct ? Qt::Checked : Qt::Unchecked);
    // Choice ids stay stable across edits: kept in the row, new ones made unique here.
    int n = choices_->rowCount() + 1;
    auto taken = [&](const QString& id) {
        for (int r = 0; r < choices_->rowCount(); ++r)
            if (choices_->item(r, 0)->data(Qt::UserRole).toString() == id)
                return true;
        return false;
    };
    while (taken(QStringLiteral("c%1").arg(n)))
        ++n;
    label->setData(QStringLiteral("c%1").arg(n), Qt::UserRole);
    choices_->appendRow({label, tick});
    readBack();
}

void QuestionEditor::setQuestion(const Question& q) {
    loading_ = true;
    question_ = q;
    type_->setCurrentIndex(type_->findData(static_cast<int>(q.type)));
    if (prompt_->toPlainText() != QString::fromStdString(q.prompt))
        prompt_->setPlainText(QString::fromStdString(q.prompt));
    points_->setValue(static_cast<int>(q.points));
    choices_->removeRows(0, choices_->rowCount());
    for (const Choice& c : q.choices) {
        auto* label = new QStandardItem(QString::fromStdString(c.text));
        label->setData(QString::fromStdString(c.id), Qt::UserRole);
        auto* tick = new QStandardItem;
        tick->setCheckable(true);
        tick->setEditable(false);
        const bool correct = std::find(q.correctChoiceIds.begin(), q.correctChoiceIds.end(),
                                       c.id) != q.correctChoiceIds.end();
        tick->setCheckState(correct ? Qt::Checked : Qt::Unchecked);
        choices_->appendRow({label, tick});
    }
    trueFalse_->setCurrentIndex(q.correctBool ? 0 : 1);
    QStringList answers;
    for (const auto& a : q.acceptedAnswers)
        answers << QString::fromStdString(a);
    if (accepted_->toPlainText() != answers.join(QLatin1Char('\n')))
        accepted_->setPlainText(answers.join(QLatin1Char('\n')));
    caseSensitive_->setChecked(q.shortAnswer.caseSensitive);
    value_->setText(numberText(q.numeric.value));
    tolerance_->setText(q.numeric.value ? QString::number(q.numeric.tolerance, 'g', 12)
                                        : QString());
    min_->setText(numberText(q.numeric.min));
    max_->setText(numberText(q.numeric.max));
    showType();
    loading_ = false;
}

void QuestionEditor::showType() {
    pages_->setCurrentIndex(pageFor(static_cast<QuestionType>(type_->currentData().toInt())));
}

void QuestionEditor::readBack() {
    if (loading_)
        return;
    Question q = question_;
    q.type = static_cast<QuestionType>(type_->currentData().toInt());
    q.prompt = prompt_->toPlainText().toStdString();
    q.points = static_cast<std::uint32_t>(points_->value());
    q.choices.clear();
    q.correctChoiceIds.clear();
    q.acceptedAnswers.clear();
    q.numeric = {};
    switch (q.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
            for (int r = 0; r < choices_->rowCount(); ++r) {
                const std::string id =
                    choices_->item(r, 0)->data(Qt::UserRole).toString().toStdString();
                q.choices.push_back({id, choices_->item(r, 0)->text().toStdString()});
                if (choices_->item(r, 1)->checkState() == Qt::Checked)
                    q.correctChoiceIds.push_back(id);
            }
            break;
        case QuestionType::TrueFalse:
            q.correctBool = trueFalse_->currentData().toBool();
            break;
        case QuestionType::ShortAnswer:
            for (const QString& line : accepted_->toPlainText().split(QLatin1Char('\n')))
                if (!line.trimmed().isEmpty())
                    q.acceptedAnswers.push_back(line.trimmed().toStdString());
            q.shortAnswer.caseSensitive = caseSensitive_->isChecked();
            break;
        case QuestionType::Numeric:
            q.numeric.value = numberFrom(value_);
            q.numeric.tolerance = numberFrom(tolerance_).value_or(0.0);
            if (!q.numeric.value) {
                q.numeric.min = numberFrom(min_);
                q.numeric.max = numberFrom(max_);
            }
            break;
    }
    if (q == question_)
        return;
    question_ = q;
    emit edited(question_);
}

}  // namespace satchel::ui::editor
