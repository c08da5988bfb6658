#pragma once
// InstructorAccess: whether the signed-in user may use the instructor's tools (the editor,
// reports, announcements, course export). One per main window; the Instructor menu and the
// editor follow it.
//
// The server decides (GET /api/v1/me) at each sign-in, and again once it can be reached when
// it could not be asked. Its answer is kept in the LocalStore per server (AccountRoles: plain
// roles, never a token), so a session restored from the keychain with no connection shows the
// tools at once from the last answer; the server's next answer confirms or withdraws them
// (asked again when the connection returns, and every kRetryInterval until answered).
// Signing out (or the server ending the session) withdraws them and forgets the kept answer,
// and so does every new sign-in until the server (or the kept answer) says who the new user
// is: one account's tools (its drafts above all) are never shown to the next.
// The server checks every instructor route itself: this only decides what the app shows.

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <optional>

#include "satchel/ids.h"

namespace satchel::client {
struct SyncStatus;
}

namespace satchel::ui {
class StudentController;
}

namespace satchel::ui::instructor {

class InstructorAccess : public QObject {
    Q_OBJECT
public:
    // `controller` must outlive this object.
    explicit InstructorAccess(StudentController& controller, QObject* parent = nullptr);
    ~InstructorAccess() override;

    bool canTeach() const { return canTeach_; }
    // The user canTeach() is true for (by the server's answer or the kept one); nullopt
    // whenever canTeach() is false.
    std::optional<Uuid> account() const { return account_; }
    // True once the server answered for the current session (false while only the kept
    // answer of an earlier session is known, e.g. after an offline start).
    bool confirmed() const { return confirmed_; }
    // The LocalStore key the roles are kept under for `server`.
    static QString accountKey(const QUrl& server);

signals:
    // Also emitted (with true) when the user changes while both may teach: whatever was
    // shown for the previous one must be rebuilt for account().
    void canTeachChanged(bool canTeach);
    // The server answered who the signed-in user is.
    void rolesChecked(bool canTeach);
    // A restored session with the kept answer of the last one (before the server answered).
    void cachedRolesApplied(bool canTeach);

private:
    void signedInChanged(bool signedIn);
    void applyCachedRoles();
    void ask();
    void askAgainIfUnconfirmed();
    void stopAsking();  // drops the request in flight (its answer is ignored)
    void set(bool canTeach, std::optional<Uuid> account);

    StudentController& controller_;
    bool canTeach_ = false;
    std::optional<Uuid> account_;
    bool confirmed_ = false;
    int generation_ = 0;        // bumped at every sign-in or sign-out
    QPointer<QObject> asking_;  // context of the /me request in flight
    // While unconfirmed: asks again now and then. A request can wait without end behind
    // another client's refresh that failed offline, so one in flight is dropped for a new one.
    QTimer retry_;
};

}  // namespace satchel::ui::instructor
