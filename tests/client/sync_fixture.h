#pragma once
// One real server for an end-to-end client suite: a throwaway PostgreSQL, satchel-syncd with
// its blob folder, and the demo course loaded (satchel-syncd load-demo); plus helpers that
// run ApiClient calls to completion.

#include <QObject>
#include <QUrl>
#include <QUuid>
#include <boost/test/unit_test.hpp>
#include <functional>
#include <map>
#include <memory>
#include <optional>

#include "qt_fixture.h"
#include "satchel/client/api_client.h"
#include "satchel/testing/env.h"
#include "satchel/testing/postgres.h"
#include "satchel/testing/process.h"
#include "satchel/testing/syncd.h"

namespace satchel::testing {

struct DemoServer {
    PostgresCluster postgres;
    TempDir blobs{"satchel-client-blobs"};
    std::string databaseUrl = postgres.createDatabase("client");
    std::map<std::string, std::string> env;
    std::unique_ptr<SyncServer> server;

    explicit DemoServer(std::map<std::string, std::string> extraEnv = {}) {
        env = std::move(extraEnv);
        env["SATCHEL_BLOB_DIR"] = blobs.path().string();
        server = std::make_unique<SyncServer>(databaseUrl, env);
        BOOST_REQUIRE_MESSAGE(server->waitReady(60000),
                              "satchel-syncd never became ready: " << server->process().log());
        auto loadEnv = env;
        loadEnv["SATCHEL_DATABASE_URL"] = databaseUrl;
        loadEnv["SATCHEL_PUBLIC_URL"] = server->url();
        Process load({(binDir() / "satchel-syncd").string(), "load-demo",
                      (binDir().parent_path() / "demo-course").string()},
                     loadEnv, (blobs / "load-demo.log").string());
        BOOST_REQUIRE_MESSAGE(load.wait(std::chrono::seconds(120)) == 0,
                              "load-demo failed: " << load.log());
    }
    QUrl url() const { return QUrl(QString::fromStdString(server->url())); }
};

// Runs one ApiClient call to completion (60 s at most).
template <class T>
client::ApiResult<T> await(
    const std::function<void(const QObject*, client::ApiClient::Callback<T>)>& call) {
    QObject context;
    std::optional<client::ApiResult<T>> out;
    call(&context, [&](client::ApiResult<T> r) { out.emplace(std::move(r)); });
    BOOST_REQUIRE_MESSAGE(waitFor(out, std::chrono::seconds(60)), "the call never finished");
    return std::move(*out);
}

template <class T>
std::string describe(const client::ApiResult<T>& r) {
    return r.ok() ? std::string("ok")
                  : (client::toString(r.error().kind) + QStringLiteral(": ") + r.error().message)
                        .toStdString();
}

inline std::string uniqueEmail() {
    return "student-" + QUuid::createUuid().toString(QUuid::Id128).left(12).toStdString() +
           "@school.example";
}

}  // namespace satchel::testing
