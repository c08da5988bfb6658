#pragma once
// What every satchel-cli command works with: the data folder (one per simulated device), its
// LocalStore, the server address remembered there, the refresh token in the keychain, and an
// ApiClient. Commands are asynchronous and end by calling finish(exitCode).

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "satchel/client/api_client.h"
#include "satchel/client/credential_store.h"
#include "satchel/client/local_store.h"

namespace satchel::cli {

// Exit codes: 0 success, 1 the operation failed, 2 usage, 3 not signed in, 4 offline.
enum Exit { kOk = 0, kFailed = 1, kUsage = 2, kNotSignedIn = 3, kOffline = 4 };

class CliContext : public QObject {
    Q_OBJECT
public:
    // Opens dataDir/satchel.sqlite; `server` (may be empty) overrides and is remembered.
    static std::unique_ptr<CliContext> open(const QString& dataDir, const QString& server,
                                            QString& error);

    client::LocalStore& store() { return *store_; }
    client::ApiClient& api() { return *api_; }
    client::CredentialStore& credentials() { return credentials_; }
    QUrl server() const { return server_; }
    // The content store shared by every offline course of this device (DownloadManager and
    // OfflineLibrary root): DIR/content.
    QString contentRoot() const { return dataDir_.filePath(QStringLiteral("content")); }
    // The keychain entry of this data folder's session (per server and device).
    QString credentialAccount() const;

    // Loads the refresh token from the keychain into the ApiClient, then runs `next`.
    // Without a stored token (or keychain) `next` still runs, signed out.
    void restoreSession(std::function<void()> next);

    // Runs `next` once every keychain write in flight has finished (at once when none is):
    // a long operation (a download) starts only after a rotated refresh token is saved, so
    // killing the process during it cannot lose the sign-in.
    void whenCredentialsSaved(std::function<void()> next);

    QTextStream& out() { return out_; }
    QTextStream& err() { return err_; }
    // Exits the event loop with `exitCode` once no keychain write is in flight.
    void finish(int exitCode);
    int exitCodeFor(const client::ApiError& error);

private:
    CliContext() = default;
    void keychainDone();

    std::unique_ptr<client::LocalStore> store_;
    std::unique_ptr<client::ApiClient> api_;
    client::CredentialStore credentials_{QStringLiteral("Satchel")};
    QUrl server_;
    QDir dataDir_;
    QTextStream out_{stdout};
    QTextStream err_{stderr};
    int keychainWrites_ = 0;  // in flight: the process must not exit before them
    std::optional<int> exitCode_;
    std::vector<std::function<void()>> afterKeychain_;
};

}  // namespace satchel::cli
