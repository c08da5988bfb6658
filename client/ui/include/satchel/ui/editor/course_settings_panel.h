#pragma once
// CourseSettingsPanel: the course's metadata (title, description, language) and settings
// (open enrollment or by invitation; when video, reading and quiz lessons count as completed).
// Each change is an undo step of the CourseDocument (typing merges into one).

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace satchel::ui::editor {

class CourseDocument;

class CourseSettingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit CourseSettingsPanel(CourseDocument& document, QWidget* parent = nullptr);

    QLineEdit* titleEdit() const { return title_; }
    QPlainTextEdit* descriptionEdit() const { return description_; }
    QRadioButton* openEnrollment() const { return open_; }
    QRadioButton* invitationOnly() const { return invitation_; }
    QSpinBox* videoPercent() const { return videoPercent_; }
    QSpinBox* reminderDays() const { return reminderDays_; }  // -1: the server's default

private:
    void load();
    void edited(int field);

    CourseDocument& document_;
    bool loading_ = false;
    QLineEdit* title_;
    QPlainTextEdit* description_;
    QLineEdit* language_;
    QRadioButton* open_;
    QRadioButton* invitation_;
    QSpinBox* videoPercent_;
    QSpinBox* readingSeconds_;
    QCheckBox* quizNeedsPass_;
    QSpinBox* reminderDays_;
};

}  // namespace satchel::ui::editor
