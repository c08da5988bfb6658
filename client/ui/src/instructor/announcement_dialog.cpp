#include "satchel/ui/instructor/announcement_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "satchel/ui/instructor/instructor_text.h"

namespace satchel::ui::instructor {
namespace {
int codePoints(const QString& text) {
    return static_cast<int>(text.toUcs4().size());
}
}  // namespace

AnnouncementDialog::AnnouncementDialog(client::ApiClient& api, std::vector<CourseChoice> courses,
                                       const std::optional<Uuid>& selected, QWidget* parent)
    : QDialog(parent),
      announcements_(api),
      courses_(new CourseComboBox(std::move(courses), selected, this)),
      title_(new QLineEdit(this)),
      body_(new QPlainTextEdit(this)),
      counter_(new QLabel(this)),
      status_(new QLabel(this)),
      send_(new QPushButton(tr("&Send"), this)) {
    qRegisterMetaType<client::Announcement>();
    setObjectName(QStringLiteral("announcementDialog"));
    setWindowTitle(tr("Announce to a course"));
    resize(560, 420);
    title_->setObjectName(QStringLiteral("announcementTitle"));
    title_->setPlaceholderText(tr("What is it about?"));
    body_->setObjectName(QStringLiteral("announcementBody"));
    body_->setPlaceholderText(tr("Every student enrolled in the course is told at once."));
    body_->setTabChangesFocus(true);
    status_->setObjectName(QStringLiteral("announcementStatus"));
    status_->setWordWrap(true);
    send_->setObjectName(QStringLiteral("sendAnnouncement"));
    send_->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Course:"), courses_);
    form->addRow(tr("&Title:"), title_);
    form->addRow(tr("&Message:"), body_);
    form->addRow(QString(), counter_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(send_, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(status_);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(send_, &QPushButton::clicked, this, &AnnouncementDialog::send);
    connect(title_, &QLineEdit::textChanged, this, &AnnouncementDialog::updateState);
    connect(body_, &QPlainTextEdit::textChanged, this, &AnnouncementDialog::updateState);
    updateState();
}

void AnnouncementDialog::setStatus(const QString& text) {
    status_->setText(text);
    status_->setAccessibleName(text);
}

void AnnouncementDialog::updateState() {
    const int used = codePoints(body_->toPlainText());
    counter_->setText(tr("%1 of %2 characters").arg(used).arg(client::kMaxAnnouncementBody));
    const auto problem = client::checkAnnouncement(title_->text(), body_->toPlainText());
    using P = client::AnnouncementProblem;
    QString hint;
    if (problem && problem->kind == P::Kind::TooLong)
        hint =
            problem->field == P::Field::Title
                ? tr("The title is longer than %1 characters.").arg(client::kMaxAnnouncementTitle)
                : tr("The message is longer than %1 characters.").arg(client::kMaxAnnouncementBody);
    if (!pending_)
        setStatus(hint);
    send_->setEnabled(!problem && !pending_ && courses_->current());
}

void AnnouncementDialog::send() {
    const CourseChoice* course = courses_->current();
    if (!course || pending_ || client::checkAnnouncement(title_->text(), body_->toPlainText()))
        return;
    pending_ = std::make_unique<QObject>();
    send_->setEnabled(false);
    setStatus(tr("Sending…"));
    announcements_.post(
        course->courseId, title_->text(), body_->toPlainText(), pending_.get(),
        [this, title = course->title](client::ApiResult<client::Announcement> r) {
            pending_.reset();
            if (!r) {
                const QString message = describe(r.error());
                updateState();
                setStatus(message);
                emit sendFailed(message);
                return;
            }
            setStatus(tr("Sent to %n student(s) of “%1”.", nullptr, std::max(0, r->recipients))
                          .arg(title));
            emit sent(*r);
            accept();
        });
}

}  // namespace satchel::ui::instructor
