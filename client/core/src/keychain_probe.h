#pragma once
// Whether any keychain backend can answer on this machine. Qt Keychain 0.13 reports a missing
// D-Bus session or a missing Secret Service as a generic error with the backend's message;
// CredentialStore asks this probe after a failure to tell "no backend" from other errors.

#include <QObject>
#include <functional>

namespace satchel::client::detail {

// Calls `done(true)` when a backend may answer (always on platforms with a system keychain);
// on Linux, only when the session bus is reachable and a Secret Service or KWallet is running
// or activatable on it. Asynchronous; `done` runs on `context`'s thread unless it is gone.
void probeKeychainBackend(const QObject* context, std::function<void(bool)> done);

}  // namespace satchel::client::detail
