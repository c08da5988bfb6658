// StudentController: signing in and out, the refresh token in the keychain, the catalog (with
// its offline copy in the LocalStore) and the trending row.
#include <QPointer>
#include <QSysInfo>

#include "satchel/client/api_client.h"
#include "satchel/client/credential_store.h"
#include "satchel/client/local_store.h"
#include "satchel/ui/catalog_model.h"
#include "satchel/ui/student_controller.h"

namespace satchel::ui {
namespace {
// How many courses the "popular this week" row shows.
constexpr int kTrendingLimit = 8;
}  // namespace

void StudentController::ensureApi(const QUrl& server) {
    if (api_ && api_->server() == server)
        return;
    stopNotifications();
    sync_.reset();
    server_ = server;
    api_ = std::make_unique<client::ApiClient>(server, deviceId_);
    connect(api_.get(), &client::ApiClient::onlineChanged, this, &StudentController::onlineChanged);
    connect(api_.get(), &client::ApiClient::sessionEnded, this, [this] {
        stopNotifications();
        sync_.reset();
        keepRefreshToken({});  // refused by the server: useless at the next start too
        emit signedInChanged(false);
    });
    // Every rotation (by this client or the sync thread's, which share the session) is kept,
    // so the token in the keychain is always the live one.
    connect(api_->session().get(), &client::Session::tokensChanged, this, [this] {
        if (!api_)
            return;
        const std::string refresh = api_->session()->current().refresh;
        if (!refresh.empty())
            keepRefreshToken(QString::fromStdString(refresh));
    });
}

QString StudentController::credentialAccount(const QUrl& server) const {
    return QStringLiteral("refresh-token@%1#%2")
        .arg(server.toString(), QString::fromStdString(deviceId_.toString()));
}

void StudentController::keepRefreshToken(const QString& token) {
    if (!credentials_ || server_.isEmpty() || token == keptToken_)
        return;
    keptToken_ = token;
    // Best effort: without a keychain the app asks again at the next start, and says so
    // (restoreFinished(NoKeychain)).
    keychainWrite(credentialAccount(server_), token);
}

void StudentController::keychainWrite(const QString& account, const QString& token) {
    client::CredentialStore* store = credentials_;
    auto jobs = keychainJobs_;
    ++jobs->pending;
    auto settle = [store, jobs](Result<void, client::CredentialError>) {
        if (--jobs->pending == 0 && jobs->orphaned)
            store->deleteLater();
    };
    // Answers are bound to the store, which outlives every job (see the header).
    if (token.isEmpty())
        store->deleteSecret(account, store, settle);
    else
        store->writeSecret(account, token, store, settle);
}

void StudentController::keychainRead(
    const QString& account, std::function<void(Result<QString, client::CredentialError>)> done) {
    client::CredentialStore* store = credentials_;
    auto jobs = keychainJobs_;
    ++jobs->pending;
    QPointer<StudentController> self(this);
    store->readSecret(account, store,
                      [store, jobs, self,
                       done = std::move(done)](Result<QString, client::CredentialError> secret) {
                          if (--jobs->pending == 0 && jobs->orphaned)
                              store->deleteLater();
                          if (self)
                              done(std::move(secret));
                      });
}

void StudentController::restoreSignIn(const QUrl& server) {
    if (!credentials_) {
        emit restoreFinished(RestoreOutcome::NothingStored);
        return;
    }
    keychainRead(
        credentialAccount(server), [this, server](Result<QString, client::CredentialError> secret) {
            using Kind = client::CredentialError::Kind;
            if (!secret || secret->isEmpty()) {
                const Kind kind = secret ? Kind::NotFound : secret.error().kind;
                emit restoreFinished(kind == Kind::NotFound    ? RestoreOutcome::NothingStored
                                     : kind == Kind::NoBackend ? RestoreOutcome::NoKeychain
                                                               : RestoreOutcome::KeychainFailed);
                return;
            }
            if (signedIn())  // the student signed in by hand meanwhile
                return;
            ensureApi(server);
            keptToken_ = *secret;
            api_->restoreSession(secret->toStdString());
            const auto resume = [this] {
                startSync();
                emit signedInChanged(true);
                emit restoreFinished(RestoreOutcome::Restored);
                refreshCatalog();
            };
            // The kept token is the last sign-in's, whose claim succeeded; the account kept
            // for this server is checked again (another server's sign-in may own the progress
            // now). With none kept (a store from before accounts were kept), as before.
            store_.run<client::StoreResult<std::optional<Uuid>>>(
                [key = server.toString(QUrl::StripTrailingSlash)](client::LocalStore& store) {
                    return store.sessionAccount(key);
                },
                this,
                [this, resume](client::StoreResult<std::optional<Uuid>> kept) {
                    if (!api_)
                        return;
                    if (!kept || !*kept) {
                        resume();
                        return;
                    }
                    claimProgressThen(**kept, resume, [this] {
                        emit restoreFinished(RestoreOutcome::NothingStored);
                    });
                });
        });
}

void StudentController::signIn(const QUrl& server, const QString& email, const QString& password) {
    ensureApi(server);
    api_->login(email.toStdString(), password.toStdString(),
                QSysInfo::machineHostName().toStdString(), this,
                [this](client::ApiResult<AuthResponse> result) {
                    if (!result) {
                        emit signInFailed(describe(result.error()));
                        return;
                    }
                    adoptSession(*result);
                });
}

void StudentController::registerAccount(const QUrl& server, const QString& email,
                                        const QString& password, const QString& displayName) {
    ensureApi(server);
    RegisterRequest request{email.toStdString(), password.toStdString(), displayName.toStdString()};
    api_->registerAccount(request, QSysInfo::machineHostName().toStdString(), this,
                          [this](client::ApiResult<AuthResponse> result) {
                              if (!result) {
                                  emit signInFailed(describe(result.error()));
                                  return;
                              }
                              adoptSession(*result);
                          });
}

void StudentController::adoptSession(const AuthResponse& auth) {
    // Nothing of a previous session may sync while the progress changes hands.
    stopNotifications();
    sync_.reset();
    claimProgressThen(auth.user.id, [this, auth] {
        sessionAccount_ = auth.user.id;
        keepRefreshToken(QString::fromStdString(auth.refreshToken));
        startSync();
        emit signedInChanged(true);
        refreshCatalog();
    });
}

void StudentController::claimProgressThen(const Uuid& account, std::function<void()> adopted,
                                          std::function<void()> refused) {
    store_.run<client::ClaimResult<client::ProgressClaim>>(
        [account](client::LocalStore& store) { return store.claimProgress(account); }, this,
        [this, adopted = std::move(adopted),
         refused = std::move(refused)](client::ClaimResult<client::ProgressClaim> claim) {
            if (claim) {
                if (claim->outcome == client::ProgressClaim::Outcome::Switched) {
                    // The previous account's progress and catalog are gone from the store.
                    catalog_->setCourses({});
                    manifests_.clear();
                    loadOfflineCourses();
                }
                adopted();
                return;
            }
            // The new session ends here: its token is forgotten, here and on the server.
            sessionAccount_.reset();
            if (credentials_ && !server_.isEmpty()) {
                keptToken_.clear();
                keychainWrite(credentialAccount(server_), {});
            }
            if (api_)
                api_->logout(this, [](client::ApiResult<void>) {});
            emit signInFailed(describe(claim.error()));
            if (refused)
                refused();
        });
}

QString StudentController::describe(const client::ProgressClaimError& error) const {
    if (error.kind == client::ProgressClaimError::Kind::OtherAccountUnsent) {
        return tr("Another student's work on this computer has not reached the server yet "
                  "(changes waiting: %1). That student must sign in once while online so it is "
                  "sent; then you can sign in.")
            .arg(error.waiting);
    }
    return tr("Signing in failed: the local database could not be updated (%1).")
        .arg(error.store.message);
}

void StudentController::signOut() {
    stopNotifications();
    sessionAccount_.reset();
    sync_.reset();
    if (credentials_ && !server_.isEmpty()) {
        keptToken_.clear();
        keychainWrite(credentialAccount(server_), {});
    }
    if (api_)
        api_->logout(this, [](client::ApiResult<void>) {});
    store_.run<client::StoreResult<void>>(
        [](client::LocalStore& store) { return store.clearCachedCatalog(); }, this,
        [](client::StoreResult<void>) {});
    catalog_->setCourses({});
    trending_.clear();
    emit trendingChanged();
    manifests_.clear();
    loadOfflineCourses();  // downloaded courses stay on the device and usable
    emit signedInChanged(false);
}

void StudentController::showCachedCatalog() {
    store_.run<client::StoreResult<std::optional<CatalogResponse>>>(
        [](client::LocalStore& store) { return store.cachedCatalog(); }, this,
        [this](client::StoreResult<std::optional<CatalogResponse>> cached) {
            // Only while the server has not answered yet (a fresh catalog always wins).
            if (cached && *cached && catalog_->rowCount() == 0)
                showCatalog(**cached);
        });
}

void StudentController::refreshCatalog() {
    if (!api_)
        return;
    api_->catalog(this, [this](client::ApiResult<CatalogResponse> result) {
        if (!result)
            return;  // offline: keep showing what we have
        store_.run<client::StoreResult<void>>(
            [catalog = *result](client::LocalStore& store) { return store.saveCatalog(catalog); },
            this, [](client::StoreResult<void>) {});
        showCatalog(*result);
    });
    refreshTrending();
}

void StudentController::showCatalog(const CatalogResponse& catalog) {
    catalog_->setCourses(catalog.courses);
    for (const auto& course : catalog.courses) {
        if (!course.enrolled)
            continue;
        manifest(course.courseId, this, [this, id = course.courseId](auto loaded) {
            if (!loaded)
                return;
            bool all = true;
            for (const auto& asset : loaded->assets)
                all = all && !localAsset(asset.sha256).isEmpty();
            if (all && !loaded->assets.empty() && !courseDownloads_.count(id))
                catalog_->setDownloadState(id, CatalogModel::DownloadState::Downloaded, 1.0);
            refreshCourseProgress(id);
        });
    }
}

void StudentController::refreshTrending() {
    api_->trending(kTrendingLimit, this, [this](client::ApiResult<client::TrendingResponse> got) {
        if (!got)
            return;  // offline or an older server: the row keeps what it showed
        trending_ = got->courses;
        emit trendingChanged();
    });
}

void StudentController::enroll(const Uuid& courseId) {
    if (!api_)
        return;
    api_->enroll(courseId, this, [this](client::ApiResult<void> result) {
        if (result)
            refreshCatalog();
    });
}

void StudentController::manifest(const Uuid& courseId, const QObject* context,
                                 std::function<void(client::ApiResult<CourseManifest>)> done) {
    if (const auto it = manifests_.find(courseId); it != manifests_.end()) {
        done(it->second);
        return;
    }
    const CourseSummary* summary = catalog_->course(courseId);
    if (!api_ || !summary) {
        done(fail(client::ApiError{client::ApiError::Kind::NotFound, 0, {}, {}}));
        return;
    }
    api_->manifest(courseId, summary->latestVersion, context,
                   [this, courseId, done = std::move(done)](auto result) {
                       if (result)
                           manifests_[courseId] = *result;
                       done(std::move(result));
                   });
}

const CourseManifest* StudentController::cachedManifest(const Uuid& courseId) const {
    const auto it = manifests_.find(courseId);
    return it == manifests_.end() ? nullptr : &it->second;
}

QString StudentController::describe(const client::ApiError& error) const {
    using Kind = client::ApiError::Kind;
    switch (error.kind) {
        case Kind::Offline:
            return tr("The server cannot be reached. Check the address and your connection.");
        case Kind::Timeout:
            return tr("The server did not answer in time. Try again in a moment.");
        case Kind::Unauthorized:
            return tr("The email or the password is not right.");
        case Kind::Forbidden:
            return tr("This server does not allow that.");
        case Kind::Rejected:
            if (error.code == "conflict")
                return tr("An account with this email already exists.");
            return tr("The server refused the request (%1).")
                .arg(QString::fromStdString(error.code));
        case Kind::UnsupportedVersion:
            return tr("This server speaks a newer protocol: please update Satchel.");
        default:
            return tr("Something went wrong on the server. Try again later.");
    }
}

}  // namespace satchel::ui
