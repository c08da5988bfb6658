#pragma once
// A WebSocket client for the push tests (Boost.Beast, one io_context of its own, driven only
// inside receive()): between calls nothing reads the socket, which is how a test plays a
// client that stopped reading.

#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace satchel::testing {

struct WsReceived {
    enum class Kind { Message, Closed, Error, Timeout } kind = Kind::Timeout;
    std::string text;         // Message
    int closeCode = 0;        // Closed: the server's close code
    std::string closeReason;  // Closed
    std::string error;        // Error: what failed (reset, EOF without close frame, ...)
    nlohmann::json json() const { return nlohmann::json::parse(text); }
};

class WsTestClient {
public:
    // Connects to 127.0.0.1:port and completes the handshake for `path` (throws on failure).
    // `receiveBufferBytes` shrinks the socket's receive buffer (set before connecting).
    explicit WsTestClient(int port, const std::string& path = "/api/v1/push",
                          std::optional<int> receiveBufferBytes = {});
    ~WsTestClient();
    WsTestClient(const WsTestClient&) = delete;
    WsTestClient& operator=(const WsTestClient&) = delete;

    void send(const std::string& text);
    // Sends {"type":"auth","token":...,"last_id":...}.
    void authenticate(const std::string& token, std::optional<long long> lastId = {});
    // The next message, the close, or an error; Timeout leaves the read pending for the next call.
    WsReceived receive(std::chrono::milliseconds timeout = std::chrono::seconds(20));
    // The next message as JSON; throws std::runtime_error describing what came instead.
    nlohmann::json receiveJson(std::chrono::milliseconds timeout = std::chrono::seconds(20));
    // Sends a close frame and waits for the server's (best effort).
    void close();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace satchel::testing
