// CredentialStore against the real Secret Service: a private D-Bus session with an unlocked
// gnome-keyring (tools/with-keyring, ctest label KEYRING).
#define BOOST_TEST_MODULE credential_store
#include <boost/test/unit_test.hpp>

#include <QUuid>
#include <optional>

#include "qt_fixture.h"
#include "satchel/client/credential_store.h"

using satchel::Result;
using satchel::client::CredentialError;
using satchel::client::CredentialStore;
using satchel::testing::waitFor;

using satchel::testing::QtCoreApp;
BOOST_TEST_GLOBAL_FIXTURE(QtCoreApp);

namespace {

struct Store {
    CredentialStore store{QStringLiteral("Satchel test")};
    QObject context;

    std::optional<Result<QString, CredentialError>> read(const QString& account) {
        std::optional<Result<QString, CredentialError>> out;
        store.readSecret(account, &context, [&](auto r) { out.emplace(std::move(r)); });
        BOOST_REQUIRE_MESSAGE(waitFor(out), "the keychain did not answer the read");
        return out;
    }
    std::optional<Result<void, CredentialError>> write(const QString& account, const QString& s) {
        std::optional<Result<void, CredentialError>> out;
        store.writeSecret(account, s, &context, [&](auto r) { out.emplace(std::move(r)); });
        BOOST_REQUIRE_MESSAGE(waitFor(out), "the keychain did not answer the write");
        return out;
    }
    std::optional<Result<void, CredentialError>> remove(const QString& account) {
        std::optional<Result<void, CredentialError>> out;
        store.deleteSecret(account, &context, [&](auto r) { out.emplace(std::move(r)); });
        BOOST_REQUIRE_MESSAGE(waitFor(out), "the keychain did not answer the delete");
        return out;
    }
};

// Boost.Test builds a check's message even when the check holds: never touch error() blindly.
template <typename T>
std::string describe(const Result<T, CredentialError>& r) {
    return r.ok() ? std::string("ok") : r.error().message.toStdString();
}

QString uniqueAccount() {
    return QStringLiteral("refresh-token@test-") +
           QUuid::createUuid().toString(QUuid::WithoutBraces);
}

}  // namespace

BOOST_FIXTURE_TEST_CASE(secret_written_is_read_back_then_deleted, Store) {
    const QString account = uniqueAccount();
    const QString secret = QStringLiteral("rt_") + QUuid::createUuid().toString(QUuid::Id128);

    auto written = write(account, secret);
    BOOST_REQUIRE_MESSAGE(written->ok(), "write failed: " << describe(*written));

    auto readBack = read(account);
    BOOST_REQUIRE_MESSAGE(readBack->ok(), "read failed: " << describe(*readBack));
    BOOST_TEST(readBack->value().toStdString() == secret.toStdString());

    auto removed = remove(account);
    BOOST_REQUIRE(removed->ok());

    auto afterDelete = read(account);
    BOOST_REQUIRE(!afterDelete->ok());
    BOOST_TEST((afterDelete->error().kind == CredentialError::Kind::NotFound));
}

BOOST_FIXTURE_TEST_CASE(overwriting_keeps_only_the_newest_secret, Store) {
    const QString account = uniqueAccount();
    BOOST_REQUIRE(write(account, QStringLiteral("first"))->ok());
    BOOST_REQUIRE(write(account, QStringLiteral("second"))->ok());
    auto readBack = read(account);
    BOOST_REQUIRE(readBack->ok());
    BOOST_TEST(readBack->value().toStdString() == "second");
    BOOST_REQUIRE(remove(account)->ok());
}

BOOST_FIXTURE_TEST_CASE(reading_an_unknown_account_is_not_found, Store) {
    auto readBack = read(uniqueAccount());
    BOOST_REQUIRE(!readBack->ok());
    BOOST_TEST((readBack->error().kind == CredentialError::Kind::NotFound));
}

BOOST_FIXTURE_TEST_CASE(deleting_an_unknown_account_succeeds, Store) {
    BOOST_TEST(remove(uniqueAccount())->ok());
}
