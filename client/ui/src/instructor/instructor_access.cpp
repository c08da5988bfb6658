#include "satchel/ui/instructor/instructor_access.h"

#include "satchel/client/api_client.h"
#include "satchel/client/current_user.h"
#include "satchel/client/local_store.h"
#include "satchel/ui/student_controller.h"

namespace satchel::ui::instructor {
namespace {
constexpr auto kRetryInterval = std::chrono::seconds(10);
}  // namespace

InstructorAccess::InstructorAccess(StudentController& controller, QObject* parent)
    : QObject(parent), controller_(controller) {
    setObjectName(QStringLiteral("instructorAccess"));
    retry_.setInterval(kRetryInterval);
    connect(&retry_, &QTimer::timeout, this, [this] {
        if (confirmed_ || !controller_.signedIn()) {
            retry_.stop();
            return;
        }
        stopAsking();
        ask();
    });
    connect(&controller, &StudentController::signedInChanged, this,
            &InstructorAccess::signedInChanged);
    connect(&controller, &StudentController::restoreFinished, this, [this](RestoreOutcome how) {
        if (how == RestoreOutcome::Restored)
            applyCachedRoles();
    });
    // Not asked yet because the server could not be reached: ask as soon as it can be.
    connect(&controller, &StudentController::onlineChanged, this, [this](bool online) {
        if (online)
            askAgainIfUnconfirmed();
    });
    connect(&controller, &StudentController::syncStatusChanged, this,
            [this](const client::SyncStatus& status) {
                if (status.state == client::SyncStatus::State::UpToDate)
                    askAgainIfUnconfirmed();
            });
    if (controller.signedIn())
        signedInChanged(true);
}

InstructorAccess::~InstructorAccess() = default;

QString InstructorAccess::accountKey(const QUrl& server) {
    return server.toString(QUrl::StripTrailingSlash);
}

void InstructorAccess::signedInChanged(bool signedIn) {
    ++generation_;
    stopAsking();
    confirmed_ = false;
    // Nothing is assumed for a new session either: it may be another account's.
    set(false, std::nullopt);
    if (signedIn) {
        retry_.start();
        ask();
        return;
    }
    retry_.stop();
    if (controller_.server().isEmpty())
        return;
    // The next session on this server may be someone else's: nothing is assumed for it.
    controller_.store().run<client::StoreResult<void>>(
        [key = accountKey(controller_.server())](client::LocalStore& store) {
            return store.forgetAccountRoles(key);
        },
        this, [](client::StoreResult<void>) {});
}

void InstructorAccess::applyCachedRoles() {
    if (confirmed_ || controller_.server().isEmpty())
        return;
    const int generation = generation_;
    controller_.store().run<client::StoreResult<std::optional<client::AccountRoles>>>(
        [key = accountKey(controller_.server())](client::LocalStore& store) {
            return store.accountRoles(key);
        },
        this,
        [this, generation](client::StoreResult<std::optional<client::AccountRoles>> kept) {
            // The server's answer (or a sign-out) came first: it wins.
            if (generation != generation_ || confirmed_ || !kept || !*kept)
                return;
            User user;
            user.id = (*kept)->userId;
            user.roles = (*kept)->roles;
            set(client::canTeach(user), user.id);
            emit cachedRolesApplied(canTeach_);
        });
}

void InstructorAccess::askAgainIfUnconfirmed() {
    if (!confirmed_ && !asking_ && controller_.signedIn())
        ask();
}

void InstructorAccess::ask() {
    client::ApiClient* api = controller_.api();
    if (!api)
        return;
    asking_ = new QObject(this);
    const int generation = generation_;
    client::fetchCurrentUser(*api, asking_, [this, generation](client::ApiResult<User> user) {
        stopAsking();
        if (generation != generation_)
            return;
        // Offline (or the server failed): the kept answer, if any, stays until it answers.
        if (!user)
            return;
        confirmed_ = true;
        retry_.stop();
        set(client::canTeach(*user), user->id);
        controller_.store().run<client::StoreResult<void>>(
            [key = accountKey(controller_.server()),
             roles = client::AccountRoles{user->id, user->roles}](client::LocalStore& store) {
                return store.saveAccountRoles(key, roles);
            },
            this, [](client::StoreResult<void>) {});
        emit rolesChecked(canTeach_);
    });
}

void InstructorAccess::stopAsking() {
    // Later, not now: this may run inside the answer delivered to that very context.
    if (QObject* context = asking_.data()) {
        asking_ = nullptr;
        context->deleteLater();
    }
}

void InstructorAccess::set(bool canTeach, std::optional<Uuid> account) {
    const bool changed = canTeach != canTeach_ || (canTeach && account != account_);
    canTeach_ = canTeach;
    account_ = canTeach ? account : std::nullopt;
    if (changed)
        emit canTeachChanged(canTeach);
}

}  // namespace satchel::ui::instructor
