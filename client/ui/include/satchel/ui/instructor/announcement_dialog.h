#pragma once
// AnnouncementDialog: an instructor writes an announcement (title and text) to one course;
// the server stores it and pushes it to every enrolled student. What the server would refuse
// (empty, too long) is said before sending; a refusal or a network failure is shown in the
// dialog, which stays open with the text so nothing typed is lost.

#include <QDialog>
#include <memory>
#include <optional>
#include <vector>

#include "satchel/client/announcement_client.h"
#include "satchel/ui/instructor/course_choice.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace satchel::ui::instructor {

class AnnouncementDialog : public QDialog {
    Q_OBJECT
public:
    // `api` must outlive the dialog.
    AnnouncementDialog(client::ApiClient& api, std::vector<CourseChoice> courses,
                       const std::optional<Uuid>& selected, QWidget* parent = nullptr);

    QLineEdit* titleField() const { return title_; }
    QPlainTextEdit* bodyField() const { return body_; }
    QPushButton* sendButton() const { return send_; }
    QLabel* statusLabel() const { return status_; }

    // Sends what is typed (what the Send button does).
    void send();

signals:
    void sent(const satchel::client::Announcement& announcement);
    void sendFailed(const QString& message);

private:
    void updateState();
    void setStatus(const QString& text);

    client::AnnouncementClient announcements_;
    CourseComboBox* courses_;
    QLineEdit* title_;
    QPlainTextEdit* body_;
    QLabel* counter_;
    QLabel* status_;
    QPushButton* send_;
    std::unique_ptr<QObject> pending_;  // set while a post is in flight
};

}  // namespace satchel::ui::instructor
