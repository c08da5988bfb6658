#pragma once
// Mail routes:
//   GET  /api/v1/me/mail-preferences                {"opted_out": bool}
//   PUT  /api/v1/me/mail-preferences                {"opted_out": bool}  (all mail but password
//   resets) POST /api/v1/auth/password-reset/request        {"username"}  → 202, whether or not the
//   user exists POST /api/v1/auth/password-reset/confirm        {"username", "code",
//   "new_password"} → 204
// A reset code is mailed (job mail.send), works once, for 30 minutes, and every live code of
// the user dies after 5 wrong guesses. Confirming sets the password, revokes every access and
// refresh token of the account, and uses the code up.

#include "app/context.h"

namespace satchel::server::jobs {

void registerMailRoutes(ServerContext& ctx);

}  // namespace satchel::server::jobs
