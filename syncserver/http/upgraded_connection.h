#pragma once
// What the listener hands an UpgradeHandler (see listener.h): the TCP stream, with its timeout
// still armed for the handshake, and the complete upgrade request already read from it. Only
// translation units that speak the upgraded protocol include this (it pulls in Boost.Beast and
// needs satchel_asio_fix).

#include <string>

#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

namespace satchel::server {

struct UpgradedConnection {
    boost::beast::tcp_stream stream;  // on one I/O thread's io_context: handlers never overlap
    boost::beast::http::request<boost::beast::http::string_body> request;
    std::string remoteAddress;  // peer IP address
};

}  // namespace satchel::server
