#pragma once
// Accounts: register, login, refresh, logout, change password, /me, users and the admin's
// user management.

#include <memory>

#include "app/context.h"
#include "auth/accounts.h"

namespace satchel::server {

void registerAccountRoutes(ServerContext& ctx, std::shared_ptr<AccountService> accounts);
void registerAdminRoutes(ServerContext& ctx);

}  // namespace satchel::server
