#pragma once
// One simulated device driven through the real satchel-cli binary: its own data folder and
// the server it talks to (empty: none). run() waits for the command; start() returns the
// running process (for SIGKILL tests).

#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "satchel/testing/env.h"
#include "satchel/testing/process.h"

namespace satchel::testing {

struct CliRun {
    int status;
    std::string output;  // standard output and error together
    bool has(const std::string& text) const { return output.find(text) != std::string::npos; }
};

class CliDevice {
public:
    explicit CliDevice(std::string name) : data_(name) {}

    const TempDir& data() const { return data_; }
    std::filesystem::path contentRoot() const { return data_.path() / "content"; }
    std::filesystem::path assetPath(const std::string& sha256) const {
        return contentRoot() / "sha256" / sha256;
    }
    std::filesystem::path partPath(const std::string& sha256) const {
        return contentRoot() / "partial" / (sha256 + ".part");
    }
    void setServer(std::string url) { server_ = std::move(url); }

    // Runs `satchel-cli ARGS` to completion, `input` on standard input.
    CliRun run(const std::vector<std::string>& args, const std::string& input = {}) {
        // A log file per run: runCommand appends, and each result must hold only its own run.
        const std::string log = (data_ / ("run-" + std::to_string(++runs_) + ".log")).string();
        std::string command = "printf '%s\\n' '" + input + "' | " + quote(binary());
        for (const auto& word : baseArgs())
            command += " " + quote(word);
        for (const auto& word : args)
            command += " " + quote(word);
        CliRun result{runCommand({"/bin/sh", "-c", command}, log), {}};
        std::ifstream in(log);
        result.output.assign(std::istreambuf_iterator<char>(in), {});
        std::string shown;
        for (const auto& word : args)
            shown += " " + word;
        BOOST_TEST_MESSAGE("satchel-cli" << shown << " -> " << result.status << "\n"
                                         << result.output.substr(0, 2000));
        return result;
    }

    // Starts `satchel-cli ARGS` and returns at once.
    std::unique_ptr<Process> start(const std::vector<std::string>& args, const std::string& log) {
        std::vector<std::string> argv{binary()};
        for (const auto& word : baseArgs())
            argv.push_back(word);
        argv.insert(argv.end(), args.begin(), args.end());
        return std::make_unique<Process>(argv, std::map<std::string, std::string>{},
                                         (data_ / log).string());
    }

private:
    static std::string binary() { return (binDir() / "satchel-cli").string(); }
    static std::string quote(const std::string& word) { return "'" + word + "'"; }
    std::vector<std::string> baseArgs() const {
        std::vector<std::string> args{"--data-dir", data_.path().string()};
        if (!server_.empty()) {
            args.push_back("--server");
            args.push_back(server_);
        }
        return args;
    }

    TempDir data_;
    std::string server_;
    int runs_ = 0;
};

}  // namespace satchel::testing
