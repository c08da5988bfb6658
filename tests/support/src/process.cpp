#include "satchel/testing/process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace satchel::testing {
namespace {

// fork + exec with optional output redirection and extra environment; returns the child pid.
int spawn(const std::vector<std::string>& argv, const std::map<std::string, std::string>& extraEnv,
          const std::string& logFile) {
    if (argv.empty())
        throw std::invalid_argument("spawn: empty argv");
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    const int pid = ::fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        for (const auto& [k, v] : extraEnv)
            ::setenv(k.c_str(), v.c_str(), 1);
        if (!logFile.empty()) {
            const int fd = ::open(logFile.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
            if (fd >= 0) {
                ::dup2(fd, 1);
                ::dup2(fd, 2);
                ::close(fd);
            }
        }
        // A process group of its own, so a test's Ctrl-C or a kill reaches its children too.
        ::setpgid(0, 0);
        ::execvp(args[0], args.data());
        ::_exit(127);
    }
    return pid;
}

int decode(int status) {
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return -WTERMSIG(status);
    return -1;
}

}  // namespace

int runCommand(const std::vector<std::string>& argv, const std::string& logFile) {
    const int pid = spawn(argv, {}, logFile);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return decode(status);
}

Process::Process(std::vector<std::string> argv, std::map<std::string, std::string> extraEnv,
                 std::string logFile)
    : logFile_(std::move(logFile)) {
    pid_ = spawn(argv, extraEnv, logFile_);
}

Process::~Process() {
    if (!reaped_)
        terminate();
}

bool Process::running() {
    if (reaped_)
        return false;
    int status = 0;
    const int r = ::waitpid(pid_, &status, WNOHANG);
    if (r == pid_) {
        reaped_ = true;
        status_ = decode(status);
        return false;
    }
    return true;
}

void Process::signal(int sig) {
    if (!reaped_)
        ::kill(pid_, sig);
}

int Process::wait(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (running()) {
        if (std::chrono::steady_clock::now() >= deadline)
            return -1000;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return status_;
}

int Process::terminate(std::chrono::milliseconds grace) {
    if (reaped_)
        return status_;
    signal(SIGTERM);
    if (wait(grace) != -1000)
        return status_;
    kill();
    return status_;
}

void Process::kill() {
    if (reaped_)
        return;
    ::kill(-pid_, SIGKILL);  // the whole group
    ::kill(pid_, SIGKILL);
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    reaped_ = true;
    status_ = decode(status);
}

std::string Process::log() const {
    std::ifstream in(logFile_);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace satchel::testing
