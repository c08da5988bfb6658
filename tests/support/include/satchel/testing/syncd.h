#pragma once
// The real satchel-syncd binary, started on a free port for a test.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "satchel/testing/env.h"
#include "satchel/testing/process.h"

namespace satchel::testing {

class SyncServer {
public:
    // Starts `satchel-syncd serve` against `databaseUrl`; extra SATCHEL_* settings in `env`.
    // Does not wait for readiness: call waitHealthy() or waitReady().
    explicit SyncServer(std::string databaseUrl, std::map<std::string, std::string> env = {},
                        std::vector<std::string> extraArgs = {});
    ~SyncServer();

    std::string url() const;  // http://127.0.0.1:PORT
    int port() const { return port_; }
    bool waitHealthy(int timeoutMs = 15000);  // /healthz answers 200
    bool waitReady(int timeoutMs = 15000);    // /readyz answers 200
    Process& process() { return *process_; }
    void stop();  // SIGTERM and wait

private:
    int port_;
    TempDir dir_{"satchel-syncd"};
    std::unique_ptr<Process> process_;
};

}  // namespace satchel::testing
