#include "db/wakeup.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cstdint>
#include <stdexcept>

namespace satchel::server {

Wakeup::Wakeup() : fd_(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {
    if (fd_ < 0)
        throw std::runtime_error("eventfd failed");
}

Wakeup::~Wakeup() {
    ::close(fd_);
}

void Wakeup::signal() {
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(fd_, &one, sizeof one);
}

void Wakeup::wait(int socketFd, std::chrono::milliseconds timeout) {
    pollfd fds[2] = {{fd_, POLLIN, 0}, {socketFd, POLLIN, 0}};
    const int count = socketFd >= 0 ? 2 : 1;
    if (::poll(fds, count, static_cast<int>(timeout.count())) > 0 && (fds[0].revents & POLLIN)) {
        std::uint64_t value;
        [[maybe_unused]] const auto read = ::read(fd_, &value, sizeof value);
    }
}

}  // namespace satchel::server
