#include "satchel/client/current_user.h"

#include "satchel/protocol/codec.h"

namespace satchel::client {

void fetchCurrentUser(ApiClient& api, const QObject* context, ApiClient::Callback<User> done) {
    api.authenticatedRequest(
        "GET", QStringLiteral("/api/v1/me"), {}, context,
        [done = std::move(done)](ApiResult<QByteArray> body) {
            if (!body) {
                done(fail(body.error()));
                return;
            }
            auto user = decode<User>(
                std::string_view(body->constData(), static_cast<std::size_t>(body->size())));
            if (!user) {
                done(fail(ApiError{ApiError::Kind::Protocol,
                                   200,
                                   {},
                                   QString::fromStdString(user.error().describe())}));
                return;
            }
            done(std::move(*user));
        });
}

bool canTeach(const User& user) {
    return user.hasRole(Role::Instructor) || user.hasRole(Role::Admin);
}

}  // namespace satchel::client
