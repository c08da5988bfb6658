#include "satchel/ui/session_push_tokens.h"

#include <QTimer>

#include "satchel/client/api_client.h"

namespace satchel::ui {

QString SessionPushTokens::currentAccessToken() const {
    return QString::fromStdString(api_.session()->current().access);
}

void SessionPushTokens::refreshAccessToken(std::function<void(bool)> done) {
    // Bound to the ApiClient (it outlives this object) and to alive_: once either is gone,
    // nothing is called.
    api_.authenticatedRequest(
        "GET", QStringLiteral("/api/v1/me"), {}, &api_,
        [this, alive = std::weak_ptr<int>(alive_),
         done = std::move(done)](client::ApiResult<QByteArray> answer) mutable {
            if (alive.expired())
                return;
            if (answer) {
                done(!api_.session()->current().access.empty());
                return;
            }
            if (!answer.error().transient()) {
                // Refused: the session ended. Any other answer (a 403 or 404 from a server
                // without the route) still means the session's tokens were accepted.
                done(answer.error().kind != client::ApiError::Kind::Unauthorized &&
                     !api_.session()->current().access.empty());
                return;
            }
            // Offline, a timeout or a server error: the session may be fine; ask again.
            QTimer::singleShot(kRetryAfter, &api_, [this, alive, done = std::move(done)]() mutable {
                if (!alive.expired())
                    refreshAccessToken(std::move(done));
            });
        });
}

}  // namespace satchel::ui
