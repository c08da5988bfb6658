#pragma once
// QuizEditor: a quiz lesson — practice or graded, pass threshold, time limit, its questions
// (a list to add, remove and pick from, and a QuestionEditor for the picked one), and
// "Import GIFT…" through client/core's GIFT importer (errors listed by line, nothing imported
// when there is one). Every change is an undo step of the CourseDocument.

#include <QWidget>

#include "satchel/client/draft_model.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListView;
class QSpinBox;
class QStandardItemModel;

namespace satchel::ui::editor {

class CourseDocument;
class QuestionEditor;

class QuizEditor : public QWidget {
    Q_OBJECT
public:
    explicit QuizEditor(CourseDocument& document, QWidget* parent = nullptr);

    void setLesson(const client::DraftLesson& lesson);
    // Appends the questions of a GIFT text; false (and the problems shown by line) when the
    // text has any. Used by the "Import GIFT…" button after its file dialog.
    bool importGift(const QString& text);
    void addQuestion(QuestionType type);
    void selectQuestion(int row);

    QComboBox* modeBox() const { return mode_; }
    QDoubleSpinBox* passBox() const { return pass_; }
    QSpinBox* timeLimitBox() const { return timeLimit_; }
    QuestionEditor* questionEditor() const { return question_; }
    QStandardItemModel* questionsModel() const { return list_; }
    QLabel* giftReport() const { return giftReport_; }

private:
    void commit(client::DraftLesson edited, const QString& text, int mergeField = -1);
    void settingsEdited();
    void questionEdited(const Question& question);
    void rebuildList();
    std::string freeQuestionId(const Quiz& quiz) const;

    CourseDocument& document_;
    client::DraftLesson lesson_;
    int current_ = -1;
    bool loading_ = false;
    QComboBox* mode_;
    QDoubleSpinBox* pass_;
    QSpinBox* timeLimit_;
    QStandardItemModel* list_;
    QListView* listView_;
    QuestionEditor* question_;
    QLabel* giftReport_;
};

}  // namespace satchel::ui::editor
