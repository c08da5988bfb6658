#pragma once
// Child processes for tests: the real satchel-syncd, s3rver, tools/pgcluster.

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace satchel::testing {

// Runs argv to completion; returns its exit status (127 when it could not start). Its standard
// output and error go to `logFile` when given, else are inherited.
int runCommand(const std::vector<std::string>& argv, const std::string& logFile = {});

// A child process that lives as long as this object: destroying it sends SIGTERM, waits up
// to five seconds, then SIGKILL.
class Process {
public:
    Process(std::vector<std::string> argv, std::map<std::string, std::string> extraEnv = {},
            std::string logFile = {});
    ~Process();
    Process(const Process&) = delete;
    Process& operator=(const Process&) = delete;

    int pid() const { return pid_; }
    bool running();
    void signal(int sig);
    // Sends SIGTERM and waits; returns the exit status, or -signal when killed by one.
    int terminate(std::chrono::milliseconds grace = std::chrono::seconds(5));
    void kill();
    // Waits for the process to end by itself, at most `timeout`; returns its status or nullopt-like
    // -1000.
    int wait(std::chrono::milliseconds timeout);
    const std::string& logFile() const { return logFile_; }
    std::string log() const;

private:
    int pid_ = -1;
    int status_ = 0;
    bool reaped_ = false;
    std::string logFile_;
};

}  // namespace satchel::testing
