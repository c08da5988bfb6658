#pragma once
// CredentialStore: the only place a secret (the refresh token) is kept on the desktop, through
// Qt Keychain (Secret Service, KWallet, Windows Credential Manager, macOS Keychain).
//
// Contract:
// - Every operation is asynchronous: it returns at once and calls `done` later on the thread
//   that owns `context`, unless `context` was destroyed first (then `done` is not called).
// - There is no insecure fallback: when no keychain backend answers, the operation fails with
//   CredentialError::Kind::NoBackend and nothing is written anywhere. The app then tells the
//   user it cannot remember the sign-in and asks again at each start.

#include <QObject>
#include <QString>
#include <functional>

#include "satchel/result.h"

namespace satchel::client {

struct CredentialError {
    enum class Kind {
        NotFound,      // no secret is stored under that account
        NoBackend,     // no keychain service is running or reachable (no D-Bus session, ...)
        AccessDenied,  // the user or the system refused access to the keychain
        Failed,        // the keychain answered with another error; `message` says which
    };
    Kind kind;
    QString message;  // the backend's own words, for logs; never shown raw to the user
};

// Lower-case name of the kind ("not-found", "no-backend", ...), for logs and the CLI.
QString toString(CredentialError::Kind kind);

class CredentialStore : public QObject {
    Q_OBJECT
public:
    using ReadCallback = std::function<void(Result<QString, CredentialError>)>;
    using WriteCallback = std::function<void(Result<void, CredentialError>)>;

    // `service` names the application's entry group in the keychain ("Satchel"); accounts
    // are keys inside it (for example "refresh-token@https://school.example").
    explicit CredentialStore(QString service, QObject* parent = nullptr);

    void readSecret(const QString& account, const QObject* context, ReadCallback done);
    void writeSecret(const QString& account, const QString& secret, const QObject* context,
                     WriteCallback done);
    // Deleting an account that holds nothing succeeds: sign-out is idempotent.
    void deleteSecret(const QString& account, const QObject* context, WriteCallback done);

    const QString& service() const { return service_; }

private:
    QString service_;
};

}  // namespace satchel::client
