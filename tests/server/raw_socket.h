#pragma once
// A bare TCP client for what libcurl will not do: slow, partial or idle requests.

#include <chrono>
#include <string>

namespace satchel::testing {

class RawSocket {
public:
    explicit RawSocket(int port);  // connects to 127.0.0.1:port; throws on failure
    ~RawSocket();
    RawSocket(const RawSocket&) = delete;
    RawSocket& operator=(const RawSocket&) = delete;

    void send(const std::string& bytes);
    // Reads until the peer closes or `timeout` passes; returns what arrived.
    std::string readUntilClosed(std::chrono::milliseconds timeout);
    // Reads until `marker` has arrived (or the peer closes, or `timeout` passes).
    std::string readUntil(const std::string& marker, std::chrono::milliseconds timeout);
    // Whether the peer closed the connection within `timeout`.
    bool closedWithin(std::chrono::milliseconds timeout);

private:
    int fd_ = -1;
    bool closed_ = false;
};

}  // namespace satchel::testing
