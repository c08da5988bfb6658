#pragma once
// Who is signed in (GET /api/v1/me, decoded with shared's User codec), and whether that user
// may use the instructor tools. The server checks every instructor route itself; this only
// decides what the app shows.

#include "satchel/client/api_client.h"
#include "satchel/model/user.h"

namespace satchel::client {

void fetchCurrentUser(ApiClient& api, const QObject* context, ApiClient::Callback<User> done);

// Instructors and admins see the instructor tools; students do not.
bool canTeach(const User& user);

}  // namespace satchel::client
