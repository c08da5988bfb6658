#include "cli_context.h"

namespace satchel::cli {

std::unique_ptr<CliContext> CliContext::open(const QString& dataDir, const QString& server,
                                             QString& error) {
    std::unique_ptr<CliContext> ctx(new CliContext);
    QDir dir(dataDir);
    if (!dir.mkpath(QStringLiteral("."))) {
        error = QStringLiteral("cannot create %1").arg(dataDir);
        return nullptr;
    }
    auto store = client::LocalStore::open(dir.filePath(QStringLiteral("satchel.sqlite")));
    if (!store) {
        error = store.error().message;
        return nullptr;
    }
    ctx->store_ = std::move(*store);
    ctx->dataDir_ = QDir(dir.absolutePath());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    if (!server.isEmpty())
        settings.setValue(QStringLiteral("server"), server);
    ctx->server_ = QUrl(settings.value(QStringLiteral("server")).toString());
    ctx->api_ = std::make_unique<client::ApiClient>(ctx->server_, ctx->store_->deviceId());
    // Keep the keychain in step with every rotation of the refresh token.
    connect(ctx->api_.get(), &client::ApiClient::refreshTokenChanged, ctx.get(),
            [c = ctx.get()](const QString& token) {
                ++c->keychainWrites_;
                auto done = [c](Result<void, client::CredentialError> r) {
                    if (!r) {
                        c->err() << "satchel-cli: cannot remember the sign-in ("
                                 << client::toString(r.error().kind) << ")" << Qt::endl;
                    }
                    c->keychainDone();
                };
                if (token.isEmpty()) {
                    c->credentials().deleteSecret(c->credentialAccount(), c, done);
                } else {
                    c->credentials().writeSecret(c->credentialAccount(), token, c, done);
                }
            });
    return ctx;
}

QString CliContext::credentialAccount() const {
    return QStringLiteral("refresh-token@%1#%2")
        .arg(server_.toString(), QString::fromStdString(store_->deviceId().toString()));
}

void CliContext::restoreSession(std::function<void()> next) {
    credentials_.readSecret(
        credentialAccount(), this,
        [this, next = std::move(next)](Result<QString, client::CredentialError> r) {
            if (r) {
                api_->restoreSession(r->toStdString());
            } else if (r.error().kind == client::CredentialError::Kind::NoBackend) {
                err_ << "satchel-cli: no keychain is available, so the "
                        "sign-in cannot be remembered"
                     << Qt::endl;
            }
            next();
        });
}

void CliContext::finish(int exitCode) {
    exitCode_ = exitCode;
    if (keychainWrites_ > 0)
        return;  // keychainDone() exits
    out_.flush();
    err_.flush();
    QCoreApplication::exit(exitCode);
}

void CliContext::whenCredentialsSaved(std::function<void()> next) {
    if (keychainWrites_ == 0)
        return next();
    afterKeychain_.push_back(std::move(next));
}

void CliContext::keychainDone() {
    --keychainWrites_;
    if (keychainWrites_ > 0)
        return;
    if (exitCode_)
        return finish(*exitCode_);
    auto waiting = std::move(afterKeychain_);
    afterKeychain_.clear();
    for (auto& next : waiting)
        next();
}

int CliContext::exitCodeFor(const client::ApiError& error) {
    err_ << "satchel-cli: " << client::toString(error.kind) << ": " << error.message << Qt::endl;
    switch (error.kind) {
        case client::ApiError::Kind::Unauthorized:
            return kNotSignedIn;
        case client::ApiError::Kind::Offline:
        case client::ApiError::Kind::Timeout:
            return kOffline;
        default:
            return kFailed;
    }
}

}  // namespace satchel::cli
