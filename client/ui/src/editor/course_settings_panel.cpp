#include "satchel/ui/editor/course_settings_panel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "satchel/ui/editor/course_document.h"

namespace satchel::ui::editor {
namespace {
enum Field { kTitle, kDescription, kLanguage, kOther };
}

CourseSettingsPanel::CourseSettingsPanel(CourseDocument& document, QWidget* parent)
    : QWidget(parent),
      document_(document),
      title_(new QLineEdit),
      description_(new QPlainTextEdit),
      language_(new QLineEdit),
      open_(new QRadioButton(tr("Open: any student may enroll"))),
      invitation_(new QRadioButton(tr("By invitation only"))),
      videoPercent_(new QSpinBox),
      readingSeconds_(new QSpinBox),
      quizNeedsPass_(new QCheckBox(tr("Quizzes count as completed only when passed"))),
      reminderDays_(new QSpinBox) {
    title_->setObjectName(QStringLiteral("courseTitle"));
    language_->setPlaceholderText(tr("e.g. en, de, fr-CA"));
    videoPercent_->setRange(1, 100);
    videoPercent_->setSuffix(tr(" % watched"));
    readingSeconds_->setRange(0, 3600);
    readingSeconds_->setSpecialValueText(tr("Opening is enough"));
    readingSeconds_->setSuffix(tr(" s"));
    // -1 stands for "the server's default" (no value of the course's own); 0 sends none.
    reminderDays_->setObjectName(QStringLiteral("reminderDays"));
    reminderDays_->setRange(-1, 365);
    reminderDays_->setSpecialValueText(tr("Server's default"));
    reminderDays_->setSuffix(tr(" days inactive"));
    reminderDays_->setToolTip(tr("0 sends no reminders for this course"));
    auto* group = new QButtonGroup(this);
    group->addButton(open_);
    group->addButton(invitation_);

    auto* about = new QGroupBox(tr("Course"));
    auto* aboutForm = new QFormLayout(about);
    aboutForm->addRow(tr("Title:"), title_);
    aboutForm->addRow(tr("Description:"), description_);
    aboutForm->addRow(tr("Language:"), language_);
    auto* enrollment = new QGroupBox(tr("Enrollment"));
    auto* enrollmentLayout = new QVBoxLayout(enrollment);
    enrollmentLayout->addWidget(open_);
    enrollmentLayout->addWidget(invitation_);
    auto* completion = new QGroupBox(tr("Completion rules"));
    auto* completionForm = new QFormLayout(completion);
    completionForm->addRow(tr("Video lessons:"), videoPercent_);
    completionForm->addRow(tr("Readings, time spent:"), readingSeconds_);
    completionForm->addRow(quizNeedsPass_);
    completionForm->addRow(tr("Remind a student after:"), reminderDays_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(enrollment);
    layout->addWidget(completion);
    layout->addStretch();

    load();
    connect(&document_, &CourseDocument::draftChanged, this, &CourseSettingsPanel::load);
    connect(title_, &QLineEdit::textEdited, this, [this] { edited(kTitle); });
    connect(description_, &QPlainTextEdit::textChanged, this, [this] { edited(kDescription); });
    connect(language_, &QLineEdit::textEdited, this, [this] { edited(kLanguage); });
    connect(open_, &QRadioButton::toggled, this, [this] { edited(kOther); });
    connect(videoPercent_, &QSpinBox::valueChanged, this, [this] { edited(kOther); });
    connect(readingSeconds_, &QSpinBox::valueChanged, this, [this] { edited(kOther); });
    connect(quizNeedsPass_, &QCheckBox::toggled, this, [this] { edited(kOther); });
    connect(reminderDays_, &QSpinBox::valueChanged, this, [this] { edited(kOther); });
}

void CourseSettingsPanel::load() {
    const auto& d = document_.draft();
    loading_ = true;
    if (title_->text() != QString::fromStdString(d.title))
        title_->setText(QString::fromStdString(d.title));
    if (description_->toPlainText() != QString::fromStdString(d.description))
        description_->setPlainText(QString::fromStdString(d.description));
    if (language_->text() != QString::fromStdString(d.language))
        language_->setText(QString::fromStdString(d.language));
    (d.openEnrollment ? open_ : invitation_)->setChecked(true);
    videoPercent_->setValue(static_cast<int>(d.completion.videoMinWatchedPercent));
    readingSeconds_->setValue(static_cast<int>(d.completion.readingMinTimeMs / 1000));
    quizNeedsPass_->setChecked(d.completion.quizNeedsPass);
    reminderDays_->setValue(d.reminderInactiveDays.value_or(-1));
    loading_ = false;
}

void CourseSettingsPanel::edited(int field) {
    if (loading_)
        return;
    client::CourseDraft s = document_.draft();
    s.title = title_->text().toStdString();  // untrimmed: the field keeps what is typed
    s.description = description_->toPlainText().toStdString();
    s.language = language_->text().toStdString();
    s.openEnrollment = open_->isChecked();
    s.completion.videoMinWatchedPercent = static_cast<std::uint32_t>(videoPercent_->value());
    s.completion.readingMinTimeMs = static_cast<std::uint64_t>(readingSeconds_->value()) * 1000;
    s.completion.quizNeedsPass = quizNeedsPass_->isChecked();
    s.reminderInactiveDays =
        reminderDays_->value() < 0 ? std::nullopt : std::optional<int>(reminderDays_->value());
    const QString text = field == kOther ? tr("Change course settings") : tr("Edit course details");
    document_.updateCourse(s, text, field == kOther ? -1 : field);
}

}  // namespace satchel::ui::editor
