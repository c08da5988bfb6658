#include "satchel/testing/syncd.h"

#include "satchel/testing/http.h"

namespace satchel::testing {

SyncServer::SyncServer(std::string databaseUrl, std::map<std::string, std::string> env,
                       std::vector<std::string> extraArgs)
    : port_(freePort()) {
    env.emplace("SATCHEL_DATABASE_URL", std::move(databaseUrl));
    env.emplace("SATCHEL_LISTEN", "127.0.0.1:" + std::to_string(port_));
    env.emplace("SATCHEL_BLOB_DIR", (dir_.path() / "blobs").string());
    env.emplace("SATCHEL_PUBLIC_URL", url());
    env.emplace("SATCHEL_REGISTRATION", "open");
    std::vector<std::string> argv{(binDir() / "satchel-syncd").string(), "serve"};
    argv.insert(argv.end(), extraArgs.begin(), extraArgs.end());
    process_ = std::make_unique<Process>(argv, env, (dir_.path() / "syncd.log").string());
}

SyncServer::~SyncServer() {
    stop();
}

std::string SyncServer::url() const {
    return "http://127.0.0.1:" + std::to_string(port_);
}

bool SyncServer::waitHealthy(int timeoutMs) {
    return waitUntil([&] { return http("GET", url() + "/healthz", {}, {}, 1000).status == 200; },
                     std::chrono::milliseconds(timeoutMs));
}

bool SyncServer::waitReady(int timeoutMs) {
    return waitUntil([&] { return http("GET", url() + "/readyz", {}, {}, 1000).status == 200; },
                     std::chrono::milliseconds(timeoutMs));
}

void SyncServer::stop() {
    if (process_)
        process_->terminate();
}

}  // namespace satchel::testing
