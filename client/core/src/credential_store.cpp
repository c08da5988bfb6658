#include "satchel/client/credential_store.h"

#include <qt6keychain/keychain.h>

#include "keychain_probe.h"

namespace satchel::client {
namespace {

CredentialError toCredentialError(const QKeychain::Job& job) {
    using K = CredentialError::Kind;
    switch (job.error()) {
        case QKeychain::EntryNotFound:
            return {K::NotFound, job.errorString()};
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            return {K::NoBackend, job.errorString()};
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            return {K::AccessDenied, job.errorString()};
        case QKeychain::NoError:
        case QKeychain::CouldNotDeleteEntry:
        case QKeychain::OtherError:
            break;
    }
    return {K::Failed, job.errorString()};
}

// Qt Keychain reports "no D-Bus session" or "no Secret Service" as OtherError with the
// backend's message; a probe of the session bus tells those apart from real failures.
void classifyFailure(const QKeychain::Job& job, const QObject* context,
                     std::function<void(CredentialError)> done) {
    CredentialError error = toCredentialError(job);
    if (error.kind != CredentialError::Kind::Failed) {
        done(std::move(error));
        return;
    }
    detail::probeKeychainBackend(context, [error, done = std::move(done)](bool available) mutable {
        if (!available)
            error.kind = CredentialError::Kind::NoBackend;
        done(std::move(error));
    });
}

// Configures a job the same way for every operation: never the plain-text fallback, and the
// job deletes itself after `finished`.
void prepare(QKeychain::Job& job, const QString& account) {
    job.setInsecureFallback(false);
    job.setAutoDelete(true);
    job.setKey(account);
}

}  // namespace

QString toString(CredentialError::Kind kind) {
    switch (kind) {
        case CredentialError::Kind::NotFound:
            return QStringLiteral("not-found");
        case CredentialError::Kind::NoBackend:
            return QStringLiteral("no-backend");
        case CredentialError::Kind::AccessDenied:
            return QStringLiteral("access-denied");
        case CredentialError::Kind::Failed:
            break;
    }
    return QStringLiteral("failed");
}

CredentialStore::CredentialStore(QString service, QObject* parent)
    : QObject(parent), service_(std::move(service)) {}

void CredentialStore::readSecret(const QString& account, const QObject* context,
                                 ReadCallback done) {
    auto* job = new QKeychain::ReadPasswordJob(service_, this);
    prepare(*job, account);
    connect(job, &QKeychain::Job::finished, context,
            [context, done = std::move(done)](QKeychain::Job* j) {
                if (j->error() == QKeychain::NoError) {
                    done(static_cast<QKeychain::ReadPasswordJob*>(j)->textData());
                    return;
                }
                classifyFailure(*j, context,
                                [done](CredentialError e) { done(fail(std::move(e))); });
            });
    job->start();
}

void CredentialStore::writeSecret(const QString& account, const QString& secret,
                                  const QObject* context, WriteCallback done) {
    auto* job = new QKeychain::WritePasswordJob(service_, this);
    prepare(*job, account);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context,
            [context, done = std::move(done)](QKeychain::Job* j) {
                if (j->error() == QKeychain::NoError) {
                    done({});
                    return;
                }
                classifyFailure(*j, context,
                                [done](CredentialError e) { done(fail(std::move(e))); });
            });
    job->start();
}

void CredentialStore::deleteSecret(const QString& account, const QObject* context,
                                   WriteCallback done) {
    auto* job = new QKeychain::DeletePasswordJob(service_, this);
    prepare(*job, account);
    connect(job, &QKeychain::Job::finished, context,
            [context, done = std::move(done)](QKeychain::Job* j) {
                if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
                    done({});
                    return;
                }
                classifyFailure(*j, context,
                                [done](CredentialError e) { done(fail(std::move(e))); });
            });
    job->start();
}

}  // namespace satchel::client
