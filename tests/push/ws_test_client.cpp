#include "ws_test_client.h"

#include <stdexcept>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>

namespace satchel::testing {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;

struct WsTestClient::Impl {
    net::io_context ioc;
    websocket::stream<beast::tcp_stream> ws{ioc};
    beast::flat_buffer buffer;
    bool reading = false;
    std::optional<WsReceived> result;

    void startRead() {
        reading = true;
        ws.async_read(buffer, [this](beast::error_code ec, std::size_t) {
            reading = false;
            WsReceived r;
            if (!ec) {
                r.kind = WsReceived::Kind::Message;
                r.text = beast::buffers_to_string(buffer.data());
                buffer.consume(buffer.size());
            } else if (ec == websocket::error::closed) {
                r.kind = WsReceived::Kind::Closed;
                r.closeCode = ws.reason().code;
                r.closeReason = std::string(ws.reason().reason.data(), ws.reason().reason.size());
            } else {
                r.kind = WsReceived::Kind::Error;
                r.error = ec.message();
            }
            result = std::move(r);
        });
    }
};

WsTestClient::WsTestClient(int port, const std::string& path, std::optional<int> receiveBufferBytes)
    : impl_(std::make_unique<Impl>()) {
    auto& socket = beast::get_lowest_layer(impl_->ws).socket();
    socket.open(net::ip::tcp::v4());
    if (receiveBufferBytes)
        socket.set_option(net::socket_base::receive_buffer_size(*receiveBufferBytes));
    beast::get_lowest_layer(impl_->ws).expires_after(std::chrono::seconds(20));
    beast::get_lowest_layer(impl_->ws).connect(net::ip::tcp::endpoint(
        net::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)));
    impl_->ws.handshake("127.0.0.1:" + std::to_string(port), path);
    beast::get_lowest_layer(impl_->ws).expires_never();
}

WsTestClient::~WsTestClient() {
    beast::error_code ignored;
    beast::get_lowest_layer(impl_->ws).socket().close(ignored);
}

void WsTestClient::send(const std::string& text) {
    impl_->ws.text(true);
    impl_->ws.write(net::buffer(text));
}

void WsTestClient::authenticate(const std::string& token, std::optional<long long> lastId) {
    nlohmann::json message{{"type", "auth"}, {"token", token}};
    if (lastId)
        message["last_id"] = *lastId;
    send(message.dump());
}

WsReceived WsTestClient::receive(std::chrono::milliseconds timeout) {
    if (!impl_->result && !impl_->reading)
        impl_->startRead();
    impl_->ioc.restart();
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!impl_->result && std::chrono::steady_clock::now() < deadline)
        impl_->ioc.run_one_until(deadline);
    if (!impl_->result)
        return WsReceived{};  // Timeout; the read stays pending
    WsReceived r = std::move(*impl_->result);
    impl_->result.reset();
    return r;
}

nlohmann::json WsTestClient::receiveJson(std::chrono::milliseconds timeout) {
    const auto r = receive(timeout);
    switch (r.kind) {
        case WsReceived::Kind::Message:
            return r.json();
        case WsReceived::Kind::Closed:
            throw std::runtime_error("socket closed with " + std::to_string(r.closeCode) + " " +
                                     r.closeReason);
        case WsReceived::Kind::Error:
            throw std::runtime_error("socket failed: " + r.error);
        case WsReceived::Kind::Timeout:
            break;
    }
    throw std::runtime_error("no message in time");
}

void WsTestClient::close() {
    bool done = false;
    impl_->ws.async_close(websocket::close_code::normal,
                          [&done](beast::error_code) { done = true; });
    impl_->ioc.restart();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while ((!done || impl_->reading) && std::chrono::steady_clock::now() < deadline)
        impl_->ioc.run_one_until(deadline);
}

}  // namespace satchel::testing
