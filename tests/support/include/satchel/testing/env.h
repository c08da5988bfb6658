#pragma once
// Where the tests find the source tree and the built programs, and small helpers they share.

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>

namespace satchel::testing {

std::filesystem::path sourceDir();  // SATCHEL_SOURCE_DIR, set by ctest
std::filesystem::path binDir();     // SATCHEL_BIN_DIR: satchel-syncd, satchel, satchel-cli
std::string nodeModule(const std::string& relative);  // a path under the source's node_modules

// A free TCP port on 127.0.0.1 (bound then released; callers retry if it is taken meanwhile).
int freePort();

// Polls `condition` every 50 ms until it holds or `timeout` passes; returns whether it held.
bool waitUntil(const std::function<bool()>& condition, std::chrono::milliseconds timeout);

// A fresh folder under /tmp, removed with everything in it when the object dies. The mode is
// 0755 so that the postgres user can enter it.
class TempDir {
public:
    explicit TempDir(const std::string& prefix = "satchel-test");
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

}  // namespace satchel::testing
