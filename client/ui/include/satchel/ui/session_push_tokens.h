#pragma once
// SessionPushTokens: the PushClient's token source over the signed-in ApiClient's session.
// The access token is the session's current one; a refresh is an authenticated call
// (GET /api/v1/me) that the ApiClient refreshes and retries on a 401 under its usual rules,
// so the push socket and every other client share one refresh (session.h).
//
// Contract with PushClient: `done(true)` once the session holds an access token again;
// `done(false)` only when the server refused the session (the student must sign in again).
// While the server cannot be reached the refresh is retried every few seconds rather than
// reported as a failure, so a push channel survives a network outage.

#include <chrono>
#include <memory>

#include "satchel/client/push_client.h"

namespace satchel::client {
class ApiClient;
}

namespace satchel::ui {

class SessionPushTokens : public client::PushTokenSource {
public:
    // `api` must outlive this object and the PushClient using it.
    explicit SessionPushTokens(client::ApiClient& api) : api_(api) {}

    QString currentAccessToken() const override;
    void refreshAccessToken(std::function<void(bool)> done) override;

private:
    static constexpr std::chrono::seconds kRetryAfter{5};
    client::ApiClient& api_;
    // Answers arriving after this object is gone (the ApiClient outlives it) are dropped.
    std::shared_ptr<int> alive_ = std::make_shared<int>(0);
};

}  // namespace satchel::ui
