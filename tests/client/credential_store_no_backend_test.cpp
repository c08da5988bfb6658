// CredentialStore with no keychain backend at all: no D-Bus session, a temp HOME. Every
// operation must fail with the typed NoBackend error, and the secret must not be written to
// any file (Qt Keychain's insecure fallback would put it in a settings file under HOME).
#define BOOST_TEST_MODULE credential_store_no_backend
#include <boost/test/unit_test.hpp>

#include <QUuid>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>

#include "qt_fixture.h"
#include "satchel/client/credential_store.h"
#include "satchel/testing/env.h"

using satchel::Result;
using satchel::client::CredentialError;
using satchel::client::CredentialStore;
using satchel::testing::waitFor;

namespace {

// Takes every way to reach a session bus away before Qt starts, and points HOME and the XDG
// folders at a fresh temp folder so that anything written there can be inspected.
struct NoBusEnvironment {
    NoBusEnvironment() {
        for (const char* name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY",
                                 "XDG_CURRENT_DESKTOP", "KDE_FULL_SESSION", "DESKTOP_SESSION"}) {
            ::unsetenv(name);
        }
        const auto set = [](const char* name, const std::filesystem::path& p) {
            std::filesystem::create_directories(p);
            ::setenv(name, p.c_str(), 1);
        };
        set("HOME", home.path());
        set("XDG_RUNTIME_DIR", home / "run");  // no `bus` socket in it
        set("XDG_CONFIG_HOME", home / "config");
        set("XDG_DATA_HOME", home / "data");
        set("XDG_CACHE_HOME", home / "cache");
    }
    static satchel::testing::TempDir home;
};
satchel::testing::TempDir NoBusEnvironment::home{"satchel-nokeyring"};

struct Module : NoBusEnvironment, satchel::testing::QtCoreApp {};
BOOST_TEST_GLOBAL_FIXTURE(Module);

bool anyFileContains(const std::filesystem::path& root, const std::string& needle) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file())
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string content{std::istreambuf_iterator<char>(in), {}};
        if (content.find(needle) != std::string::npos)
            return true;
    }
    return false;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_operation_reports_no_backend_and_nothing_is_written) {
    CredentialStore store(QStringLiteral("Satchel test"));
    QObject context;
    const QString account = QStringLiteral("refresh-token@no-backend");
    const QString secret = QStringLiteral("rt_") + QUuid::createUuid().toString(QUuid::Id128);

    std::optional<Result<void, CredentialError>> written;
    store.writeSecret(account, secret, &context, [&](auto r) { written.emplace(std::move(r)); });
    BOOST_REQUIRE_MESSAGE(waitFor(written), "the write never finished");
    BOOST_REQUIRE(!written->ok());
    BOOST_TEST_MESSAGE("write failed with: " << written->error().message.toStdString());
    BOOST_TEST((written->error().kind == CredentialError::Kind::NoBackend));

    std::optional<Result<QString, CredentialError>> readBack;
    store.readSecret(account, &context, [&](auto r) { readBack.emplace(std::move(r)); });
    BOOST_REQUIRE_MESSAGE(waitFor(readBack), "the read never finished");
    BOOST_REQUIRE(!readBack->ok());
    BOOST_TEST((readBack->error().kind == CredentialError::Kind::NoBackend));

    std::optional<Result<void, CredentialError>> removed;
    store.deleteSecret(account, &context, [&](auto r) { removed.emplace(std::move(r)); });
    BOOST_REQUIRE_MESSAGE(waitFor(removed), "the delete never finished");
    BOOST_REQUIRE(!removed->ok());
    BOOST_TEST((removed->error().kind == CredentialError::Kind::NoBackend));

    BOOST_TEST(!anyFileContains(NoBusEnvironment::home.path(), secret.toStdString()));
}
