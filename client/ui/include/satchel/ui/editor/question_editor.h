#pragma once
// QuestionEditor: one quiz question of any type — prompt, points, and the answer key of its
// type (choices with the correct ones ticked, true/false, accepted short answers, numeric
// value ± tolerance or a range). Emits edited() with the whole question after each change;
// the quiz editor turns that into an undo step.

#include <QWidget>

#include "satchel/model/quiz.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace satchel::ui::editor {

class QuestionEditor : public QWidget {
    Q_OBJECT
public:
    explicit QuestionEditor(QWidget* parent = nullptr);

    void setQuestion(const Question& question);  // shows it without emitting edited()
    const Question& question() const { return question_; }

    QComboBox* typeBox() const { return type_; }
    QPlainTextEdit* promptEdit() const { return prompt_; }
    QSpinBox* pointsBox() const { return points_; }
    QStandardItemModel* choicesModel() const { return choices_; }
    QComboBox* trueFalseBox() const { return trueFalse_; }
    QPlainTextEdit* acceptedEdit() const { return accepted_; }
    QLineEdit* numericValue() const { return value_; }
    QLineEdit* numericTolerance() const { return tolerance_; }
    QLineEdit* numericMin() const { return min_; }
    QLineEdit* numericMax() const { return max_; }
    // Adds a choice row (text, correct) as the "Add choice" button does.
    void addChoice(const QString& text, bool correct);

signals:
    void edited(const satchel::Question& question);

private:
    QWidget* makeChoicesPage();
    QWidget* makeNumericPage();
    void readBack();  // widgets -> question_, then edited()
    void showType();

    Question question_;
    bool loading_ = false;
    QComboBox* type_;
    QPlainTextEdit* prompt_;
    QSpinBox* points_;
    QStackedWidget* pages_;
    QStandardItemModel* choices_;
    QTableView* choiceView_ = nullptr;
    QComboBox* trueFalse_;
    QPlainTextEdit* accepted_;
    QCheckBox* caseSensitive_;
    QLineEdit* value_ = nullptr;
    QLineEdit* tolerance_ = nullptr;
    QLineEdit* min_ = nullptr;
    QLineEdit* max_ = nullptr;
};

}  // namespace satchel::ui::editor
